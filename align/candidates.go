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
	vocab    map[string]uint64
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

// itemKeys gives the distinct keys of an item; words missing from the
// vocabulary (when add is false) give no keys.
func (ix *keyIndex) itemKeys(it *item, add bool) []uint64 {
	ids := make([]uint64, len(it.words))
	for i, w := range it.words {
		ids[i] = ix.word(w, add)
	}
	sp := uint64(0)
	if s := surname(it.speaker); s != "" {
		sp = ix.word("\x00"+s, add)
	}
	keys := make([]uint64, 0, 3*len(ids))
	for i, id := range ids {
		if id == 0 {
			continue
		}
		keys = append(keys, mix(id))
		if sp != 0 {
			keys = append(keys, mix(sp<<32^id^1<<62))
		}
		if i+1 < len(ids) && ids[i+1] != 0 {
			keys = append(keys, mix(id<<32^ids[i+1]^1<<63))
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// word gives a word's number (from 1); 0 when unknown and not added.
func (ix *keyIndex) word(w string, add bool) uint64 {
	id, ok := ix.vocab[w]
	if !ok && add {
		id = uint64(len(ix.vocab) + 1)
		ix.vocab[w] = id
	}
	return id
}

func newKeyIndex(items []item) *keyIndex {
	ix := &keyIndex{vocab: map[string]uint64{}, postings: map[uint64][]int32{}, keys: make([][]uint64, len(items))}
	for i := range items {
		ix.keys[i] = ix.itemKeys(&items[i], true)
		for _, k := range ix.keys[i] {
			ix.postings[k] = append(ix.postings[k], int32(i))
		}
	}
	return ix
}

// candidates gives up to maxCandidates items sharing the most of keys'
// rarest entries, excluding self and items of the probe's source. minDF
// is the least posting count a key needs to be worth looking up (2 for an
// indexed item, whose own posting is one).
func (ix *keyIndex) candidates(keys []uint64, self int, source string, items []item, minDF int, hits map[int32]int) []int32 {
	clear(hits)
	use := make([]uint64, 0, len(keys))
	for _, k := range keys {
		if len(ix.postings[k]) >= minDF {
			use = append(use, k)
		}
	}
	slices.SortFunc(use, func(a, b uint64) int {
		return cmp.Or(cmp.Compare(len(ix.postings[a]), len(ix.postings[b])), cmp.Compare(a, b))
	})
	for _, k := range use[:min(len(use), queryKeys)] {
		p := ix.postings[k]
		for _, j := range p[:min(len(p), maxScan)] {
			if int(j) != self && items[j].source != source {
				hits[j]++
			}
		}
	}
	out := make([]int32, 0, len(hits))
	for j := range hits {
		out = append(out, j)
	}
	slices.SortFunc(out, func(a, b int32) int {
		return cmp.Or(cmp.Compare(hits[b], hits[a]), cmp.Compare(a, b))
	})
	return out[:min(len(out), maxCandidates)]
}
