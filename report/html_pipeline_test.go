package report

import (
	"path/filepath"
	"testing"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// seedsDiff runs the real pipeline — read, extract, align — over the seed
// articles and the hostile articles, as `quotecheck diff` does.
func seedsDiff(t *testing.T) *Diff {
	t.Helper()
	paths := []string{filepath.Join("..", "testdata", "seeds"), filepath.Join("..", "testdata", "html")}
	srcs, errs := sources.Read(paths, sources.Options{})
	for _, err := range errs {
		t.Errorf("reading articles: %v", err)
	}
	if len(srcs) == 0 {
		t.Fatal("no articles read from testdata/seeds and testdata/html")
	}
	d := &Diff{Sources: srcs}
	ex := quotes.NewExtractor()
	for _, s := range srcs {
		qs, ws := ex.Extract(s)
		d.Quotes = append(d.Quotes, qs...)
		d.Warnings = append(d.Warnings, ws...)
	}
	d.Utterances = align.Align(srcs, d.Quotes, align.Options{})
	return d
}
