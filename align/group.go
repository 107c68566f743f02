package align

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"unicode"

	"github.com/quotecheck/quotecheck/quotes"
)

// unionFind joins items into utterances.
type unionFind []int32

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = int32(i)
	}
	return u
}

func (u unionFind) find(i int32) int32 {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// quoteItems makes the matcher's view of quotations, weighted by a
// vocabulary of the whole set. With join, the parts of each extracted utterance (quotations of
// one source with one Utterance) make one item; without, each quotation is
// an item. It gives the items and each quotation's item.
func quoteItems(qs []quotes.Quote, join bool) ([]item, []int32, *vocab) {
	return quoteItemsWith(qs, join, nil)
}

// wordsChunk is how many quotations eachWords tokenises at once.
const wordsChunk = 4096

// eachWords gives f the words of the quotations, as the matcher compares
// them, a chunk at a time in order: lo is the index of the chunk's first
// quotation. Each chunk is tokenised in parallel, and no more than one
// chunk's words are held at once.
func eachWords(qs []quotes.Quote, f func(lo int, words [][]string)) {
	words := make([][]string, min(wordsChunk, len(qs)))
	for lo := 0; lo < len(qs); lo += wordsChunk {
		ws := words[:min(wordsChunk, len(qs)-lo)]
		parallel(len(ws), func(k int) { ws[k] = matchTokens(qs[lo+k].Text) })
		f(lo, ws)
		clear(ws)
	}
}

// quoteItemsWith is quoteItems weighing words by st when it is not nil.
func quoteItemsWith(qs []quotes.Quote, join bool, st *Stats) ([]item, []int32, *vocab) {
	var items []item
	var itemOf []int32
	v := newVocab()
	if join {
		items, itemOf = joinedItems(qs, v)
	} else {
		items, itemOf = singleItems(qs, v, nil)
	}
	if st != nil {
		v.finishWith(st)
	} else {
		v.finish()
	}
	return items, itemOf, v
}

// singleItems makes one item of each quotation, numbering its words in v
// as they are read, so that the words of a large set are never all held.
// When seen is not nil, it is given each chunk of words (see eachWords)
// too, before they are dropped.
func singleItems(qs []quotes.Quote, v *vocab, seen func(lo int, words [][]string)) ([]item, []int32) {
	items, itemOf := make([]item, len(qs)), make([]int32, len(qs))
	utt := uttNumbers{}
	eachWords(qs, func(lo int, words [][]string) {
		if seen != nil {
			seen(lo, words)
		}
		for k, ws := range words {
			i, q := lo+k, &qs[lo+k]
			u := utt.of(q)
			it := newItem(ws, q.Source, personOf(q), q.Context, q.Kind == quotes.KindFragment)
			it.utt, it.continues = u, continuesSentence(q.Text)
			it.org = orgOf(q)
			it.orgK = quotes.SpeakerKey(it.org)
			it.setIDs(v.add(ws))
			it.words = nil // the matcher compares word numbers
			items[i], itemOf[i] = it, int32(i)
		}
	})
	return items, itemOf
}

// uttNumbers numbers the extracted utterances (quotations of one source
// with one Utterance) in the order their first quotations come.
type uttNumbers map[string]int32

// of gives the number of q's utterance.
func (n uttNumbers) of(q *quotes.Quote) int32 {
	key := q.Source + "\x00" + cmp.Or(q.Utterance, q.ID)
	u, ok := n[key]
	if !ok {
		u = int32(len(n))
		n[key] = u
	}
	return u
}

// joinedItems makes one item of the parts of each extracted utterance
// (quotations of one source with one Utterance), numbering words in v.
func joinedItems(qs []quotes.Quote, v *vocab) ([]item, []int32) {
	var items []item
	itemOf := make([]int32, len(qs))
	utt := uttNumbers{}
	at := map[int32]int32{} // utterance -> item
	fragment, continues := []bool{}, []bool{}
	for i, q := range qs {
		u := utt.of(&q)
		n, ok := at[u]
		if !ok {
			n = int32(len(items))
			at[u] = n
			items = append(items, item{source: q.Source, utt: u})
			fragment, continues = append(fragment, true), append(continues, false)
		}
		itemOf[i] = n
		it := &items[n]
		it.words = append(it.words, matchTokens(q.Text)...)
		it.speaker, it.context = cmp.Or(it.speaker, personOf(&q)), cmp.Or(it.context, q.Context)
		it.org = cmp.Or(it.org, orgOf(&q))
		fragment[n] = fragment[n] && q.Kind == quotes.KindFragment
		continues[n] = continuesSentence(q.Text)
	}
	for n := range items {
		it := &items[n]
		u, org := it.utt, it.org
		*it = newItem(it.words, it.source, it.speaker, it.context, fragment[n])
		it.utt, it.continues, it.org, it.orgK = u, continues[n], org, quotes.SpeakerKey(org)
		it.setIDs(v.add(it.words))
		it.words = nil
	}
	return items, itemOf
}

// groupQuotes decides which quotations are one utterance and gives each
// quotation's group number, numbered in order of first quotation. The
// quotations are split into blocks (see Blocks), aligned block by block
// in parallel with the counts of the whole set.
func groupQuotes(qs []quotes.Quote) []int {
	st := CountStats(qs)
	blockOf := sourceBlocks(qs, st)
	st.Keys = nil // only blocking reads the word pairs
	var members [][]int
	for i, b := range blockOf {
		if b == len(members) {
			members = append(members, nil)
		}
		members[b] = append(members[b], i)
	}
	first := make([]int32, len(qs)) // each quotation's group's first quotation
	eachBlock(len(members), func(b int) {
		idx := members[b]
		sub := make([]quotes.Quote, len(idx))
		for k, i := range idx {
			sub[k] = qs[i]
		}
		for k, g := range groupBlock(sub, st) {
			first[idx[k]] = int32(idx[g])
		}
	})
	return componentNumbers(first)
}

// groupBlock groups the quotations of one block, weighing words by st,
// and gives the index of each quotation's group's first quotation (a
// union-find forest of depth one).
//
// Quotations that the index proposes and the matching rule accepts are
// merged greedily, the best-matched pairs first, into clusters. A match
// only proposes a merge: the two clusters' main versions (their longest
// full quotations) must match each other too, and a cluster never takes
// two different full quotations from one source unless extraction linked
// them as parts of one utterance. So a chain of pairs that each share a
// phrase (A~B, B~C) cannot join two different utterances A and C
// through B. Parts of an utterance that matched nothing follow the parts
// that did.
func groupBlock(qs []quotes.Quote, st *Stats) unionFind {
	items, _, v := quoteItemsWith(qs, false, st)
	for i := range items {
		if items[i].ctx == nil { // tokenised once, not once a pair
			items[i].ctx = normTokens(items[i].context)
		}
	}
	pairs, stories := matchedPairs(items, v)
	cl := newClusters(items, v, stories)
	var loose []pair
	for _, p := range pairs {
		if items[p.i].full && items[p.j].full {
			cl.merge(p.i, p.j)
		} else {
			loose = append(loose, p)
		}
	}
	cl.mergeLoose(loose)
	cl.attachParts()
	cl.attachEchoes()
	cl.attachExcerpts()
	return firstMembers(cl.uf)
}

// eachBlock calls f(0..n-1), as many at once as there are processors.
func eachBlock(n int, f func(int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range next {
				f(b)
			}
		}()
	}
	for b := range n {
		next <- b
	}
	close(next)
	wg.Wait()
}

