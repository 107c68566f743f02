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

func (headlineSieve) picks(a *attributor, q int, yield func(pick) bool) {
	t := a.toks
	if len(a.events) > 0 || t[q].para == 0 || t[q].para > headlineReach || a.sentenceFirst(q) != q {
		return
	}
	named := -1 // the headline's speaker: a person's name before a Title-Case reporting verb
	for _, m := range a.pp.mentions {
		if m.tok >= q {
			break
		}
		if t[m.tok].para != 0 {
			return // someone named under the headline: the carry sieves' case
		}
		v := m.tok + 1
		if named < 0 && v < len(t) && t[v].para == 0 && t[v].cap && reportingVerbs[t[v].lower] && !m.possessive && a.personByArticle(a.pp.byTok[m.tok]) {
			named = m.tok
		}
	}
	if named >= 0 {
		yield(pick{tok: named, via: viaNamed})
	}
}
