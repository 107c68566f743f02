package quotes

// The parenthetical attribution "as NP put it" (as NP said, wrote, told
// someone, pointed out), read by the clause layer for the as-put-it rule:
//
//	As Gus Arden, an engineer and author of "Bridges of the North," put it, "…"
//	As the hospital's medical director, Mina Shah, put it on local radio, "…"
//	As the Gazette's Tariq Bell puts it, "…"
//	Still, as Father Gus Arden of St Mary's Minster said on Sunday, "…"

// maxAsReach is how many tokens an "as" clause may span before its quotation.
const maxAsReach = 45

// maxAsTail is how many tokens may stand between the verb of an "as" clause
// and its quotation ("put it on local radio,").
const maxAsTail = 12

// asClause finds the "as NP VERB" clause that attributes quotation q: the
// nearest "as" before it in its sentence, or one right after it ("…," as
// Lima put it); it gives the first and last token of NP, ok false when
// there is none.
func (a *attributor) asClause(q int) (s, e int, ok bool) {
	t := a.toks
	for k := q - 1; k >= 0 && k >= q-maxAsReach && t[k].sent == t[q].sent; k-- {
		if t[k].lower != "as" || t[k].kind != tokWord {
			continue
		}
		v := a.asVerb(k+1, q)
		if v < 0 || v-(k+1) < 1 {
			return 0, 0, false
		}
		for j := v + 1; j < q; j++ {
			if t[j].kind == tokQuote || j-v > maxAsTail {
				return 0, 0, false // the clause attributes a quotation before q
			}
		}
		return k + 1, v - 1, true
	}
	k := q + 1
	if k < len(t) && t[k].text == "," {
		k++
	}
	if k+1 < len(t) && t[k].lower == "as" && t[k].sent == t[q].sent {
		if v := a.asVerb(k+1, len(t)); v > k+1 {
			return k + 1, v - 1, true
		}
	}
	return 0, 0, false
}

// asVerb gives the verb of an "as" clause whose subject starts at s, before
// token q: "put it" or a reporting verb that is no noun; -1 when none comes
// within a subject phrase and its appositives.
func (a *attributor) asVerb(s, q int) int {
	t := a.toks
	for j := s; j < q && j < s+maxPhrase+maxAppositive && t[j].sent == t[s].sent; j++ {
		if t[j].kind != tokWord || t[j].cap {
			continue
		}
		if (t[j].lower == "put" || t[j].lower == "puts") && j+1 < len(t) && t[j+1].lower == "it" {
			return j
		}
		if allReportingVerbs[t[j].lower] && !determiners[t[j-1].lower] {
			return j
		}
	}
	return -1
}

// asPicks offers the subject toks[s:e+1] of an "as" clause: the name
// heading each comma-parted segment, in order, each tentative so that a
// segment naming nobody ("the hospital's medical director,") gives way to
// the next ("Mina Shah,"); a phrase ending in a postmodifier ("Father Gus
// Arden of St Mary's Minster") offers the name the postmodifier follows.
func (a *attributor) asPicks(s, e int, yield func(pick) bool) {
	t := a.toks
	if g := pronounGender(t[s].lower); g == 'm' || g == 'f' {
		return // "as she put it": the pronoun is no noun phrase
	}
	for f := s; f <= e; {
		l := f
		for l <= e && t[l].text != "," && t[l].kind != tokQuote {
			l++
		}
		if l-1 >= f {
			for m := f + 1; f == s && m < l-1; m++ {
				if postPrepositions[t[m].lower] {
					if p, ok := a.headPick(f, m-1); ok && !yield(p.orNext()) {
						return // "Father Gus Arden of St Mary's Minster": the name before the place
					}
					break
				}
			}
			if p, ok := a.headPick(f, l-1); ok && !yield(p.orNext()) {
				return
			}
		}
		f = l + 1
	}
}
