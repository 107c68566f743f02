package align

// mergeLoose merges the accepted pairs that involve a fragment or short
// phrase, once the full quotations have been merged. Pairs of two such
// items merge first (two outlets printing one phrase); then each cluster
// of them joins a cluster of full quotations only when its members were
// matched to full quotations of that one cluster alone. Words that stand
// in two remarks ("that is why", "who is going to") say nothing of which
// remark they were lifted from.
func (c *clusters) mergeLoose(pairs []pair) {
	for _, p := range pairs {
		if !c.items[p.i].full && !c.items[p.j].full {
			c.merge(p.i, p.j)
		}
	}
	partners := map[int32][]int32{} // excerpt cluster root -> full items its members matched
	var order []int32
	for _, p := range pairs {
		x, f := p.i, p.j
		if c.items[x].full {
			x, f = f, x
		}
		if c.items[x].full || !c.items[f].full {
			continue
		}
		rx := c.uf.find(x)
		if _, seen := partners[rx]; !seen {
			order = append(order, rx)
		}
		partners[rx] = append(partners[rx], f)
	}
	for _, rx := range order {
		f := c.soleHost(&c.items[c.main[rx]], partners[rx])
		if f < 0 {
			continue
		}
		// the excerpt matched f itself, which may differ more from the
		// cluster's main version than the excerpt can bear
		if rx, rf := c.uf.find(rx), c.uf.find(f); rx != rf && c.compatible(rx, rf) {
			c.join(rx, rf, c.betterMain(rx, rf))
		}
	}
}

// soleHost gives one of the full items hosts when, leaving out the
// clusters that excerpt x's own article printed without its words, they
// are all of one cluster; -1 otherwise. An article that prints a remark
// and quotes a few words of another does not take those words from the
// remark it printed.
func (c *clusters) soleHost(x *item, hosts []int32) int32 {
	host, root := int32(-1), int32(-1)
	for _, f := range hosts {
		rf := c.uf.find(f)
		if rf == root || c.printedWithout(rf, x) {
			continue
		}
		if root >= 0 {
			return -1
		}
		host, root = f, rf
	}
	return host
}

// printedWithout reports whether cluster r holds a full quotation from
// x's source, other than a part of x's own utterance, that does not hold
// x's words.
func (c *clusters) printedWithout(r int32, x *item) bool {
	for _, f := range c.full[r] {
		if y := &c.items[f]; y.source == x.source && y.utt != x.utt && !containsSeq(y.ids, x.ids) {
			return true
		}
	}
	return false
}
