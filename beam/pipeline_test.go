package beam

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/internal/corpus"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// TestMain runs the pipelines on Beam's local prism runner (--runner
// chooses another).
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// commandUtterances aligns files as `quotecheck diff` does: every article
// read and extracted in order, then aligned.
// It gives the utterances and the number of blocks.
func commandUtterances(t *testing.T, files, ids []string) ([]align.Utterance, int) {
	t.Helper()
	var srcs []*sources.Source
	var qs []quotes.Quote
	ex := quotes.NewExtractor()
	for i, f := range files {
		ss, err := sources.Load(f, sources.Options{})
		if err != nil {
			t.Fatal(err)
		}
		sources.Name(ss, ids[i])
		for _, s := range ss {
			q, _ := ex.Extract(s)
			srcs, qs = append(srcs, s), append(qs, q...)
		}
	}
	var out []align.Utterance
	if err := align.AlignEach(srcs, qs, blocked, func(u *align.Utterance) error { out = append(out, *u); return nil }); err != nil {
		t.Fatal(err)
	}
	st := align.CountStats(qs)
	st.BlockFrom = blocked.BlockFrom
	return out, slices.Max(st.Blocking().Blocks(qs)) + 1
}

// blocked lowers blocking so that a small corpus is split into blocks.
var blocked = align.Options{BlockFrom: 1}

// TestPipelineMatchesDiff runs the pipeline on a generated corpus with
// prism, blocking lowered so that the corpus is split into
// blocks, and checks that it finds the utterances the command finds.
func TestPipelineMatchesDiff(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Write(dir, corpus.Config{Stories: 6, Outlets: 5, Seed: 3, Formats: []string{"text", "html", "markdown"}}); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "0*"))
	if err != nil || len(files) != 30 {
		t.Fatalf("%d articles (%v), want 30", len(files), err)
	}
	slices.Sort(files)
	ids := sources.FileIDs(files)
	want, nblocks := commandUtterances(t, files, ids)

	p, s := beam.NewPipelineWithRoot()
	var in []File
	for i, f := range files {
		in = append(in, File{Path: f, ID: ids[i], Order: i})
	}
	out := filepath.Join(t.TempDir(), "utterances.jsonl")
	Write(s, out, Utterances(s, Articles(s, in), blocked))
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	got := readUtterances(t, out)
	blocks := map[string]bool{}
	for _, u := range got {
		blocks[u.ID[:strings.LastIndexByte(u.ID, '/')+1]] = true
	}
	first := map[string]int{}
	for i, u := range want {
		for _, q := range u.Quotes {
			first[q] = i
		}
	}
	slices.SortFunc(got, func(a, b align.Utterance) int { return first[a.Quotes[0]] - first[b.Quotes[0]] })
	for i := range got {
		got[i].ID = "u" + strconv.Itoa(i+1)
	}
	if len(blocks) != nblocks || nblocks < 6 {
		t.Errorf("pipeline: %d blocks; command: %d (6 stories)", len(blocks), nblocks)
	}
	if len(got) < 12 || !reflect.DeepEqual(got, want) {
		t.Errorf("pipeline: %d utterances; command: %d, not the same", len(got), len(want))
	}
}

func readUtterances(t *testing.T, path string) []align.Utterance {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out []align.Utterance
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var u align.Utterance
		if err := json.Unmarshal(sc.Bytes(), &u); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, u)
	}
	return out
}
