package quotes

import "strings"

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

// picks finds an attribution just after the quotation token q:
// `"…," Putin said`, `"…," said the president`, `"…," according to X`.
// Whatever it picks is the quotation's own attribution.
func (adjacentSieve) picks(a *attributor, q int, yield func(pick) bool) {
	t := a.toks
	k := a.attributionStart(q) // past a comma or dash
	if k >= len(t) || t[k].para != t[q].para || t[k].kind != tokWord {
		return
	}
	if n := accordingTo(t, k); n >= 0 {
		yield(a.namedPick(n)) // "…," according to Hugh Hill; «…», según Ruiz
		return
	}
	if invertedVerb(t[k].lower) {
		yield(pick{tok: k, attributed: true}) // "«…», ajoute-t-il": the pronoun joined to its verb
		return
	}
	if subordinators[t[k].lower] || clauseConjunctions[t[k].lower] || !a.trailsInSentence(q, k) {
		return // "…" as Thorne spoke, "…" and Vale says: a clause of the sentence, not its attribution
	}
	if a.isVerb(k) && strings.HasSuffix(t[k].lower, "ing") {
		return // "…," adding that …: a participle goes on with its clause's subject, it names none after it
	}
	if a.isVerb(k) {
		if t[k].lower == "back" || backVerbs[t[k].lower] {
			e := -1
			if k+2 < len(t) {
				e = a.subjectEndFrom(k + 2)
			}
			yield(pick{tok: e, attributed: true}) // "…," hit back Ana Lima
			return
		}
		c, _ := a.clauseOf(k)
		yield(pick{tok: c.after, attributed: true}) // "…," said the president
		return
	}
	end := a.subjectEndFrom(k)
	for v := max(end, k) + 1; v < len(t) && v <= k+14 && t[v].sent == t[k].sent && t[v].kind != tokQuote; v++ {
		if a.opensCoordinate(v, len(t)) && v > k {
			return // "…," at the very least, and Vale pledged: another clause's subject
		}
		if !a.isVerb(v) {
			continue
		}
		// The subject the verb takes must stand after the quotation: the
		// phrase found at k, or a name in apposition to a role ("a
		// commission spokeswoman, Anna Berg, said").
		s := a.subjectOf(v)
		if s >= k && a.describesQuote(k, s) {
			return // its speaker is named before it
		}
		if c, _ := a.clauseOf(v); s >= k && (end < 0 || s == end || a.setOffName(s) || c.first >= k && c.first <= end) {
			yield(pick{tok: s, attributed: true})
			return
		}
		if a.indefiniteEnd(k) >= 0 {
			yield(nobody) // "…," a senior official said: someone unnamed
		}
		return
	}
}

// namedPick picks the person named from token k on ("according to Hugh
// Hill", "according to her"), nobody when no one is: the quotation's own
// attribution either way.
func (a *attributor) namedPick(k int) pick {
	for e := k; e < len(a.toks) && e < k+7 && a.toks[e].kind == tokWord; e++ {
		if _, ok := a.pp.byTok[e]; ok {
			return pick{tok: e, attributed: true}
		}
		if objectGender(a.toks[e].lower) != 0 && e == k {
			return pick{tok: e, via: viaPronoun, attributed: true}
		}
	}
	return nobody
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
