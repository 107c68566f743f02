package align

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// TestBlockingStageByStage checks that blocking a corpus a stage at a
// time, as the Beam pipeline does (each quotation under its Keys, Links
// within each key's group in corpus order, the links' Forest passed
// between workers as JSON), gives the blocks Blocks gives the whole set.
func TestBlockingStageByStage(t *testing.T) {
	_, qs := blockedCorpus(t)
	st := CountStats(qs)
	st.BlockFrom = 1
	b := st.Blocking()
	if !b.Splits() {
		t.Fatal("BlockFrom 1: the corpus is not split")
	}
	groups := map[uint64][]quotes.Quote{}
	var keys []uint64
	for i := range qs {
		for _, k := range b.Keys(&qs[i]) {
			if groups[k] == nil {
				keys = append(keys, k)
			}
			groups[k] = append(groups[k], qs[i])
		}
	}
	halves := [2]Forest{NewForest(), NewForest()}
	for n, k := range keys {
		for _, l := range b.Links(groups[k]) {
			halves[n%2].Join(l[0], l[1])
		}
	}
	enc, err := json.Marshal(halves[1])
	if err != nil {
		t.Fatal(err)
	}
	var other Forest
	if err := json.Unmarshal(enc, &other); err != nil {
		t.Fatal(err)
	}
	halves[0].Add(other)
	got, want := halves[0].numbers(qs), b.Blocks(qs)
	if !slices.Equal(got, want) {
		t.Errorf("stage by stage: %d blocks %v\nwhole set: %d blocks %v", slices.Max(got)+1, got, slices.Max(want)+1, want)
	}
	if slices.Max(want) < 6 {
		t.Errorf("%d blocks for 12 stories", slices.Max(want)+1)
	}
}

// TestForestNamesBlockBySmallestID checks that a block's name does not
// depend on the order of its links.
func TestForestNamesBlockBySmallestID(t *testing.T) {
	for _, links := range [][][2]string{
		{{"c", "b"}, {"d", "a"}, {"b", "d"}},
		{{"b", "d"}, {"a", "d"}, {"c", "b"}},
	} {
		f := NewForest()
		for _, l := range links {
			f.Join(l[0], l[1])
		}
		for _, s := range []string{"a", "b", "c", "d"} {
			if r := f.Block(s); r != "a" {
				t.Errorf("links %v: block of %s is %q, want a", links, s, r)
			}
		}
		if r := f.Block("e"); r != "e" {
			t.Errorf("unlinked e: block %q", r)
		}
	}
}
