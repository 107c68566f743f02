package align

import (
	"cmp"
	"runtime"
	"slices"
	"sync"

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

// groupQuotes decides which quotations are one utterance and gives each
// quotation's group number, numbered in order of first quotation. The
// quotations are split into blocks (see Blocks), aligned block by block
// in parallel with the counts of the whole set.
func groupQuotes(qs []quotes.Quote, blockFrom int) []int {
	st := CountStats(qs)
	st.BlockFrom = blockFrom
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
//
// Each stage has a file, numbered in the order they run: the items
// (group1_items.go), candidate pairs judged by the matching rule
// (group2_pairs.go), merging full quotations (group3_merge.go), loose
// fragments and short phrases (group4_loose.go), the parts of one
// extracted utterance (group5_parts.go), echoes within one article
// (group6_echoes.go) and excerpts of other outlets' full quotations
// (group7_excerpts.go).
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

// byPosition orders one source's quotations as they stand in the article.
func byPosition(qs []quotes.Quote, idx []int) {
	slices.SortStableFunc(idx, func(a, b int) int {
		qa, qb := &qs[a], &qs[b]
		return cmp.Or(cmp.Compare(qa.Start, qb.Start), cmp.Compare(qa.Offset, qb.Offset),
			cmp.Compare(qa.Line, qb.Line), cmp.Compare(qa.Column, qb.Column), cmp.Compare(a, b))
	})
}
