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

func (asPutItSieve) attribute(a *attributor, q int) credit {
	t := a.toks
	for k := q - 1; k >= 0 && k >= q-maxPhrase-maxAppositive && t[k].sent == t[q].sent && t[k].kind != tokQuote; k-- {
		if t[k].lower == "as" {
			return a.asSubject(k + 1)
		}
	}
	k := q + 1
	if k < len(t) && t[k].text == "," {
		k++
	}
	if k < len(t) && t[k].lower == "as" && t[k].sent == t[q].sent {
		return a.asSubject(k + 1)
	}
	return credit{}
}

// asSubject resolves the subject of "as NP put it" starting at token s.
func (a *attributor) asSubject(s int) credit {
	t := a.toks
	if s >= len(t) {
		return credit{}
	}
	if g := pronounGender(t[s].lower); g == 'm' || g == 'f' {
		return credit{} // "as she put it": the pronoun is no noun phrase
	}
	e := a.openingAt(s).end
	if e < 0 || e+1 >= len(t) {
		return credit{}
	}
	n := e + 1
	if t[n].text == "," {
		n = a.afterAppositive(n) // "as Ruiz, a former harbour master, put it"
	}
	if n >= len(t) {
		return credit{}
	}
	v := t[n].lower
	if v != "put" && !allReportingVerbs[v] {
		return credit{}
	}
	return a.headSpeaker(s, e, MethodExplicit)
}
