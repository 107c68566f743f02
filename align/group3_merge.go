package align

import "slices"

// clusters are the utterances being built from items.
type clusters struct {
	uf    unionFind
	items []item
	v     *vocab
	main  []int32   // main[root]: the cluster's main item
	full  [][]int32 // full[root]: the cluster's full items
	size  []int32   // size[root]: how many items the cluster has
	st    stories
}

func newClusters(items []item, v *vocab, st stories) *clusters {
	c := &clusters{uf: newUnionFind(len(items)), items: items, v: v, st: st,
		main: make([]int32, len(items)), full: make([][]int32, len(items)), size: make([]int32, len(items))}
	for i := range items {
		c.main[i], c.size[i] = int32(i), 1
		if items[i].full {
			c.full[i] = []int32{int32(i)}
		}
	}
	return c
}

// merge joins the clusters of matched items i and j when their main
// items match and no source would have two different full quotations.
func (c *clusters) merge(i, j int32) {
	ri, rj := c.uf.find(i), c.uf.find(j)
	if ri == rj || !c.compatible(ri, rj) {
		return
	}
	mi, mj := c.main[ri], c.main[rj]
	if mi != i || mj != j {
		a, b := &c.items[mi], &c.items[mj]
		if _, ok := matchWith(a, b, c.v, c.st.linked(a, b)); !ok {
			return
		}
	}
	c.join(ri, rj, c.betterMain(ri, rj))
}

// join makes one cluster of clusters ri and rj, with main item m.
func (c *clusters) join(ri, rj, m int32) {
	root, other := min(ri, rj), max(ri, rj)
	c.uf[other] = root
	c.main[root] = m
	c.full[root] = append(c.full[root], c.full[other]...)
	c.full[other] = nil
	c.size[root] += c.size[other]
}

// betterMain gives the better of two clusters' main items.
func (c *clusters) betterMain(ri, rj int32) int32 {
	if c.better(c.main[rj], c.main[ri]) {
		return c.main[rj]
	}
	return c.main[ri]
}

// better reports whether item a makes a better main version than b: a
// full quotation before a fragment, then the longer, then the first.
func (c *clusters) better(a, b int32) bool {
	ia, ib := &c.items[a], &c.items[b]
	if ia.full != ib.full {
		return ia.full
	}
	if len(ia.ids) != len(ib.ids) {
		return len(ia.ids) > len(ib.ids)
	}
	return a < b
}

// compatible reports whether two clusters can be one utterance. A source
// may print an utterance more than once (a headline's excerpt of the
// body's quotation) or in parts, but two full quotations of one source
// are two things said unless one holds the other, extraction linked
// them, or both stand whole inside the main version of another source
// (parts of one long remark quoted separately).
func (c *clusters) compatible(ri, rj int32) bool {
	m := c.betterMain(ri, rj)
	for _, a := range c.full[ri] {
		for _, b := range c.full[rj] {
			x, y := &c.items[a], &c.items[b]
			if x.source != y.source || x.utt == y.utt {
				continue
			}
			if len(x.ids) < len(y.ids) {
				x, y = y, x
			}
			if !containsSeq(x.ids, y.ids) && !(c.inside(x, m) && c.inside(y, m)) && !c.splitParts(a, b, m) {
				return false
			}
		}
	}
	return true
}

// splitParts reports whether items a and b of one source are consecutive
// quotations credited to one speaker that together stand, changed a
// little, in main item m of another source: one remark printed in two
// paragraphs ("She added: …") that another outlet printed whole.
func (c *clusters) splitParts(a, b, m int32) bool {
	if a > b {
		a, b = b, a
	}
	x, y, main := &c.items[a], &c.items[b], &c.items[m]
	if b-a != 1 || x.source != y.source || main.source == x.source || !x.agrees(y) {
		return false
	}
	al := align(append(slices.Clone(x.ids), y.ids...), main.ids, c.v)
	return al.weightedCoverage() >= conflictCoverage && al.density() >= conflictCoverage
}

// inside reports whether item x stands, nearly word for word, inside
// main item m of another source.
func (c *clusters) inside(x *item, m int32) bool {
	main := &c.items[m]
	if main.source == x.source || len(main.ids) <= len(x.ids) {
		return false
	}
	al := align(x.ids, main.ids, c.v)
	return al.weightedCoverage() >= lowInfoCoverage && al.density() >= lowInfoCoverage
}
