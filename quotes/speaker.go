package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MethodReported and MethodDocument are the speaker methods that rest on a
// sentence around the quotation rather than its own attribution.
const (
	MethodReported = "reported" // carried from reported speech before it ("Ruiz said that …" then a quotation paragraph)
	MethodDocument = "document" // a document is the subject ("the statement read"): its author
)

// Speaker is who said a quotation: the one identity align, check and eval
// compare, so that "Martin Luther King Jr." and "King", or "José Álvarez"
// and "Alvarez", are one person everywhere.
type Speaker struct {
	Name    string   // canonical name: the fullest form the article prints
	Aliases []string // other forms that stand for the same person ("Álvarez", "Mr. Álvarez")
	Role    string   // title or role printed with the name
	Method  string   // how the speaker was found: one of the Method constants
}

// SpeakerOf gives the speaker of a quotation.
func SpeakerOf(q *Quote) Speaker {
	return Speaker{Name: q.Speaker, Role: q.Role, Method: q.SpeakerMethod}
}

// Known reports whether the speaker has a name.
func (s Speaker) Known() bool { return SpeakerKey(s.Name) != "" }

// Same reports whether two speakers are both known and the same person:
// see SameSpeaker. Courtesy titles of different genders printed with the
// names ("Mr. Tanaka", "Mrs. Tanaka") make two people of one name.
func (s Speaker) Same(o Speaker) bool {
	if g, h := honorificGender(s.Role), honorificGender(o.Role); g != 0 && h != 0 && g != h {
		return false
	}
	if SameSpeaker(s.Name, o.Name) {
		return true
	}
	for _, a := range s.Aliases {
		if SameSpeaker(a, o.Name) {
			return true
		}
	}
	for _, a := range o.Aliases {
		if SameSpeaker(s.Name, a) {
			return true
		}
	}
	return false
}

// Conflict reports whether two speakers are both known and different people.
func (s Speaker) Conflict(o Speaker) bool {
	return s.Known() && o.Known() && !s.Same(o)
}

// Inferred reports whether the speaker was not named in the quotation's own
// attribution but inferred: from a pronoun, a role, the quotation before,
// reported speech or a document.
func (s Speaker) Inferred() bool {
	switch s.Method {
	case MethodPronoun, MethodRole, MethodContinuation, MethodReported, MethodDocument:
		return true
	}
	return false
}

// SameSpeaker reports whether two names, both known, stand for the same
// person: the same surname once accents, case, titles, generational suffixes
// and a possessive are set aside, and given names that do not disagree (one
// missing, one an initial or a shortening of the other). "Martin Luther King
// Jr." and "King" agree; "Meera Patnaik" and "Rohan Patnaik" do not. A
// given name alone is the person whose full name starts with it ("Rohan"
// and "Rohan Patnaik"), as outlets in several countries print a person
// they have named, and sportswriters a player.
func SameSpeaker(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if wa[len(wa)-1] != wb[len(wb)-1] {
		return len(wa) == 1 && len(wb) > 1 && wa[0] == wb[0] || len(wb) == 1 && len(wa) > 1 && wb[0] == wa[0]
	}
	if len(wa) == 1 || len(wb) == 1 {
		return true
	}
	return givenAgree(wa[0], wb[0]) || givenInside(wa, wb) || givenInside(wb, wa)
}

// givenInside reports whether the given name of short, a name of fewer
// words, stands whole among long's words before the surname: words
// printed before a name that no title list holds ("Chicago Alderman Jason
// Ervin", "Harbor City head coach Dale Morrow") are not its given name.
func givenInside(long, short []string) bool {
	if len(long) <= len(short) || utf8.RuneCountInString(short[0]) < 2 {
		return false
	}
	return slices.Contains(long[1:len(long)-1], short[0])
}

// givenAgree reports whether two given names may be one person's: equal,
// one an initial of the other, or a shortening that keeps the first two
// letters ("Joe" and "Joseph").
func givenAgree(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if ra[0] != rb[0] {
		return false
	}
	return len(ra) == 1 || len(rb) == 1 || ra[1] == rb[1]
}

// SpeakerKey gives the surname two speakers are compared by: the last word
// of the name without accents, case, generational suffix or possessive; ""
// when the name is empty.
func SpeakerKey(name string) string {
	w := nameWords(name)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// nameWords gives the words of a name folded for comparison, without titles
// before it and suffixes after it.
func nameWords(name string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(foldName(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-'
	}) {
		w = strings.TrimSuffix(w, "'s")
		w = strings.Trim(w, "'-")
		if w != "" {
			words = append(words, w)
		}
	}
	for len(words) > 1 && nameSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	for i := len(words) - 2; i > 0; i-- {
		if titleWord(words[i]) {
			words = words[i+1:] // "Chicago Alderman Jason Ervin": what precedes a title is no given name
			break
		}
	}
	for len(words) > 1 && titleWord(words[0]) {
		words = words[1:]
	}
	return words
}

// titleWord reports whether w, a folded name word without its full stop,
// is a title or honorific ("sen", "alderman", "mrs").
func titleWord(w string) bool { return titles[w] || titles[w+"."] || honorifics[w] }

// honorifics are the courtesy titles of vocab/honorifics.txt.
var honorifics = func() map[string]bool {
	m := map[string]bool{}
	for w := range wordSet("honorifics") {
		m[strings.TrimSuffix(w, ".")] = true
	}
	return m
}()

// honorificGender gives the gender the courtesy title opening role says:
// 'm' for "Mr.", 'f' for "Mrs.", "Ms." or "Miss" (vocab/honorifics.txt
// words that vocab/male_words.txt or female_words.txt hold); 0 when role
// opens with no such title, or one that says none ("Dr.").
func honorificGender(role string) byte {
	w, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(role)), " ")
	switch {
	case !honorifics[strings.TrimSuffix(w, ".")]:
		return 0
	case femaleWords[w]:
		return 'f'
	case maleWords[w]:
		return 'm'
	}
	return 0
}

// nameSuffixes follow a surname without being one.
var nameSuffixes = wordSet("name_suffixes")

// foldName lower-cases a name, drops its accents and makes its apostrophes straight.
func foldName(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.Is(unicode.Mn, r):
			return -1
		case IsApostrophe(r):
			return '\''
		}
		return unicode.ToLower(r)
	}, norm.NFD.String(s))
}

// IsApostrophe reports whether r is one of the marks printed as an
// apostrophe: the straight one, the typographic ones, the modifier letter,
// the prime and the backtick. Names and words are compared with every one
// of them folded to the straight apostrophe.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02bc', '\u201b', '\u2032', '`':
		return true
	}
	return false
}
