package quotes

import "strings"

// The subject noun phrase of a reporting verb, read as a phrase whose head
// is the name at its end: "Harbor City head coach Dale Morrow", "Local 12
// president Tomasz Wrona", "Okafor campaign manager Lena Duarte", "United
// Dock Workers secretary-treasurer Ian Reyes". The speaker is the head
// name, not the first capitalised word.

// maxPhrase is how many tokens a subject noun phrase may have.
const maxPhrase = 10

// maxAppositive is how many tokens an appositive between a subject and its
// verb may have ("Hugh Hill, who ran the clinic for a decade and now
// advises the province, said").
const maxAppositive = 40

// phraseWord reports whether token k can stand in a subject noun phrase
// before or as its head: a capitalised word, a title, role or describing
// word, a number ("Local 12"), "of" or "the" inside a role.
func (a *attributor) phraseWord(k int) bool {
	x := a.toks[k]
	if x.kind != tokWord {
		return false
	}
	if x.cap {
		return !functionWords[x.lower] || x.lower == "the" || honorifics[strings.TrimSuffix(x.lower, ".")] || a.commonWordName(k)
	}
	l, _ := bareName(x.lower)
	if titles[l] || roleHeads[l] || describers[l] || nationalities[l] || l == "of" || l == "the" || ageOf(l) != "" || isNumber(l) {
		return true
	}
	for _, part := range strings.Split(l, "-") {
		if titles[part] || roleHeads[part] {
			return true // "secretary-treasurer"
		}
	}
	return false
}

// isNumber reports whether a word is all digits.
func isNumber(w string) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w != ""
}

// phraseEnd gives the last token of the subject noun phrase starting at k,
// -1 when none starts there.
func (a *attributor) phraseEnd(k int) int {
	t := a.toks
	e := -1
	for j := k; j < len(t) && j < k+maxPhrase && t[j].sent == t[k].sent && a.phraseWord(j); j++ {
		e = j
		if _, poss := bareName(t[j].text); poss && (j+1 >= len(t) || !a.phraseWord(j+1)) {
			return -1 // "Trump's": a possessive ends no subject
		}
	}
	return e
}

// headName gives the first and last token of the name that heads the noun
// phrase toks[s:e+1]: its last run of capitalised words that are no title,
// role, honorific or organisation word, not in the possessive; ok is false
// when the phrase ends in something else ("Trump's campaign manager").
func (a *attributor) headName(s, e int) (f, l int, ok bool) {
	t := a.toks
	if !a.nameEnd(e) {
		return 0, 0, false
	}
	if _, poss := bareName(t[e].text); poss {
		return 0, 0, false
	}
	f = e
	for f > s && a.nameWord(f-1) || f > s+1 && particles[t[f-1].lower] && a.nameWord(f-2) {
		if _, poss := bareName(t[f-1].text); poss {
			break
		}
		f--
	}
	if f == e && (f == 0 || t[f-1].sent != t[f].sent) {
		if w, _ := bareName(t[f].lower); !a.pp.midCaps[w] {
			return 0, 0, false // "Strikers chanted": capitalised only to open the sentence
		}
	}
	return f, e, true
}

// nameWord reports whether token k can be part of a personal name.
func (a *attributor) nameWord(k int) bool {
	x := a.toks[k]
	if x.kind != tokWord || !x.cap {
		return false
	}
	if functionWords[x.lower] {
		return a.commonWordName(k)
	}
	l, _ := bareName(x.lower)
	l = strings.TrimSuffix(l, ".")
	if titles[l] || titles[l+"."] || roleHeads[l] || honorifics[l] || orgWords[l] || institutions.has(l) || nationalities[l] {
		return len(l) == 1 // an initial ("W.") is a name's
	}
	for _, part := range strings.Split(l, "-") {
		if titles[part] || roleHeads[part] {
			return false
		}
	}
	return true
}

// personNamed resolves the name toks[f:l+1] to the canonical name of a
// person, "" when the words name an organisation or place: a mention the
// article's mention layer found there, else the fullest form of the name
// the article prints. A name need not be in any list.
func (a *attributor) personNamed(f, l int) string {
	t := a.toks
	if mi, ok := a.pp.byTok[l]; ok {
		if m := a.pp.mentions[mi]; !m.byRole && a.personByArticle(mi) {
			return m.person
		}
	}
	var words []string
	for k := f; k <= l; k++ {
		w, _ := bareName(t[k].text)
		words = append(words, w)
	}
	name := strings.Join(words, " ")
	if len(words) == 1 && places.has(strings.ToLower(name)) || f > 0 && t[f-1].lower == "the" {
		return ""
	}
	if a.pp.ix != nil {
		name = a.pp.ix.canonical(name)
	}
	if !strings.Contains(name, " ") || a.pp.placed[name] {
		return "" // one word the article says nothing more of (the adjacent sieve's tagger decides), or a place
	}
	return name
}

