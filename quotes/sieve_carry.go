package quotes

// reportedCarrySieve gives a quotation with no attribution of its own the
// speaker of the reported speech just before it: by news convention, a
// quotation that follows "X said that …" in the same paragraph, or opens
// the next one, is X's. A sentence whose subject is someone else between
// them breaks the chain.
//
//	Ruiz said the levee had held. "We were lucky."
//	Ruiz told reporters the town would rebuild.¶"Nobody is leaving."
type reportedCarrySieve struct{}

func (reportedCarrySieve) inherits() bool { return true }

func (reportedCarrySieve) picks(a *attributor, q int, yield func(pick) bool) {
	t := a.toks
	if a.sentenceFirst(q) != q {
		return // words inside a sentence of the writer's: the clause sieve's case
	}
	para := t[q].para
	opens := q == 0 || t[q-1].para != para
	floor := q
	for floor > 0 && t[floor-1].para == para {
		floor--
	}
	if opens {
		for floor > 0 && t[floor-1].para == para-1 {
			floor--
		}
	}
	ev, ok := a.lastSpoke(q, floor)
	if !ok || !ev.reported {
		return // nobody reported speaking, or a quotation: continuation's case
	}
	for mi := a.pp.mentionAt(ev.tok + 1); mi < len(a.pp.mentions) && a.pp.mentions[mi].tok < q; mi++ {
		if m := a.pp.mentions[mi]; m.person != ev.person && a.subjectLike(m.tok) && a.followedByVerb(m.tok) {
			return // someone else took the floor
		}
	}
	method := MethodReported
	if i := a.lastQuoted(ev.tok); i >= 0 && a.events[i].person == ev.person && a.toks[a.events[i].tok].sent == a.toks[ev.tok].sent {
		method = MethodContinuation // the verb attributes a quotation of theirs: "…," Weber said.
	}
	yield(pick{tok: ev.tok, via: viaEvent, method: method}) // their speech carries on
}
