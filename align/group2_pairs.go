package align

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
)

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
