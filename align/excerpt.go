package align

import "slices"

// maxExcerptHosts is the most full quotations attachExcerpts reads for one
// excerpt, so that a source linked to very many others costs a bounded
// amount of work.
const maxExcerptHosts = 4096

// attachExcerpts puts each excerpt that matched no full quotation (a
// cluster of fragments and short phrases of at least minAlignedWords
// words) into the one cluster whose full quotations, from sources known
// to cover the same story, hold its words in order with no speaker
// conflict. An outlet that prints a few words of a remark ("The mayor's
// remarks about 'we should inspect' drew criticism") quotes the remark
// that other outlets of the story print whole ("We should inspect every
// hotel in the city"). Stock words ("by the end of the") often stand in
// several of a speaker's remarks: when they stand in more than one
// cluster, which remark they come from cannot be told, and the excerpt
// stays alone.
func (c *clusters) attachExcerpts() {
	linked := map[string][]string{}
	for k := range c.st {
		linked[k[0]] = append(linked[k[0]], k[1])
		linked[k[1]] = append(linked[k[1]], k[0])
	}
	for _, ss := range linked {
		slices.Sort(ss)
	}
	full := map[string][]int32{} // source -> its full items
	members := map[int32][]int32{}
	for i := range c.items {
		if c.items[i].full {
			full[c.items[i].source] = append(full[c.items[i].source], int32(i))
		}
		r := c.uf.find(int32(i))
		members[r] = append(members[r], int32(i))
	}
	for i := range c.items {
		it := &c.items[i]
		r := c.uf.find(int32(i))
		if it.full || len(c.full[r]) > 0 || len(it.ids) < minAlignedWords {
			continue
		}
		host := c.excerptHost(it, linked[it.source], full)
		if host < 0 {
			continue
		}
		rf := c.uf.find(host)
		if rf == r || !c.allInside(members[r], &c.items[host]) || !c.compatible(rf, r) {
			continue
		}
		c.join(rf, r, c.betterMain(rf, r))
		root := c.uf.find(r)
		members[root] = append(members[rf], members[r]...)
	}
}

// excerptHost gives a full quotation of one of the linked sources that
// holds excerpt it's words in order, with no speaker conflict, when all
// such quotations are of one cluster (see soleHost); -1 when there is
// none, they are of more than one, or there are more than maxExcerptHosts
// to read, too many to tell.
func (c *clusters) excerptHost(it *item, sources []string, full map[string][]int32) int32 {
	var hosts []int32
	read := 0
	for _, s := range sources {
		for _, f := range full[s] {
			if read++; read > maxExcerptHosts {
				return -1
			}
			if other := &c.items[f]; !other.conflicts(it) && containsSeq(other.ids, it.ids) {
				hosts = append(hosts, f)
			}
		}
	}
	return c.soleHost(it, hosts)
}

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
