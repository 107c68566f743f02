package align

// echoMinWords is the fewest words a lone fragment needs to be taken as an
// echo of a full quotation of its own article: one word ("live") stands in
// too many sentences to say which remark it came from.
const echoMinWords = 2

// attachEchoes puts each fragment or short phrase that is alone, or
// clustered only with other fragments and short phrases, into the cluster
// of a longer quotation of the same article that holds its words in
// order: an article that quotes "quite busy" in its headline or lede and
// prints the whole remark further down is echoing that remark, not
// quoting something new. The longer quotation is a full one, or one
// already matched across sources ("as a free dumping ground" in the body,
// matched to the judge's remark elsewhere, takes the headline's "free
// dumping ground" and the other headlines that printed it). Speakers
// must not conflict.
func (c *clusters) attachEchoes() {
	hosts := map[string][]int32{}  // source -> its items that may hold an echo
	members := map[int32][]int32{} // root -> its items
	for i := range c.items {
		r := c.uf.find(int32(i))
		members[r] = append(members[r], int32(i))
		if c.items[i].full || c.size[r] > 1 {
			hosts[c.items[i].source] = append(hosts[c.items[i].source], int32(i))
		}
	}
	for i := range c.items {
		it := &c.items[i]
		r := c.uf.find(int32(i))
		if len(c.full[r]) > 0 || it.full || len(it.ids) < echoMinWords || c.v.weightOfAll(it.ids) < lowInfoWeight {
			continue
		}
		rf := c.echoed(it, r, hosts[it.source], members)
		if rf < 0 {
			continue
		}
		c.join(rf, r, c.betterMain(rf, r))
		root := c.uf.find(r)
		members[root] = append(members[rf], members[r]...)
	}
}

// echoed gives the cluster of the one remark that fragment it, in
// cluster r, echoes among the hosts of its article; -1 when it echoes
// none, or words that stand in two remarks.
func (c *clusters) echoed(it *item, r int32, hosts []int32, members map[int32][]int32) int32 {
	found := int32(-1)
	for _, f := range hosts {
		rf := c.uf.find(f)
		if rf == r || rf == found || !c.echoHost(it, r, f, members) && !c.echoHost(it, r, c.heldBy(it, f, members), members) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = rf
	}
	return found
}

// echoHost reports whether fragment it, in cluster r, echoes item f: a
// longer full quotation, or one matched across sources, that holds its
// words and those of its cluster in order, with no speaker conflict.
func (c *clusters) echoHost(it *item, r, f int32, members map[int32][]int32) bool {
	if f < 0 {
		return false
	}
	other, rf := &c.items[f], c.uf.find(f)
	if rf == r || len(other.ids) <= len(it.ids) || !(other.full || c.size[rf] > 1) {
		return false
	}
	return !other.conflicts(it) && containsSeq(other.ids, it.ids) &&
		c.allInside(members[r], other) && c.compatible(rf, r)
}

// heldBy gives a full quotation from another source in the cluster of f,
// an item of fragment it's own article, that holds its words in order;
// -1 when there is none. An article that prints one sentence of a remark
// and a headline phrase from another of its sentences echoes the remark
// that another outlet printed whole.
func (c *clusters) heldBy(it *item, f int32, members map[int32][]int32) int32 {
	rf := c.uf.find(f)
	if c.size[rf] < 2 {
		return -1
	}
	for _, m := range members[rf] {
		if x := &c.items[m]; x.full && x.source != it.source && containsSeq(x.ids, it.ids) {
			return m
		}
	}
	return -1
}

// allInside reports whether the words of every item of xs stand in host's
// words in order: the phrases clustered with an echo go with it only when
// they are the same phrase, not one that merely shares two of its words.
func (c *clusters) allInside(xs []int32, host *item) bool {
	for _, x := range xs {
		if !containsSeq(host.ids, c.items[x].ids) {
			return false
		}
	}
	return true
}
