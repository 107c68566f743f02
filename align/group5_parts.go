package align

import "unicode"

// attachParts places the quotations that matched nothing. A part of an
// extracted utterance joins the cluster of the part before it when it
// carries on that part's sentence ("I absolutely," she said, "am
// rural."), and the cluster of any other part when its words stand,
// changed a little, in a full quotation of that cluster from another
// source: extraction's link is evidence enough to accept a weaker match.
// Other unmatched parts of one utterance stay together, apart from the
// parts that matched: a paragraph's next quotation by the same speaker
// is often another remark. Two fragments carry on one sentence only when
// a full quotation of the cluster they would make holds both (see
// fragmentsHeld): "would 'cut the commute' for 'drivers from the north'"
// prints two phrases of a remark with the writer's words between them.
func (c *clusters) attachParts() {
	last := map[int32]int32{} // utterance -> its latest part so far
	parts := map[int32][]int32{}
	for i := range c.items {
		it := &c.items[i]
		parts[it.utt] = append(parts[it.utt], int32(i))
		p, ok := last[it.utt]
		last[it.utt] = int32(i)
		ri, rp := c.uf.find(int32(i)), c.uf.find(p)
		if ok && it.continues && ri != rp && (c.size[ri] == 1 || c.size[rp] == 1) && c.compatible(ri, rp) &&
			c.fragmentsHeld(p, int32(i), ri, rp) {
			c.join(ri, rp, c.betterMain(ri, rp))
		}
	}
	for i := range c.items {
		if r := c.uf.find(int32(i)); c.size[r] == 1 {
			c.attachLoosely(int32(i), parts[c.items[i].utt])
		}
	}
	alone := map[int32]int32{} // utterance -> root of its unmatched parts
	for i := range c.items {
		r, u := c.uf.find(int32(i)), c.items[i].utt
		if c.size[r] > 1 {
			continue
		}
		if h, ok := alone[u]; ok {
			c.join(c.uf.find(h), r, c.betterMain(c.uf.find(h), r))
		} else {
			alone[u] = r
		}
	}
}

// fragmentsHeld reports whether parts p and i of one utterance, in
// clusters rp and ri, may be joined as one sentence carried on: yes when
// either is a full quotation or both are alone; when both are fragments
// or short phrases and one has matched other items, only when a full
// quotation of either cluster holds the words of both. Two fragments that
// no full version holds are two excerpts, and diffing them as one passage
// against another outlet's wording reads the writer's words between them
// as a substitution. The order is not asked for: writers do quote a later
// phrase first, and the diff puts such parts in the full version's order.
func (c *clusters) fragmentsHeld(p, i, rp, ri int32) bool {
	a, b := &c.items[p], &c.items[i]
	if a.full || b.full || c.size[rp] == 1 && c.size[ri] == 1 {
		return true
	}
	for _, r := range [2]int32{rp, ri} {
		for _, f := range c.full[r] {
			if x := &c.items[f]; containsSeq(x.ids, a.ids) && containsSeq(x.ids, b.ids) {
				return true
			}
		}
	}
	return false
}

// attachLoosely puts unmatched item i into the cluster of one of its
// utterance's other parts when i's words stand, for the most part and
// close together, in a full quotation of that cluster from another source.
func (c *clusters) attachLoosely(i int32, siblings []int32) {
	it := &c.items[i]
	for _, s := range siblings {
		r := c.uf.find(s)
		if s == i || c.size[r] == 1 || !c.compatible(r, i) {
			continue
		}
		for _, f := range c.full[r] {
			other := &c.items[f]
			if other.source == it.source || other.conflicts(it) {
				continue
			}
			al := align(it.ids, other.ids, c.v)
			if al.matched >= min(minAlignedWords, len(it.ids)) && al.coverage() >= minCoverage && al.density() >= minDensity {
				c.join(r, i, c.betterMain(r, i))
				return
			}
		}
	}
}

// continuesSentence reports whether a quotation starts in the middle of
// a sentence: its first letter is lower case.
func continuesSentence(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}
