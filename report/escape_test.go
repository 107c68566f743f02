package report

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/check"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

func TestVisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain “text”", "plain “text”"},
		{"a\x1b]0;owned\x07b", "a␛]0;owned␇b"},
		{"line\r\nnext\tcol", "line␍␊next␉col"},
		{"del\x7f c1\u009b", "del␡ c1\uFFFD"},
	}
	for _, tt := range tests {
		if got := Visible(tt.in); got != tt.want {
			t.Errorf("Visible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := EscapePath("x\n::error title=a::100%.md\x1b"); got != "x%0A::error title=a::100%25.md␛" {
		t.Errorf("EscapePath = %q", got)
	}
}

func TestCSVCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1 555", "'+1 555"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'␉x"},
		{"\rx", "'␍x"},
		{"a = b", "a = b"},
		{"two\nlines\x1b", "two␊lines␛"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := CSVCell(tt.in); got != tt.want {
			t.Errorf("CSVCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestControlFilterSplitWrites: sequences split across writes are still
// recognised, in every mode.
func TestControlFilterSplitWrites(t *testing.T) {
	in := "ok \x1b[31mred\x1b[0m \x1b]2;title\x07 c1:\u0085 é\r\n"
	want := map[escMode]string{
		escText:  "ok ␛[31mred␛[0m ␛]2;title␇ c1:\uFFFD é␍\n",
		escColor: "ok \x1b[31mred\x1b[0m ␛]2;title␇ c1:\uFFFD é␍\n",
		escJSON:  "ok \x1b[31mred\x1b[0m \x1b]2;title\x07 c1:\\u0085 é\r\n",
		escHTML:  "ok ␛[31mred␛[0m ␛]2;title␇ c1:&#x85; é␍\n",
	}
	for mode, w := range want {
		for split := range len(in) {
			var buf bytes.Buffer
			f := newControlFilter(&buf, mode)
			f.Write([]byte(in[:split]))
			f.Write([]byte(in[split:]))
			f.Flush()
			if buf.String() != w {
				t.Fatalf("mode %d split at %d: got %q, want %q", mode, split, buf.String(), w)
			}
		}
	}
}

// hostile is an extraction whose path and text carry terminal escapes, a
// forged workflow command and a spreadsheet formula.
func hostile() *Extract {
	path := "x\n::error title=pwned::y.txt"
	src := &sources.Source{ID: "x", Path: path, Outlet: "out\x1b[2J", Format: "text"}
	q := quotes.Quote{ID: "x/q1", Source: "x", Path: path, Text: "=cmd|' /C calc'!A0 \x1b]0;title\x07 \u009b2J", Speaker: "@Ann", Line: 1, Column: 1}
	return &Extract{Sources: []*sources.Source{src}, Quotes: []quotes.Quote{q}}
}

// rawControls lists the control characters in out other than newline and tab.
func rawControls(out string) []rune {
	var bad []rune
	for _, r := range out {
		if isControl(r) && r != '\n' && r != '\t' {
			bad = append(bad, r)
		}
	}
	return bad
}

// TestNoControlCharactersInAnyFormat: whatever the path and text hold,
// no format prints a raw control character or a forged line.
func TestNoControlCharactersInAnyFormat(t *testing.T) {
	for _, format := range ExtractFormats() {
		var buf bytes.Buffer
		if err := WriteExtract(&buf, format, hostile(), Options{}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if bad := rawControls(out); len(bad) > 0 {
			t.Errorf("extract %s: raw control characters %q", format, bad)
		}
		if strings.Contains(out, "\n::error") {
			t.Errorf("extract %s: a line starts a workflow command", format)
		}
		if format == "csv" && (!strings.Contains(out, ",'=cmd|' /C calc'!A0") || !strings.Contains(out, "'@Ann")) {
			t.Errorf("csv: formula cells not neutralised:\n%s", out)
		}
		if format == "json" || format == "jsonl" {
			dec := json.NewDecoder(strings.NewReader(out))
			for dec.More() {
				var v any
				if err := dec.Decode(&v); err != nil {
					t.Errorf("%s: not valid JSON after escaping: %v", format, err)
					break
				}
			}
			if !strings.Contains(out, `\u009b2J`) {
				t.Errorf("%s: C1 control not written as an escape", format)
			}
		}
	}
	x := hostile()
	us := []align.Utterance{{ID: "u1", Canonical: x.Quotes[0].Text, Versions: []align.Version{{Quote: "x/q1", Quotes: []string{"x/q1"}, Source: "x", Text: x.Quotes[0].Text, Inline: x.Quotes[0].Text + " [+a\x1b[0m+]"}}}}
	for _, format := range DiffFormats() {
		for _, color := range []bool{false, true} {
			var buf bytes.Buffer
			d := &Diff{Sources: x.Sources, Quotes: x.Quotes, Utterances: us}
			if err := WriteDiff(&buf, format, d, Options{Color: color}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if color && format == "table" {
				out = strings.NewReplacer("\x1b[31;9m", "", "\x1b[32;4m", "", "\x1b[0m", "").Replace(out)
			}
			if bad := rawControls(out); len(bad) > 0 {
				t.Errorf("diff %s (colour %v): raw control characters %q", format, color, bad)
			}
		}
	}
}

// TestCheckLinePathEscaped: a path with a line break cannot forge a line
// (or a GitHub annotation) in check's line and github output.
func TestCheckLinePathEscaped(t *testing.T) {
	c := &Check{Findings: []check.Finding{{Path: "a\n::error file=x::forged\x1b[2J.md", Line: 1, Column: 1,
		Status: check.StatusNotFound, Severity: align.Warning, Message: "not found\n::error::x"}}}
	for _, format := range []string{"line", "github", "table"} {
		var buf bytes.Buffer
		if err := WriteCheck(&buf, format, c, CheckOptions{}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if strings.Contains(out, "\n::error") || len(rawControls(out)) > 0 {
			t.Errorf("%s: forged line or raw control characters:\n%q", format, out)
		}
	}
}

// FuzzControlFilter checks that no text-mode output holds a raw control
// character but tab and newline, that JSON mode keeps valid JSON valid
// with the same value, and that where a write is split does not matter.
func FuzzControlFilter(f *testing.F) {
	f.Add("plain \x1b]0;t\x07 \u009b2J é", 3)
	f.Add("\xc2", 1)
	f.Fuzz(func(t *testing.T, s string, split int) {
		split = min(max(split, 0), len(s))
		for _, mode := range []escMode{escText, escColor, escHTML} {
			var whole, parts bytes.Buffer
			filtered(&whole, mode, func(w io.Writer) error { _, err := io.WriteString(w, s); return err })
			filtered(&parts, mode, func(w io.Writer) error {
				io.WriteString(w, s[:split])
				_, err := io.WriteString(w, s[split:])
				return err
			})
			if whole.String() != parts.String() {
				t.Fatalf("mode %d: split at %d changes the output", mode, split)
			}
			out := whole.String()
			if mode == escColor {
				out = stripSGR(out)
			}
			if bad := rawControls(out); len(bad) > 0 {
				t.Fatalf("mode %d: raw controls %q in %q", mode, bad, out)
			}
		}
		js, _ := json.Marshal(s)
		var buf bytes.Buffer
		filtered(&buf, escJSON, func(w io.Writer) error { _, err := w.Write(js); return err })
		var back, want string
		json.Unmarshal(js, &want)
		if err := json.Unmarshal(buf.Bytes(), &back); err != nil || back != want {
			t.Fatalf("JSON %q became %q (%v)", js, buf.String(), err)
		}
	})
}

// stripSGR removes SGR sequences (which colour mode lets through).
func stripSGR(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			if n, _ := sgrLen([]byte(s[i:])); n > 0 {
				i += n
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// TestHTMLAssetsHaveNoControls: the HTML filter would change a control
// character in the page's own script or style, and the script's CSP hash
// would no longer match.
func TestHTMLAssetsHaveNoControls(t *testing.T) {
	if bad := rawControls(htmlJS + htmlCSS); len(bad) > 0 {
		t.Errorf("report.js or report.css holds control characters %q", bad)
	}
}