// pair is two items the matching rule accepts, with how well they match.
type pair struct {
	i, j     int32
	coverage float64 // weighted coverage of the shorter item
	weight   float64 // summed weight of the matched words
}

// matchedPairs gives the accepted pairs among each item's candidates,
// best first, and the sources known to cover one story. The candidates
// are checked in parallel. Pairs that weigh too little on their own are
// checked again once the stories are known.
func matchedPairs(items []item, v *vocab) ([]pair, stories) {
	cands := candidatePairs(items)
	ok := make([]bool, len(cands))
	low := make([]bool, len(cands))
	parallel(len(cands), func(k int) {
		p := &cands[k]
		al, accepted := matchItems(&items[p.i], &items[p.j], v)
		a, b := &items[p.i], &items[p.j]
		p.coverage, p.weight, ok[k] = al.weightedCoverage(), al.wMatched, accepted
		low[k] = !accepted && (lowInfo(al) || shortPair(a, b))
	})
	st := stories{}
	for k, p := range cands {
		if ok[k] && p.weight >= minInformative {
			st.link(&items[p.i], &items[p.j])
		}
	}
	parallel(len(cands), func(k int) {
		if p := &cands[k]; low[k] && st.linked(&items[p.i], &items[p.j]) {
			var al alignment
			al, ok[k] = matchWith(&items[p.i], &items[p.j], v, true)
			p.coverage, p.weight = al.weightedCoverage(), al.wMatched
		}
	})
	out := cands[:0]
	for k, p := range cands {
		if ok[k] {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b pair) int {
		return cmp.Or(cmp.Compare(b.coverage, a.coverage), cmp.Compare(b.weight, a.weight),
			cmp.Compare(a.i, b.i), cmp.Compare(a.j, b.j))
	})
	return out, st
}

