package align

import (
	"cmp"
	"slices"

	"github.com/quotecheck/quotecheck/quotes"
)

// unionFind joins quotations into utterances.
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

func (u unionFind) union(a, b int32) {
	ra, rb := u.find(a), u.find(b)
	if ra < rb {
		u[rb] = ra
	} else {
		u[ra] = rb
	}
}

// quoteItems makes the matcher's view of each quotation.
func quoteItems(qs []quotes.Quote) []item {
	items := make([]item, len(qs))
	for i, q := range qs {
		items[i] = item{words: normTokens(q.Text), source: q.Source, speaker: q.Speaker, context: q.Context}
	}
	return items
}

// groupQuotes decides which quotations are one utterance: pairs from
// different sources that the index proposes and the matching rule accepts
// are joined; a linked part that matched nothing stays with the other
// unmatched parts of its utterance. It gives each quotation's group
// number, numbered in order of first quotation.
func groupQuotes(qs []quotes.Quote) []int {
	items := quoteItems(qs)
	ix := newKeyIndex(items)
	uf := newUnionFind(len(qs))
	matched := make([]bool, len(qs))
	hits := map[int32]int{}
	for i := range items {
		for _, j := range ix.candidates(ix.keys[i], i, items[i].source, items, 2, hits) {
			if uf.find(int32(i)) == uf.find(j) {
				matched[i], matched[j] = true, true
				continue
			}
			if _, ok := matchItems(&items[i], &items[j]); ok {
				uf.union(int32(i), j)
				matched[i], matched[j] = true, true
			}
		}
	}
	linkUnmatched(qs, matched, uf)
	return numberGroups(uf)
}

// linkUnmatched keeps together the parts of one extracted utterance that
// matched nothing in other sources.
func linkUnmatched(qs []quotes.Quote, matched []bool, uf unionFind) {
	first := map[string]int32{}
	for i, q := range qs {
		if matched[i] || q.Utterance == "" {
			continue
		}
		key := q.Source + "\x00" + q.Utterance
		if j, ok := first[key]; ok {
			uf.union(j, int32(i))
		} else {
			first[key] = int32(i)
		}
	}
}

func numberGroups(uf unionFind) []int {
	num := map[int32]int{}
	out := make([]int, len(uf))
	for i := range uf {
		r := uf.find(int32(i))
		n, ok := num[r]
		if !ok {
			n = len(num)
			num[r] = n
		}
		out[i] = n
	}
	return out
}

// byPosition orders one source's quotations as they stand in the article.
func byPosition(qs []quotes.Quote, idx []int) {
	slices.SortStableFunc(idx, func(a, b int) int {
		qa, qb := &qs[a], &qs[b]
		return cmp.Or(cmp.Compare(qa.Start, qb.Start), cmp.Compare(qa.Offset, qb.Offset),
			cmp.Compare(qa.Line, qb.Line), cmp.Compare(qa.Column, qb.Column), cmp.Compare(a, b))
	})
}
