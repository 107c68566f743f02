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
