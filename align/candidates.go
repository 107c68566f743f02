package align

import (
	"cmp"
	"slices"
)

// Limits that keep candidate search near-linear in the number of quotations.
const (
	// queryKeys is how many of a probe's rarest keys are looked up: rare
	// word pairs shared by two quotations are strong evidence, common ones
	// add cost and no information.
	queryKeys = 16

	// maxScan is the most postings read for one key, bounding the work of
	// a key that nearly every quotation has.
	maxScan = 256

	// maxCandidates is how many candidates, by shared keys, are verified
	// with a word alignment.
	maxCandidates = 12
)

// keyIndex is an inverted index from word keys (words, word pairs, and
// words qualified by the speaker's surname) to the items that have them.
type keyIndex struct {
	speakers map[string]uint64 // surname numbers, from 1
	postings map[uint64][]int32
	keys     [][]uint64 // each item's distinct keys
}

func mix(x uint64) uint64 { // splitmix64 finaliser
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// itemKeys gives the distinct keys of an item from its word numbers; a
// speaker not yet numbered (when add is false) gives no speaker keys.
func (ix *keyIndex) itemKeys(it *item, add bool) []uint64 {
	sp := uint64(0)
	if s := surname(it.speaker); s != "" {
		sp = ix.speakers[s]
		if sp == 0 && add {
			sp = uint64(len(ix.speakers) + 1)
			ix.speakers[s] = sp
		}
	}
	keys := make([]uint64, 0, 3*len(it.ids))
	for i, w := range it.ids {
		id := uint64(w)
		keys = append(keys, mix(id))
		if sp != 0 {
			keys = append(keys, mix(sp<<32^id^1<<62))
		}
		if i+1 < len(it.ids) {
			keys = append(keys, mix(id<<32^uint64(it.ids[i+1])^1<<63))
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

func newKeyIndex(items []item) *keyIndex {
	ix := &keyIndex{speakers: map[string]uint64{}, postings: map[uint64][]int32{}, keys: make([][]uint64, len(items))}
	for i := range items {
		ix.keys[i] = ix.itemKeys(&items[i], true)
		for _, k := range ix.keys[i] {
			ix.postings[k] = append(ix.postings[k], int32(i))
		}
	}
	return ix
}

// hitCounter counts, for one probe, how many of its keys each item
// shares; it is reused from probe to probe.
type hitCounter struct {
	hits    []int32 // by item
	touched []int32 // items with hits, in the order first hit
}

func newHitCounter(n int) *hitCounter { return &hitCounter{hits: make([]int32, n)} }

// candidates gives up to maxCandidates items sharing the most of keys'
// rarest entries (ties to the first indexed), excluding self and items of
// the probe's source. minDF is the least posting count a key needs to be
// worth looking up (2 for an indexed item, whose own posting is one).
func (ix *keyIndex) candidates(keys []uint64, self int, source string, items []item, minDF int, hc *hitCounter) []int32 {
	type use struct {
		n int
		p []int32
		k uint64
	}
	uses := make([]use, 0, len(keys))
	for _, k := range keys {
		if p := ix.postings[k]; len(p) >= minDF {
			uses = append(uses, use{len(p), p, k})
		}
	}
	slices.SortFunc(uses, func(a, b use) int { return cmp.Or(cmp.Compare(a.n, b.n), cmp.Compare(a.k, b.k)) })
	for _, u := range uses[:min(len(uses), queryKeys)] {
		for _, j := range u.p[:min(len(u.p), maxScan)] {
			if int(j) != self && items[j].source != source {
				if hc.hits[j] == 0 {
					hc.touched = append(hc.touched, j)
				}
				hc.hits[j]++
			}
		}
	}
	out := hc.best()
	for _, j := range hc.touched {
		hc.hits[j] = 0
	}
	hc.touched = hc.touched[:0]
	return out
}

// best gives up to maxCandidates touched items, most hits first, ties by
// index.
func (hc *hitCounter) best() []int32 {
	var count [queryKeys + 1]int
	for _, j := range hc.touched {
		count[hc.hits[j]]++
	}
	cut, taken := 0, 0 // items with more than cut hits all fit
	for h := queryKeys; h > 0; h-- {
		if taken+count[h] >= maxCandidates {
			cut = h
			break
		}
		taken += count[h]
	}
	var out, tied []int32
	for _, j := range hc.touched {
		switch h := int(hc.hits[j]); {
		case h > cut:
			out = append(out, j)
		case h == cut:
			tied = append(tied, j)
		}
	}
	slices.Sort(tied)
	out = append(out, tied[:min(len(tied), maxCandidates-len(out))]...)
	slices.SortFunc(out, func(a, b int32) int { return cmp.Or(cmp.Compare(hc.hits[b], hc.hits[a]), cmp.Compare(a, b)) })
	return out
}
