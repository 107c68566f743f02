package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// canonicalByQuotes aligns the articles at paths (in that order) and maps
// each utterance, named by its sorted quotation IDs, to its canonical
// wording and the source giving it.
func canonicalByQuotes(t *testing.T, paths []string) map[string]string {
	t.Helper()
	srcs, errs := sources.Read(paths, sources.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var qs []quotes.Quote
	ex := quotes.NewExtractor()
	for _, s := range srcs {
		q, _ := ex.Extract(s)
		qs = append(qs, q...)
	}
	out := map[string]string{}
	for _, u := range Align(srcs, qs, Options{}) {
		ids := slices.Clone(u.Quotes)
		slices.Sort(ids)
		canon := ""
		for _, v := range u.Versions {
			if v.Canonical {
				canon = v.Source
			}
		}
		out[strings.Join(ids, " ")] = canon + ": " + u.Canonical
	}
	return out
}

// TestCanonicalIndependentOfInputOrder: the same files given in reverse
// order give every utterance the same canonical wording from the same
// source (ties are broken by date, then path, never by input order).
func TestCanonicalIndependentOfInputOrder(t *testing.T) {
	files, errs := sources.Files([]string{"../testdata/realistic"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	forward := canonicalByQuotes(t, files)
	slices.Reverse(files)
	backward := canonicalByQuotes(t, files)
	for k, want := range forward {
		if got, ok := backward[k]; !ok || got != want {
			t.Errorf("utterance %s:\n forward  %s\n reversed %s", k, want, got)
		}
	}
	if len(forward) != len(backward) || len(forward) < 40 {
		t.Errorf("%d utterances forward, %d reversed; want the same, at least 40", len(forward), len(backward))
	}
}