// candidatePairs gives each pair of items that the index proposes, once.
// Items are looked up in parallel.
func candidatePairs(items []item) []pair {
	ix := newKeyIndex(items)
	found := make([][]int32, len(items))
	workers := min(runtime.GOMAXPROCS(0), max(len(items)/256, 1))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hc := newHitCounter(len(items))
			for i := w; i < len(items); i += workers {
				found[i] = ix.candidates(ix.keys[i], i, items[i].source, items, 2, hc)
			}
		}()
	}
	wg.Wait()
	var cands []pair
	seen := map[uint64]bool{}
	for i, js := range found {
		for _, j := range js {
			a, b := min(int32(i), j), max(int32(i), j)
			if k := uint64(a)<<32 | uint64(b); !seen[k] {
				seen[k] = true
				cands = append(cands, pair{i: a, j: b})
			}
		}
	}
	return cands
}

// stories records pairs of sources that cover one story: they have an
// utterance in common that an informative match found.
type stories map[[2]string]bool

func (st stories) link(a, b *item) {
	st[[2]string{min(a.source, b.source), max(a.source, b.source)}] = true
}

func (st stories) linked(a, b *item) bool {
	return st[[2]string{min(a.source, b.source), max(a.source, b.source)}]
}

// parallel calls f(0..n-1) on as many goroutines as there are processors.
func parallel(n int, f func(int)) {
	workers := min(runtime.GOMAXPROCS(0), max(n/64, 1))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := w; k < n; k += workers {
				f(k)
			}
		}()
	}
	wg.Wait()
}

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

// attachParts places the quotations that matched nothing. A part of an
// extracted utterance joins the cluster of the part before it when it
// carries on that part's sentence ("I absolutely," she said, "am
// rural."), and the cluster of any other part when its words stand,
// changed a little, in a full quotation of that cluster from another
// source: extraction's link is evidence enough to accept a weaker match.
// Other unmatched parts of one utterance stay together, apart from the
// parts that matched: a paragraph's next quotation by the same speaker
// is often another remark.
func (c *clusters) attachParts() {
	last := map[int32]int32{} // utterance -> its latest part so far
	parts := map[int32][]int32{}
	for i := range c.items {
		it := &c.items[i]
		parts[it.utt] = append(parts[it.utt], int32(i))
		p, ok := last[it.utt]
		last[it.utt] = int32(i)
		ri, rp := c.uf.find(int32(i)), c.uf.find(p)
		if ok && it.continues && ri != rp && (c.size[ri] == 1 || c.size[rp] == 1) && c.compatible(ri, rp) {
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

// byPosition orders one source's quotations as they stand in the article.
func byPosition(qs []quotes.Quote, idx []int) {
	slices.SortStableFunc(idx, func(a, b int) int {
		qa, qb := &qs[a], &qs[b]
		return cmp.Or(cmp.Compare(qa.Start, qb.Start), cmp.Compare(qa.Offset, qb.Offset),
			cmp.Compare(qa.Line, qb.Line), cmp.Compare(qa.Column, qb.Column), cmp.Compare(a, b))
	})
}
