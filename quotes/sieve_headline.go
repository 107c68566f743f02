package quotes

// headlineSieve credits a quotation that has no attribution of its own to
// the person a Title-Case headline says speaks, when the quotation stands
// within headlineReach paragraphs under it and nobody else has been named
// or quoted before it:
//
//	Ana Lima Says Budget Will Pass¶The vote is on Friday.¶"We have the votes."
//	Harbor Chief Ines Vale Tells Crews To Stay Home¶The storm arrives at noon.¶"Nobody sails tonight."
//
// A pronoun never binds to a headline's name (the pronoun sieves' case);
// this rule reads the headline as an attribution of the quotations it
// announces.
type headlineSieve struct{}

// headlineReach is how many paragraphs under the headline its speaker may
// be credited.
const headlineReach = 3

func (headlineSieve) inherits() bool { return true }

func (headlineSieve) attribute(a *attributor, q int) credit {
	t := a.toks
	if len(a.events) > 0 || t[q].para == 0 || t[q].para > headlineReach || a.sentenceFirst(q) != q {
		return credit{}
	}
	var w credit
	for _, m := range a.pp.mentions {
		if m.tok >= q {
			break
		}
		if t[m.tok].para != 0 {
			return credit{} // someone named under the headline: the carry sieves' case
		}
		v := m.tok + 1
		if w.person == "" && v < len(t) && t[v].para == 0 && t[v].cap && reportingVerbs[t[v].lower] && !m.possessive && a.personByArticle(a.pp.byTok[m.tok]) {
			w = credit{person: m.person, role: a.roleOf(m.person), method: MethodExplicit}
		}
	}
	return w
}
