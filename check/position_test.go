package check

import (
	"testing"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

func TestPlaceDifferences(t *testing.T) {
	parts := []quotes.Quote{
		{Text: "We had the ball,", Line: 3, Column: 5},
		{Text: "but we never\nreally tested them.", Line: 3, Column: 40},
	}
	// joined: "We had the ball, … but we never\nreally tested them."
	tests := []struct {
		line, col         int
		wantLine, wantCol int
	}{
		{1, 1, 3, 5},   // first word
		{1, 8, 3, 12},  // "the" in the first part
		{1, 20, 3, 40}, // "but", first word of the second part
		{1, 27, 3, 47}, // "never"
		{2, 1, 4, 1},   // "really", after a line break inside the part
		{2, 8, 4, 8},   // "tested"
		{0, 0, 0, 0},   // no position given
		{9, 9, 4, 20},  // beyond the text: its end
	}
	for _, tt := range tests {
		got := placeDifferences(parts, []align.Difference{{Line: tt.line, Column: tt.col}}, nil)[0]
		if got.Line != tt.wantLine || got.Column != tt.wantCol {
			t.Errorf("%d:%d placed at %d:%d, want %d:%d", tt.line, tt.col, got.Line, got.Column, tt.wantLine, tt.wantCol)
		}
	}
}

func FuzzParseConfig(f *testing.F) {
	for _, s := range []string{
		"", "against: [a, b]\nfail_on: warning\nformat: json\n",
		"severities:\n  substituted-contraction: info\n  not-found: error\n",
		"ignore:\n  - path: '*.md'\n    text: '^x'\n    speaker: A\n    kind: reordered\n",
		"fragment_words: 3\n", "- a\n", "a: [\n", "severities: {a: b}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		cfg, err := ParseConfig(".quotecheck.yaml", []byte(data))
		if err == nil && cfg == nil {
			t.Fatal("nil config without error")
		}
		if err != nil && err.Error() == "" {
			t.Fatal("empty error")
		}
	})
}
