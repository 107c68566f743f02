package quotes

// headNounSieve reads the attribution next to a quotation when its subject
// is a complex noun phrase or a name in no list, taking the name that heads
// the phrase, past a long appositive:
//
//	"We played well," said Harbor City head coach Dale Morrow.
//	"We will strike," Local 12 president Tomasz Wrona said.
//	"It is over," Okafor campaign manager Lena Duarte told reporters.
//	"It worked," Hugh Hill, who ran the clinic for a decade, said.
//	"It worked," said Quillon Pardew, a rancher.
type headNounSieve struct{}

func (headNounSieve) inherits() bool { return false }

func (headNounSieve) picks(a *attributor, q int, yield func(pick) bool) {
	t := a.toks
	k := a.attributionStart(q) // past a comma or dash
	if k >= len(t) || t[k].para != t[q].para || t[k].kind != tokWord || !a.trailsInSentence(q, k) {
		return
	}
	var s, e int
	if allReportingVerbs[t[k].lower] { // "…," said NP
		s = k + 1
		if s >= len(t) || t[s].sent != t[k].sent {
			return
		}
		if e = a.subjectAfterVerb(k); e < 0 {
			if p, ok := a.appositivePick(s, a.roleBeforeComma(s)); ok {
				yield(p)
			}
			return
		}
	} else { // "…," NP said
		s = k
		if g := pronounGender(t[s].lower); g == 'm' || g == 'f' {
			return // "…," she said: the pronoun sieves' case
		}
		o := a.openingAt(s) // the clause layer's subject phrase and its verb
		if o.end < 0 || a.openingVerb(s, false) < 0 {
			return
		}
		e = o.end
	}
	if p, ok := a.headPick(s, e); ok && !yield(p.orNext()) {
		return
	}
	if p, ok := a.appositivePick(s, e); ok {
		yield(p)
	}
}

// appositivePick picks a name set off by commas after a subject phrase
// toks[s:e+1] that names nobody, the phrase its role: "said one more
// stallholder, Lin Hart."; ok is false when there is none.
func (a *attributor) appositivePick(s, e int) (pick, bool) {
	t := a.toks
	if e < s {
		return pick{}, false
	}
	n := e + 2
	if n >= len(t) || t[e+1].text != "," || t[n].sent != t[e].sent {
		return pick{}, false
	}
	l := a.phraseEnd(n)
	if l < 0 || l+1 < len(t) && t[l+1].sent == t[l].sent && t[l+1].kind == tokWord {
		return pick{}, false
	}
	p, ok := a.headPick(n, l)
	if ok && p.role[1] == p.role[0] {
		p.role = [2]int{s, e + 1} // no words before the name: the phrase it is set off from
	}
	return p, ok
}

// headPick picks the name that heads the noun phrase toks[s:e+1], the
// words before the name its role; ok is false when the phrase ends in no
// name (headName).
func (a *attributor) headPick(s, e int) (pick, bool) {
	f, l, ok := a.headName(s, e)
	if !ok {
		return pick{}, false
	}
	return pick{tok: l, from: f, via: viaHead, role: [2]int{s, f}}, true
}

// roleBeforeComma gives the last token of a common-noun phrase starting at
// s that a comma ends ("one more stallholder,"), -1 when there is none.
func (a *attributor) roleBeforeComma(s int) int {
	t := a.toks
	for j := s; j < len(t) && j < s+maxPhrase && t[j].sent == t[s].sent; j++ {
		if t[j].text == "," && j > s {
			return j - 1
		}
		if t[j].kind != tokWord || !t[j].cap && (allReportingVerbs[t[j].lower] || prepositions[t[j].lower]) {
			return -1
		}
	}
	return -1
}
