package quotes

// asPutItSieve reads the parenthetical attribution "as X put it" (also
// "as X said", "as X wrote") before or after its quotation:
//
//	As the prosecutor Marc Lenoir put it, "there was little to go on."
//	But, as Ana Lima said, "the river decides."
//	"The river decides," as Ana Lima put it.
//	Or, as Tomas Ruiz, a former harbour master, put it: "The tide decides."
type asPutItSieve struct{}

func (asPutItSieve) inherits() bool { return false }

func (asPutItSieve) picks(a *attributor, q int, yield func(pick) bool) {
	t := a.toks
	s := -1
	for k := q - 1; k >= 0 && k >= q-maxPhrase-maxAppositive && t[k].sent == t[q].sent && t[k].kind != tokQuote; k-- {
		if t[k].lower == "as" {
			s = k + 1
			break
		}
	}
	if s < 0 {
		k := q + 1
		if k < len(t) && t[k].text == "," {
			k++
		}
		if k >= len(t) || t[k].lower != "as" || t[k].sent != t[q].sent {
			return
		}
		s = k + 1
	}
	if p, ok := a.asSubject(s); ok {
		yield(p)
	}
}

// asSubject picks the name heading the subject of "as NP put it" starting
// at token s; ok is false when there is none.
func (a *attributor) asSubject(s int) (pick, bool) {
	t := a.toks
	if s >= len(t) {
		return pick{}, false
	}
	if g := pronounGender(t[s].lower); g == 'm' || g == 'f' {
		return pick{}, false // "as she put it": the pronoun is no noun phrase
	}
	e := a.openingAt(s).end
	if e < 0 || e+1 >= len(t) {
		return pick{}, false
	}
	n := e + 1
	if t[n].text == "," {
		n = a.afterAppositive(n) // "as Ruiz, a former harbour master, put it"
	}
	if n >= len(t) {
		return pick{}, false
	}
	v := t[n].lower
	if v != "put" && !allReportingVerbs[v] {
		return pick{}, false
	}
	return a.headPick(s, e)
}
