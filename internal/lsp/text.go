package lsp

import (
	"sort"
	"unicode/utf8"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

// lines maps between byte offsets of a document's text and LSP positions,
// whose character counts UTF-16 code units within a line.
type lines struct {
	text   string
	starts []int // byte offset of each line's first byte
}

func newLines(text string) *lines {
	l := &lines{text: text, starts: []int{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			l.starts = append(l.starts, i+1)
		}
	}
	return l
}

// position gives the LSP position of byte offset off (clamped to the text).
func (l *lines) position(off int) protocol.Position {
	off = min(max(off, 0), len(l.text))
	n := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	units := 0
	for _, r := range l.text[l.starts[n]:off] {
		units += utf16Len(r)
	}
	return protocol.Position{Line: protocol.UInteger(n), Character: protocol.UInteger(units)}
}

// offset gives the byte offset of an LSP position. A character past the
// end of its line means the line's end, a line past the last means the
// text's end, and a position inside a surrogate pair the character's
// start, as the protocol asks.
func (l *lines) offset(p protocol.Position) int {
	if int(p.Line) >= len(l.starts) {
		return len(l.text)
	}
	off := l.starts[p.Line]
	end := len(l.text)
	if int(p.Line)+1 < len(l.starts) {
		end = l.starts[p.Line+1] - 1 // the '\n'
		if end > off && l.text[end-1] == '\r' {
			end--
		}
	}
	units := int(p.Character)
	for off < end {
		r, size := utf8.DecodeRuneInString(l.text[off:end])
		u := utf16Len(r)
		if units < u {
			break
		}
		units -= u
		off += size
	}
	return off
}

// utf16Len is how many UTF-16 code units r takes.
func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

// applyChange applies one content change to text: a whole new text, or
// an edit of a range.
func applyChange(text string, change any) string {
	switch c := change.(type) {
	case protocol.TextDocumentContentChangeEventWhole:
		return c.Text
	case protocol.TextDocumentContentChangeEvent:
		if c.Range == nil {
			return c.Text
		}
		l := newLines(text)
		start, end := l.offset(c.Range.Start), l.offset(c.Range.End)
		if end < start {
			start, end = end, start
		}
		return text[:start] + c.Text + text[end:]
	}
	return text
}
