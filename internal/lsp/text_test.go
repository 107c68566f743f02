package lsp

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

func pos(line, char int) protocol.Position {
	return protocol.Position{Line: protocol.UInteger(line), Character: protocol.UInteger(char)}
}

func TestLinesPositionAndOffset(t *testing.T) {
	text := "a\u00e9b\n\U0001F600x\r\nlast"
	tests := []struct {
		off int
		pos protocol.Position
	}{
		{0, pos(0, 0)},
		{1, pos(0, 1)},  // é: two bytes, one unit
		{3, pos(0, 2)},  // b
		{5, pos(1, 0)},  // 😀: four bytes, two units
		{9, pos(1, 2)},  // x
		{10, pos(1, 3)}, // \r
		{12, pos(2, 0)},
		{16, pos(2, 4)}, // the end
	}
	l := newLines(text)
	for _, tt := range tests {
		if got := l.position(tt.off); got != tt.pos {
			t.Errorf("position(%d) = %+v, want %+v", tt.off, got, tt.pos)
		}
		if got := l.offset(tt.pos); got != tt.off {
			t.Errorf("offset(%+v) = %d, want %d", tt.pos, got, tt.off)
		}
	}
	for _, tt := range []struct {
		pos protocol.Position
		off int
	}{
		{pos(0, 99), 4}, // past the line's end: the end, before \n
		{pos(1, 1), 5},  // inside the surrogate pair: the character's start
		{pos(1, 9), 10}, // past the end of a \r\n line: before \r
		{pos(7, 0), 16}, // past the last line
	} {
		if got := l.offset(tt.pos); got != tt.off {
			t.Errorf("offset(%+v) = %d, want %d", tt.pos, got, tt.off)
		}
	}
}

func TestApplyChange(t *testing.T) {
	text := "\"Nobody told us\" \U0001F600 said Reyes.\n"
	r := protocol.Range{Start: pos(0, 20), End: pos(0, 24)} // "said", after the two-unit emoji
	got := applyChange(text, protocol.TextDocumentContentChangeEvent{Range: &r, Text: "told"})
	if want := "\"Nobody told us\" \U0001F600 told Reyes.\n"; got != want {
		t.Errorf("range edit: %q, want %q", got, want)
	}
	if got := applyChange(text, protocol.TextDocumentContentChangeEventWhole{Text: "new"}); got != "new" {
		t.Errorf("whole text: %q", got)
	}
}

// FuzzLines checks that an offset at a character's start survives the
// trip to an LSP position and back.
func FuzzLines(f *testing.F) {
	f.Add("a\u00e9b\n\U0001F600x\r\nlast", 5)
	f.Add("", 0)
	f.Fuzz(func(t *testing.T, text string, off int) {
		if off < 0 || off > len(text) || !utf8.ValidString(text) || (off < len(text) && !utf8.RuneStart(text[off])) {
			return
		}
		if off > 0 && text[off-1] == '\r' && off < len(text) && text[off] == '\n' {
			return // between \r and \n: the line's end, which is before \r
		}
		l := newLines(text)
		if got := l.offset(l.position(off)); got != off {
			t.Errorf("offset(position(%d)) = %d in %q", off, got, text)
		}
	})
}

// Wire files under the server's working directory are named relative to
// it, as `quotecheck check` names them; others keep their full path.
func TestRelative(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		filepath.Join(wd, ".quotecheck.yaml"):             ".quotecheck.yaml",
		filepath.Join(wd, "briefing", ".quotecheck.yaml"): filepath.Join("briefing", ".quotecheck.yaml"),
		filepath.Join(filepath.Dir(wd), "x.yaml"):         filepath.Join(filepath.Dir(wd), "x.yaml"),
		filepath.Join(wd, "..x", "y.yaml"):                filepath.Join("..x", "y.yaml"),
	} {
		if got := relative(in); got != want {
			t.Errorf("relative(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestURIPath(t *testing.T) {
	for uri, want := range map[string]string{
		"file:///home/ed/drafts/bridge.md":         "/home/ed/drafts/bridge.md",
		"file:///home/ed/my%20drafts/caf%C3%A9.md": "/home/ed/my drafts/café.md",
		"file:///C:/drafts/a.md":                   filepath.FromSlash("C:/drafts/a.md"),
		"untitled:Untitled-1":                      "",
		"https://example.com/wire/story.html":      "",
	} {
		if got := uriPath(protocol.DocumentUri(uri)); got != want {
			t.Errorf("uriPath(%q) = %q, want %q", uri, got, want)
		}
	}
}
