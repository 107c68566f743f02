package sources

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// rawPosition computes, straight from a UTF-8 file's bytes, the position
// of byte off: line, column in characters, and offset. A byte order mark
// is not a character.
func rawPosition(raw []byte, off int) Position {
	start := bytes.LastIndexByte(raw[:off], '\n') + 1
	if start == 0 && bytes.HasPrefix(raw, []byte("\uFEFF")) {
		start = 3
	}
	return Position{Line: bytes.Count(raw[:off], []byte("\n")) + 1, Column: utf8.RuneCount(raw[start:off]) + 1, Offset: off}
}

func loadOne(t *testing.T, path string) (*Source, []byte) {
	t.Helper()
	srcs, err := Load(path, Options{})
	if err = errorsOnly(err); err != nil || len(srcs) != 1 {
		t.Fatalf("Load(%s): %v, %d sources", path, err, len(srcs))
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return srcs[0], raw
}

// TestLocateUTF8 checks that Locate gives the place of a phrase in UTF-8
// files, after the date field, front matter and a byte order mark.
func TestLocateUTF8(t *testing.T) {
	tests := []struct{ file, phrase string }{
		{"../seeds/001_df291eccda40f15d.txt", "I’ve just thought"},
		{"../seeds/001_df291eccda40f15d.txt", "Russian President Vladimir"},
		{"../seeds/001_df291eccda40f15d.txt", "pay a price"},
		{"../seeds/003_88a0712b4601f253.txt", "Putin cannot continue"},
		{"../seeds/000_6eba9530498a183b.txt", "quite busy"},
		{"story.md", `"The president is quite busy,"`},
		{"story.md", "Friday declined"},
		{"bom.txt", "BOM headline"},
		{"bom.txt", "Quoted words"},
	}
	for _, tt := range tests {
		s, raw := loadOne(t, fixture(tt.file))
		off := strings.Index(s.Text, tt.phrase)
		rawOff := bytes.Index(raw, []byte(tt.phrase))
		if off < 0 || rawOff < 0 {
			t.Fatalf("%s: %q not found", tt.file, tt.phrase)
		}
		if got, want := s.Locate(off), rawPosition(raw, rawOff); got != want {
			t.Errorf("%s: Locate(%q) = %+v, want %+v", tt.file, tt.phrase, got, want)
		}
	}
}

func TestLocateSeedKnown(t *testing.T) {
	s, _ := loadOne(t, "../testdata/seeds/001_df291eccda40f15d.txt")
	got := s.Locate(strings.Index(s.Text, "I’ve just thought"))
	// The quotation opens line 3 after its straight double quote.
	if got.Line != 3 || got.Column != 2 {
		t.Errorf("got %+v, want line 3 column 2", got)
	}
	if first := s.Locate(0); first.Line != 1 || first.Column != 18 || first.Offset != 17 {
		t.Errorf("start of text after the date field: got %+v, want 1:18 offset 17", first)
	}
}

func TestLocateFrontMatterTitle(t *testing.T) {
	s, _ := loadOne(t, fixture("story.md"))
	if got := s.Locate(0); got.Line != 3 || got.Column != 8 {
		t.Errorf("title: got %+v, want line 3 column 8", got)
	}
}

func TestLocateCP1252(t *testing.T) {
	s, raw := loadOne(t, fixture("cp1252.txt"))
	tests := []struct {
		text string
		raw  []byte
	}{
		{"“I’ve", []byte{0x93, 'I', 0x92}},
		{"just thought", []byte("just thought")},
		{"” in Moscow", []byte{0x94, ' ', 'i', 'n'}},
		{"Second line café", []byte("Second line caf\xe9")},
		{"é.", []byte{0xe9, '.'}},
	}
	for _, tt := range tests {
		off := bytes.Index(raw, tt.raw)
		start := bytes.LastIndexByte(raw[:off], '\n') + 1
		want := Position{Line: bytes.Count(raw[:off], []byte("\n")) + 1, Column: off - start + 1, Offset: off}
		if got := s.Locate(strings.Index(s.Text, tt.text)); got != want {
			t.Errorf("Locate(%q) = %+v, want %+v", tt.text, got, want)
		}
	}
}

func TestLocateUTF16(t *testing.T) {
	s, raw := loadOne(t, fixture("utf16.txt"))
	units := func(str string) []byte {
		var b []byte
		for _, u := range utf16.Encode([]rune(str)) {
			b = append(b, byte(u), byte(u>>8))
		}
		return b
	}
	tests := []struct {
		text      string
		line, col int
	}{
		{"“Hello", 1, 1}, {"he said", 1, 16}, {"Second", 2, 1}, {"line.", 2, 8},
	}
	for _, tt := range tests {
		want := Position{Line: tt.line, Column: tt.col, Offset: bytes.Index(raw, units(tt.text))}
		if got := s.Locate(strings.Index(s.Text, tt.text)); got != want {
			t.Errorf("Locate(%q) = %+v, want %+v", tt.text, got, want)
		}
	}
}

// TestLocateHTML checks that positions in an HTML page point at the
// quoted text in the page's markup.
func TestLocateHTML(t *testing.T) {
	s, raw := loadOne(t, fixture("page.html"))
	tests := []struct{ text, raw string }{
		{"I want to invite", "I want to invite"},
		{"“I want to invite", "&ldquo;I want to invite"},
		{"Russian President Vladimir", "Russian President Vladimir"},
		{`"quite busy"`, "&quot;quite busy&quot;"},
		{"“without delay”", "&ldquo;without delay"},
	}
	for _, tt := range tests {
		off := strings.Index(s.Text, tt.text)
		rawOff := bytes.Index(raw, []byte(tt.raw))
		if got, want := s.Locate(off), rawPosition(raw, rawOff); got != want {
			t.Errorf("Locate(%q) = %+v, want %+v", tt.text, got, want)
		}
	}
}

func TestLocateClamps(t *testing.T) {
	s, raw := loadOne(t, fixture("cp1252.txt"))
	for _, off := range []int{-5, len(s.Text), len(s.Text) + 100} {
		if p := s.Locate(off); p.Offset < 0 || p.Offset > len(raw) || p.Line < 1 || p.Column < 1 {
			t.Errorf("Locate(%d) = %+v, outside the file", off, p)
		}
	}
}

func TestIndexBodyTag(t *testing.T) {
	for _, tc := range []struct {
		page string
		want int
	}{
		{"<html><head></head><body><p>x</p>", 19},
		{"<HTML><BODY class=a>", 6},
		{"<title>İSTANBUL</title><Body>", 24}, // İ lower-cases to one byte: the offset is the page's
		{"<b>bold</b><bod", -1},
		{"no markup", -1},
	} {
		if got := indexBodyTag(tc.page); got != tc.want {
			t.Errorf("indexBodyTag(%q) = %d, want %d", tc.page, got, tc.want)
		}
	}
}

func TestCollapseSpace(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"one two", "one two"},
		{"  lead and trail ", "lead and trail"},
		{"a  b\tc\n\nd\r\fe", "a b c d e"},
		{"keep\u00a0no-break", "keep\u00a0no-break"},
		{"bad\xffbyte", "bad\ufffdbyte"},
		{" ", ""},
	} {
		if got := collapseSpace(tc.in); got != tc.want {
			t.Errorf("collapseSpace(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCountLeadBytes(t *testing.T) {
	s := "plain ASCII, then “curly” é ü 漢字 🙂 and bad \xff\xfe\x80\x80 bytes, ending in x"
	for i := 0; i <= len(s); i++ {
		for _, j := range []int{i, min(i+7, len(s)), min(i+8, len(s)), min(i+17, len(s)), len(s)} {
			want := 0
			for k := i; k < j; k++ {
				if s[k]&0xC0 != 0x80 {
					want++
				}
			}
			if got := countLeadBytes(s[i:j]); got != want {
				t.Fatalf("countLeadBytes(%q) = %d, want %d", s[i:j], got, want)
			}
		}
	}
}
