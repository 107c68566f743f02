package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/sources"
)

// loadFixture reads one article of testdata/quotes as the command reads
// it, failing the test (and giving nil) when it is not one article.
func loadFixture(t *testing.T, path string) *sources.Source {
	t.Helper()
	srcs, err := sources.Load(path, sources.Options{})
	if len(srcs) != 1 {
		t.Errorf("%s: %d sources, %v", path, len(srcs), err)
		return nil
	}
	sources.Assign(srcs)
	return srcs[0]
}

// TestFixtureScore scores extraction on the articles of testdata/quotes
// that have a .want file: one expected quotation a line, its kind, a tab
// and its text exactly as between its marks. It logs quotation recall and
// precision (exact text, per article) and kind accuracy, and fails on any
// miss, extra quotation or wrong kind:
//
//	go test ./quotes -run TestFixtureScore -v
func TestFixtureScore(t *testing.T) {
	wants, err := filepath.Glob("../testdata/quotes/*.want")
	if err != nil || len(wants) == 0 {
		t.Fatalf("no .want files in testdata/quotes: %v", err)
	}
	ex := NewExtractor()
	var gold, found, hit, kind int
	for _, w := range wants {
		b, err := os.ReadFile(w)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string][]string{} // text: kinds
		for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
			k, text, ok := strings.Cut(line, "\t")
			if !ok {
				t.Fatalf("%s: line %q has no tab", w, line)
			}
			want[text] = append(want[text], k)
			gold++
		}
		var qs []Quote
		if src := loadFixture(t, strings.TrimSuffix(w, ".want")+".txt"); src != nil {
			qs, _ = ex.Extract(src)
		}
		found += len(qs)
		for _, q := range qs {
			ks := want[q.Text]
			if len(ks) == 0 {
				t.Errorf("%s: extra quotation %q (%s)", filepath.Base(w), q.Text, q.Kind)
				continue
			}
			hit++
			if ks[0] == q.Kind {
				kind++
			} else {
				t.Errorf("%s: %q is %s, want %s", filepath.Base(w), q.Text, q.Kind, ks[0])
			}
			want[q.Text] = ks[1:]
		}
		for text, ks := range want {
			for range ks {
				t.Errorf("%s: missed %q", filepath.Base(w), text)
			}
		}
	}
	t.Logf("quotation recall %.2f (%d of %d), precision %.2f (%d of %d), kind accuracy %.2f (%d of %d)",
		ratio(hit, gold), hit, gold, ratio(hit, found), hit, found, ratio(kind, hit), kind, hit)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
