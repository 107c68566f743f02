package check

import (
	"slices"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

func TestParseSuppressions(t *testing.T) {
	tests := []struct {
		name, content string
		want          []int
	}{
		{"next line", "a\n<!-- quotecheck-disable-next-line -->\n\"b,\" she said.\nc\n", []int{3}},
		{"next non-blank line", "<!-- quotecheck-disable-next-line -->\n\n\"b,\" she said.\nc\n", []int{3}},
		{"same line", "\"a,\" she said. <!-- quotecheck-disable-line -->\nb\n", []int{1}},
		{"off and on", "a\n<!-- quotecheck off -->\nb\nc\n<!-- quotecheck on -->\nd\n", []int{2, 3, 4, 5}},
		{"disable and enable, any case", "<!--QuoteCheck-Disable-->\nb\n<!-- quotecheck-enable -->\nc\n", []int{1, 2, 3}},
		{"off to the end", "a\n<!-- quotecheck off -->\nb\n", []int{2, 3, 4}},
		{"not a directive", "<!-- quotecheck please -->\n<!-- other-disable-next-line -->\na\n", nil},
	}
	for _, tt := range tests {
		s := ParseSuppressions(tt.content)
		var got []int
		for n := 1; n <= 10; n++ {
			if s.Line(n) {
				got = append(got, n)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: suppressed lines %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSuppress(t *testing.T) {
	qs := []quotes.Quote{
		{ID: "d/q1", Path: "d.md", Line: 3, Utterance: "d/u1"},
		{ID: "d/q2", Path: "d.md", Line: 5, Utterance: "d/u1"}, // second part of an interrupted quotation
		{ID: "d/q3", Path: "d.md", Line: 7},
		{ID: "e/q1", Path: "e.md", Line: 3},
	}
	kept, n := Suppress(qs, map[string]Suppressions{"d.md": ParseSuppressions("\n<!-- quotecheck-disable-next-line -->\nx\n")})
	var ids []string
	for _, q := range kept {
		ids = append(ids, q.ID)
	}
	if n != 1 || !slices.Equal(ids, []string{"d/q3", "e/q1"}) {
		t.Errorf("kept %v, %d suppressed; want d/q3 e/q1 and 1", ids, n)
	}
}

// FuzzParseSuppressions: any content parses without panicking, and only
// lines the content has are suppressed.
func FuzzParseSuppressions(f *testing.F) {
	f.Add("a\n<!-- quotecheck-disable-next-line -->\nb\n")
	f.Add("<!-- quotecheck off -->\n<!-- QUOTECHECK ON --><!-- quotecheck-disable-line -->")
	f.Add("<!--quotecheck-disable-next-line-->")
	f.Fuzz(func(t *testing.T, content string) {
		s := ParseSuppressions(content)
		lines := strings.Count(content, "\n") + 1
		for n := range s.lines {
			if n < 1 || n > lines {
				t.Fatalf("line %d suppressed in content of %d lines", n, lines)
			}
		}
	})
}
