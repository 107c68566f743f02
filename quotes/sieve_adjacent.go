package quotes

// adjacentSieve reads an attribution that follows its quotation, verb and
// subject either way round, and "according to":
//
//	"We will rebuild," Mayor Ana Lima said.
//	"We will rebuild," said the mayor.
//	"We will rebuild," she told reporters.
//	"Prices will fall," according to Hugh Hill.
//	"The tide decides," the mayor's chief of staff, Ana Lima, said.
type adjacentSieve struct{}

func (adjacentSieve) inherits() bool { return false }

// attribute finds an attribution just after the quotation token q:
// `"…," Putin said`, `"…," said the president`, `"…," according to X`.
func (adjacentSieve) attribute(a *attributor, q int) credit {
	t := a.toks
	k := q + 1
	if k < len(t) && t[k].sent == t[q].sent && t[k].para == t[q].para && t[k].text == "," {
		k++
	}
	if k >= len(t) || t[k].para != t[q].para || t[k].kind != tokWord {
		return credit{}
	}
	if t[k].lower == "according" && k+2 < len(t) && t[k+1].lower == "to" {
		return attributed(a.named(k + 2))
	}
	if subordinators[t[k].lower] {
		return credit{} // "…" as Thorne spoke: a clause of the sentence, not its attribution
	}
	if a.isVerb(k) {
		if t[k].lower == "back" || backVerbs[t[k].lower] {
			return attributed(a.subjectAfter(k + 2)) // "…," hit back Ana Lima
		}
		c, _ := a.clauseOf(k)
		return attributed(a.afterVerb(c))
	}
	end := a.subjectEndFrom(k)
	for v := max(end, k) + 1; v < len(t) && v <= k+14 && t[v].sent == t[k].sent && t[v].kind != tokQuote; v++ {
		if !a.isVerb(v) {
			continue
		}
		// The subject the verb takes must stand after the quotation: the
		// phrase found at k, or a name in apposition to a role ("a
		// commission spokeswoman, Anna Berg, said").
		s := a.subjectOf(v)
		if s >= k && a.describesQuote(k, s) {
			return credit{} // its speaker is named before it
		}
		if s >= k && (end < 0 || s == end || a.setOffName(s)) {
			return attributed(a.resolveTok(s))
		}
		if a.indefiniteEnd(k) >= 0 {
			return attributed(credit{}) // "…," a senior official said: someone unnamed
		}
		return credit{}
	}
	return credit{}
}

// setOffName reports whether the name ending at token s is set off by
// commas, in apposition to the phrase before it ("the mayor's chief of
// staff, Ana Lima, told reporters").
func (a *attributor) setOffName(s int) bool {
	mi, ok := a.pp.byTok[s]
	if !ok {
		return false
	}
	f := a.pp.mentions[mi].first
	t := a.toks
	return f > 0 && s+1 < len(t) && t[f-1].text == "," && t[s+1].text == ","
}
