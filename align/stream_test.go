package align

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/quotecheck/quotecheck/internal/corpus"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// blockedCorpus is a generated corpus for the tests that split it into
// blocks (Options blocked).
func blockedCorpus(t *testing.T) ([]*sources.Source, []quotes.Quote) {
	t.Helper()
	srcs, qs, _ := generatedCorpus(t, corpus.Config{Stories: 12, Outlets: 6, Seed: 5, Formats: []string{"text"}})
	return srcs, qs
}

// blocked splits any set into blocks.
var blocked = Options{BlockFrom: 1}

func TestAlignEachSameAsAlign(t *testing.T) {
	srcs, qs := blockedCorpus(t)
	want := Align(srcs, qs, blocked)
	var got []Utterance
	if err := AlignEach(srcs, qs, blocked, func(u *Utterance) error { got = append(got, *u); return nil }); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("AlignEach gave %d utterances unlike Align's %d", len(got), len(want))
	}
	stop := errors.New("stop")
	n := 0
	err := AlignEach(srcs, qs, blocked, func(*Utterance) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("emit error: got %v after %d utterances, want stop after 1", err, n)
	}
}

// TestBlocksAlignAlone checks that aligning each block alone, as the Beam
// pipeline does, gives the utterances of aligning the whole set, and that
// the blocks are the stories (each story's outlets in one block, no two
// stories together).
func TestBlocksAlignAlone(t *testing.T) {
	srcs, qs := blockedCorpus(t)
	whole := Align(srcs, qs, blocked)
	st := CountStats(qs)
	st.BlockFrom = 1
	blockOf := st.Blocking().Blocks(qs)
	story := func(q *quotes.Quote) string { return q.Source[:5] } // "00003-outlet"
	storyBlock := map[string]int{}
	for i := range qs {
		b, ok := storyBlock[story(&qs[i])]
		if ok && b != blockOf[i] {
			t.Errorf("%s: block %d, but its story's first quotation is in block %d", qs[i].ID, blockOf[i], b)
		}
		storyBlock[story(&qs[i])] = blockOf[i]
	}
	if n := slices.Max(blockOf) + 1; n != len(storyBlock) {
		t.Errorf("%d blocks for %d stories", n, len(storyBlock))
	}
	var pieced []Utterance
	for b := range slices.Max(blockOf) + 1 {
		var part []quotes.Quote
		for i := range qs {
			if blockOf[i] == b {
				part = append(part, qs[i])
			}
		}
		pieced = append(pieced, AlignBlock(srcs, part, st, blocked)...)
	}
	first := map[string]int{}
	for i := range qs {
		first[qs[i].ID] = i
	}
	slices.SortFunc(pieced, func(a, b Utterance) int { return first[a.Quotes[0]] - first[b.Quotes[0]] })
	for i := range pieced {
		pieced[i].ID = fmt.Sprintf("u%d", i+1)
	}
	if !reflect.DeepEqual(pieced, whole) {
		t.Errorf("blocks aligned alone: %d utterances, unlike the %d of the whole set", len(pieced), len(whole))
	}
}

// TestStrongMatchVerbatim checks that two outlets' near word-for-word
// copies of one person's long sentence of common words link their
// sources, though the one word they differ in outweighs the rest, while
// the same copies credited to different people, or a short run, do not.
func TestStrongMatchVerbatim(t *testing.T) {
	long := "I think the council will not %s every school in Milton by the end of the year"
	short := "the council will %s every school"
	tests := []struct {
		name       string
		text       string
		sa, sb     string
		wantLinked bool
	}{
		{"one person, long", long, "Ann Lee", "Ann Lee", true},
		{"two people, long", long, "Ann Lee", "Bo Chan", false},
		{"one unknown, long", long, "Ann Lee", "", false},
		{"one person, short", short, "Ann Lee", "Ann Lee", false},
	}
	for _, tt := range tests {
		items, v := testItems(fmt.Sprintf(tt.text, "rebuild"), fmt.Sprintf(tt.text, "reconstruct"))
		for id := range v.weight {
			v.weight[id] = 0.08 // common words, as in a large corpus
		}
		v.weight[v.ids["rebuild"]], v.weight[v.ids["reconstruct"]] = 1, 1
		items[0].credit(tt.sa)
		items[1].credit(tt.sb)
		if got := strongMatch(&items[0], &items[1], v); got != tt.wantLinked {
			t.Errorf("%s: strongMatch = %v, want %v", tt.name, got, tt.wantLinked)
		}
	}
}

// TestStrongMatchExcerpt checks that a few words of a longer remark, or a
// short remark, that two outlets print credited to different people (or
// one to nobody) do not link their sources, while a long remark printed
// whole does, whoever it is credited to: a story's outlets print its main
// remarks whole, but a stock phrase ("They keep calling it a 'reckless
// plan'") or a short line ("We are not ready.") stands in many stories.
func TestStrongMatchExcerpt(t *testing.T) {
	remark := "The harbour board wants to close the ferry pier at Dunmore before the winter storms arrive, and nobody asked the fishermen"
	excerpt := "close the ferry pier at Dunmore"
	short := "the ferry pier at Dunmore is unsafe"
	tests := []struct {
		name       string
		a, b       string
		sa, sb     string
		wantLinked bool
	}{
		{"excerpt, one person", remark, excerpt, "Ann Lee", "Ann Lee", true},
		{"excerpt, two people", remark, excerpt, "Ann Lee", "Bo Chan", false},
		{"excerpt, one unknown", remark, excerpt, "Ann Lee", "", false},
		{"short remark, one person", short, short, "Ann Lee", "Ann Lee", true},
		{"short remark, two people", short, short, "Ann Lee", "Bo Chan", false},
		{"short remark, one unknown", short, short, "Ann Lee", "", true},
		{"long remark, two people", remark, remark, "Ann Lee", "Bo Chan", true},
		{"long remark, one unknown", remark, remark, "", "Bo Chan", true},
	}
	for _, tt := range tests {
		items, v := testItems(tt.a, tt.b)
		for id := range v.weight {
			v.weight[id] = 1 // rare words: every match is informative
		}
		items[0].credit(tt.sa)
		items[1].credit(tt.sb)
		if got := strongMatch(&items[0], &items[1], v); got != tt.wantLinked {
			t.Errorf("%s: strongMatch = %v, want %v", tt.name, got, tt.wantLinked)
		}
	}
}
