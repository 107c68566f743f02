package check

import (
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// TestShortVerbatimExcerpt: one or two words of a source's quotation by
// the same speaker, quoted in a draft, are confirmed; by someone else, or
// not standing in it, they are not found.
func TestShortVerbatimExcerpt(t *testing.T) {
	wire := []quotes.Quote{{ID: "w/q1", Source: "w", Path: "w.txt", Line: 3, Column: 2,
		Text: "They were relentless. Absolutely relentless,", Speaker: "Omar Dale", Kind: quotes.KindUtterance}}
	tests := []struct {
		text, speaker, status string
	}{
		{"relentless.", "Omar Dale", StatusConfirmed},
		{"Absolutely relentless", "Dale", StatusConfirmed},
		{"relentless.", "Ann Cole", StatusNotFound},
		{"tireless.", "Omar Dale", StatusNotFound},
	}
	for _, tt := range tests {
		c := New(nil, wire)
		draft := []quotes.Quote{{ID: "d/q1", Source: "d", Path: "d.txt", Line: 1, Column: 5, Text: tt.text, Speaker: tt.speaker, Kind: quotes.KindFragment}}
		fs := c.Check(draft)
		if len(fs) != 1 || fs[0].Status != tt.status {
			t.Errorf("%q by %s: %+v, want %s", tt.text, tt.speaker, fs, tt.status)
		}
	}
}

// check folds words as align compares them (align.Words): one
// normalisation, so a modifier-letter apostrophe (U+02BC) is an
// apostrophe here as in the diff, and a decimal stays one word.
func TestNormalizeIsAlignWords(t *testing.T) {
	for _, tt := range []struct{ a, b string }{
		{"We\u02bcre ready", "we're ready"},
		{"“Rates rose 3.5 percent”", "rates rose 3.5 percent"},
	} {
		if got, want := Normalize(tt.a), Normalize(tt.b); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.a, got, want)
		}
	}
}
