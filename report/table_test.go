package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

func TestWrapWords(t *testing.T) {
	red, off := "\x1b[31m", "\x1b[0m"
	tests := []struct {
		line  string
		width int
		want  []string
	}{
		{"we will keep one lane open", 10, []string{"we will", "keep one", "lane open"}},
		{"a harbourmaster spoke", 6, []string{"a", "harbou", "rmaste", "r", "spoke"}},
		// a colour open at a break is closed there and opened again
		{"keep " + red + "[-one lane-]" + off + " open", 10, []string{"keep " + red + "[-one" + off, red + "lane-]" + off, "open"}},
		{"", 5, []string{""}},
		// a word too wide for the column breaks at its marks' edges first
		{"[-No-][+Nope+].", 13, []string{"[-No-]", "[+Nope+]."}},
		{"said [-No-][+Nope+], twice", 10, []string{"said", "[-No-]", "[+Nope+],", "twice"}},
		{"[+harbourmaster+]", 8, []string{"[+harbou", "rmaster+", "]"}},
	}
	for _, tt := range tests {
		got := wrapWords(tt.line, tt.width)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrapWords(%q, %d) = %q, want %q", tt.line, tt.width, got, tt.want)
		}
	}
}

// TestTableFits: a table wider than its width wraps the flexible column
// first, then cuts the widest other one, and never spills past it.
func TestTableFits(t *testing.T) {
	long := strings.Repeat("word ", 30)
	for _, width := range []int{40, 60, 80, 120} {
		var b bytes.Buffer
		tb := newTable(&b, width, 2)
		tb.Header("SOURCE", "WHERE", "WORDING")
		_ = tb.Append("coast-daily", "testdata/example/wire/coast-daily-2025-03-02.txt:5:2", long)
		_ = tb.Append("gazette", "a.txt:1:1", "short")
		if err := tb.Render(); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
			if w := twwidth.Width(line); w > width {
				t.Errorf("width %d: a line of %d: %s", width, w, line)
			}
		}
		if width >= 120 && !strings.Contains(b.String(), "coast-daily-2025-03-02.txt:5:2") {
			t.Errorf("width %d: the path was cut though the wording could wrap:\n%s", width, b.String())
		}
	}
	var b bytes.Buffer
	tb := newTable(&b, 120, 2)
	tb.Header("A", "B", "C")
	_ = tb.Append("x", "y", "fits as it is")
	_ = tb.Render()
	if !strings.Contains(b.String(), "│ fits as it is │") {
		t.Errorf("a narrow table was changed:\n%s", b.String())
	}
}
