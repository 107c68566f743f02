package quotes

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/jdkato/prose/v2"
)

// The prose model is loaded once per process, on first need, and shared:
// documents made with prose.UsingModel only read it, so it is safe for
// concurrent use.
var (
	proseOnce    sync.Once
	proseModel   *prose.Model
	proseLoads   atomic.Int64 // times the model was loaded: 0 or 1
	proseWindows atomic.Int64 // attribution windows tagged
)

// sharedProse gives the process-wide prose model, loading it the first time.
func sharedProse() *prose.Model {
	proseOnce.Do(func() {
		doc, err := prose.NewDocument("Model", prose.WithSegmentation(false))
		if err == nil {
			proseModel = doc.Model
		}
		proseLoads.Add(1)
	})
	return proseModel
}

// proseWindowWords is how many narration words after a name go into the
// window prose tags.
const proseWindowWords = 4

// confirmedByProse reports whether the name of mention mi, the subject of an
// attribution our rules are unsure of ("Peskov said", "Greenpeace said"), is
// a person according to prose's entity tags on the attribution window. Prose
// tags nearly every capitalised subject of "said" a person, so its answer is
// only a hint: a name it tags a place or organisation is refused, one it tags
// a person is taken, one it leaves untagged is refused. The one-word subject
// of a verb framing a quotation (personTable.framing) is tagged in two
// readings, as printed and as "Name told", and refused only when both refuse
// it: prose's reading of an unknown name turns on the verb's tense ("Pellham
// said" a person, "Pellham says" a place) and it does not know verbs of other
// languages, so only a name it knows as a place or organisation ("Ankara",
// "Interfax") is refused whatever the verb. The answer is kept per person
// for the rest of the article.
func (a *attributor) confirmedByProse(mi int) bool {
	m := a.pp.mentions[mi]
	if ok, seen := a.proseSaid[m.person]; seen {
		return ok
	}
	ok := false
	if model := sharedProse(); model != nil {
		if fi, framed := a.pp.framing[m.person]; framed {
			m = a.pp.mentions[fi]
			w, _ := bareName(a.toks[m.tok].text)
			ok = tagsPerson(model, ", "+w+" told", map[string]bool{w: true})
		}
		if !ok {
			text, name := a.proseWindow(m)
			ok = tagsPerson(model, text, name)
		}
	}
	a.proseSaid[m.person] = ok
	return ok
}

// tagsPerson reports whether prose, tagging text, labels the words of name
// a person (personLabels).
func tagsPerson(model *prose.Model, text string, name map[string]bool) bool {
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(model))
	proseWindows.Add(1)
	return err == nil && personLabels(doc.Tokens(), name)
}

// proseWindow gives the attribution clause of mention m as prose reads it
// best: a comma standing for the quotation or clause before, the name, and a
// few narration words after it ("Interfax said on Monday"), up to a
// quotation or a colon; and the words of the name itself. A one-word name
// after its verb ("…," said Okafor) that the article never prints as a
// place is read in the usual order, the verb after it.
func (a *attributor) proseWindow(m mention) (string, map[string]bool) {
	t := a.toks
	words := []string{","}
	name := map[string]bool{}
	for k := m.first; k <= m.tok+proseWindowWords && k < len(t) && t[k].sent == t[m.tok].sent; k++ {
		if t[k].kind == tokQuote || k > m.tok && t[k].text == ":" {
			break
		}
		words = append(words, t[k].text)
		if k <= m.tok {
			w, _ := bareName(t[k].text)
			name[w] = true
		}
		if k == m.tok && m.first == m.tok && m.first > 0 && a.isVerb(m.first-1) && !a.pp.placed[m.person] {
			words = append(words, t[m.first-1].lower) // "…," said Okafor: read as "Okafor said"
		}
	}
	return strings.Join(words, " "), name
}

// personLabels reports whether prose labelled the tokens of name a person and
// none of them a place or organisation.
func personLabels(toks []prose.Token, name map[string]bool) bool {
	person := false
	for _, tk := range toks {
		if !name[tk.Text] || tk.Label == "O" || tk.Label == "" {
			continue
		}
		if !strings.HasSuffix(tk.Label, "PERSON") {
			return false
		}
		person = true
	}
	return person
}

// certain reports whether the article alone shows name is a person's: it
// gives it a title, role or age, or a cue such as "who". A known first name
// is no such proof (first-name lists only nudge gender), so names with one
// are left to the article's other evidence and to the tagger.
func (pp *personTable) certain(name string) bool {
	return pp.roleOf[name] != "" || pp.cued[name]
}
