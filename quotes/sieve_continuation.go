package quotes

// continuationSieve gives a quotation with no attribution of its own the
// speaker of the quotation before it, in the same paragraph or opening the
// next, when nobody else who could be speaking is named between:
//
//	"We lost everything," Ruiz said. "The house, the car, the shop."
//	"We lost everything," Ruiz said.¶"We will stay."
type continuationSieve struct{}

func (continuationSieve) inherits() bool { return true }

func (continuationSieve) picks(a *attributor, q int, yield func(pick) bool) {
	if p, ok := a.continuationPick(q); ok {
		yield(p)
	}
}

// continuationPick picks the previous quotation for quotation token q
// when it is in the same or next paragraph with no other person named
// between who could be speaking: a name after a preposition or in the
// possessive ("president of Teamsters Local 20") does not count, nor does
// one inside the previous quotation's own attribution that is no subject
// ("said Ana Lima, a Brandt delegate from Recife"). Its speaker speaks on.
func (a *attributor) continuationPick(q int) (pick, bool) {
	if len(a.said) == 0 {
		return pick{}, false
	}
	t := a.toks
	last := a.said[len(a.said)-1]
	if t[q].para != t[last.tok].para && !(t[q].para == t[last.tok].para+1 && (q == 0 || t[q-1].para != t[q].para)) {
		return pick{}, false
	}
	for mi := a.pp.mentionAt(last.tok + 1); mi < len(a.pp.mentions) && a.pp.mentions[mi].tok < q; mi++ {
		m := a.pp.mentions[mi]
		if m.person == last.person || !a.isPerson(m.person) || !a.subjectLike(m.tok) {
			continue
		}
		if t[m.tok].sent != t[last.tok].sent {
			return pick{}, false // someone else named after the quotation's own sentence
		}
	}
	return pick{tok: last.tok, via: viaSpeaker}, true
}