// verbAfterPhrase gives the reporting verb after a subject noun phrase
// ending at e: next to it, or after an appositive set off by commas or
// after words that may stand between a subject and its verb; -1 when none.
// With any set, any lower-case word that is no function word counts as
// the verb (the subject of a clause, not only of a reporting verb).
func (a *attributor) verbAfterPhrase(e int, any bool) int {
	t := a.toks
	j := e + 1
	if j < len(t) && t[j].text == "(" {
		for c := j + 1; c < len(t) && c <= j+8 && t[c].sent == t[e].sent; c++ {
			if t[c].text == ")" {
				j = c + 1 // "Sen. Ana Lima (D-Ore.) said"
				break
			}
		}
	}
	if j < len(t) && t[j].text == "," && t[j].sent == t[e].sent {
		j = a.appositiveEnd(j, any)
		if j < 0 {
			return -1
		}
	}
	return a.verbAt(j, e, any)
}

// appositiveEnd gives the token after the appositive that the comma at c
// opens: after the comma that closes it, when a verb follows that comma
// ("Hill, 58, who ran the clinic, said"; "Lima, during a visit to
// Recife, Brazil, said"); -1 when none closes within maxAppositive tokens.
func (a *attributor) appositiveEnd(c int, any bool) int {
	t := a.toks
	for k := c + 1; k < len(t) && k <= c+maxAppositive && t[k].sent == t[c].sent && t[k].kind != tokQuote; k++ {
		if t[k].text == "," && a.verbAt(k+1, c, any) >= 0 {
			return k + 1
		}
	}
	return -1
}

// verbAt gives the reporting verb at token j or after a few words that may
// stand between a subject ending at e and its verb; -1 when none.
func (a *attributor) verbAt(j, e int, any bool) int {
	t := a.toks
	j0 := j
	for n := 0; j < len(t) && n < 4 && t[j].sent == t[e].sent && (skippable[t[j].lower] || timeWords[t[j].lower] || strings.HasSuffix(t[j].lower, "ly") && !allReportingVerbs[t[j].lower]); n++ {
		j++
	}
	if j >= len(t) || t[j].sent != t[e].sent || t[j].kind != tokWord || t[j].cap {
		if any && j > j0 && a.finiteVerb(j0) {
			return j0 // "Ortiz went further, backing …": the auxiliary-like verb is the verb
		}
		return -1
	}
	if allReportingVerbs[t[j].lower] || any && !functionWords[t[j].lower] && !prepositions[t[j].lower] && !complementizers[t[j].lower] && t[j].lower != "and" {
		return j
	}
	return -1
}

// nameEnd reports whether token k can end a personal name: a name word, or
// a word that is also a title or role noun printed after a given name
// ("Howard Dean", "Ana Judge"), where it is a surname.
func (a *attributor) nameEnd(k int) bool {
	if a.nameWord(k) {
		return true
	}
	t := a.toks
	x := t[k]
	if k == 0 || x.kind != tokWord || !x.cap || functionWords[x.lower] || !a.nameWord(k-1) || t[k-1].sent != x.sent {
		return false
	}
	l, _ := bareName(x.lower)
	return !strings.HasSuffix(l, ".") && (titles[l] || roleHeads[l]) && !orgWords[l] && (k+1 >= len(t) || !t[k+1].cap || t[k+1].kind != tokWord)
}

// calendarWords are the days and months, which follow names in datelines
// ("Lima said Monday") without being part of them.
var calendarWords = wordSet("calendar_words")

// commonWordName reports whether the capitalised common word at k is part
// of a name: after an honorific ("Ms. May"), or after a given name inside
// a sentence ("Anna Every") when it is no day or month.
func (a *attributor) commonWordName(k int) bool {
	t := a.toks
	if k == 0 || t[k-1].sent != t[k].sent || t[k-1].kind != tokWord || !t[k-1].cap {
		return false
	}
	if honorifics[strings.TrimSuffix(t[k-1].lower, ".")] {
		return true
	}
	return !calendarWords[t[k].lower] && !functionWords[t[k-1].lower] && a.nameWord(k-1) && (k < 2 || t[k-2].sent != t[k].sent || !t[k-2].cap)
}
