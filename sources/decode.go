package sources

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// ErrBinary is reported for files that hold binary data rather than text.
var ErrBinary = errors.New("binary file")

// decoded is a file's bytes decoded to UTF-8 text, with what is needed to
// map offsets in the text back to the file.
type decoded struct {
	text     string // the whole file as UTF-8, byte order mark removed
	encoding string // "" for UTF-8, else the encoding name
	// anchors map text offsets to file offsets: from anchors[i].text up to
	// the next anchor, file offset = anchors[i].file + (off - anchors[i].text).
	anchors []anchor
}

type anchor struct{ text, file int }

// decodeBytes turns a file's bytes into UTF-8 text. It strips a UTF-8 BOM,
// decodes UTF-16 with a BOM, and decodes invalid UTF-8 as Windows-1252 when
// that is plausible; binary data and undecodable bytes are errors (an
// *Error with the line when one can be named, path left empty).
func decodeBytes(b []byte) (*decoded, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return decodeUTF8(b[3:], 3)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeUTF16(b[2:], 2, false)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b[2:], 2, true)
	}
	return decodeUTF8(b, 0)
}

func decodeUTF8(b []byte, skip int) (*decoded, error) {
	if looksBinary(b) {
		return nil, ErrBinary
	}
	if utf8.Valid(b) {
		return &decoded{text: string(b), anchors: []anchor{{0, skip}}}, nil
	}
	if plausibleCP1252(b) {
		return decodeCP1252(b, skip), nil
	}
	bad := firstInvalidUTF8(b)
	pos := TextPosition(strings.ToValidUTF8(string(b[:bad]), "\uFFFD"), bad)
	return nil, &Error{Line: pos.Line, Err: fmt.Errorf(
		"column %d: invalid UTF-8 (byte 0x%02X) and not Windows-1252 text", pos.Column, b[bad])}
}

// looksBinary reports NUL bytes or many control characters in the first
// 8 KiB of b.
func looksBinary(b []byte) bool {
	head := b[:min(len(b), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			ctl++
		}
	}
	return ctl*10 > len(head)
}

// plausibleCP1252 reports whether every byte of b is a printable
// Windows-1252 character or ordinary whitespace.
func plausibleCP1252(b []byte) bool {
	for _, c := range b {
		if c < 0x80 {
			continue
		}
		r := charmap.Windows1252.DecodeByte(c)
		if r == utf8.RuneError || (r >= 0x80 && r <= 0x9F) {
			return false
		}
	}
	return true
}

func decodeCP1252(b []byte, skip int) *decoded {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	d := &decoded{encoding: "windows-1252", anchors: []anchor{{0, skip}}}
	for i, c := range b {
		if c < 0x80 {
			sb.WriteByte(c)
			continue
		}
		d.anchors = append(d.anchors, anchor{sb.Len(), skip + i})
		sb.WriteRune(charmap.Windows1252.DecodeByte(c))
		d.anchors = append(d.anchors, anchor{sb.Len(), skip + i + 1})
	}
	d.text = sb.String()
	return d
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// decodeUTF16 decodes UTF-16 text; unpaired surrogates and an odd
// trailing byte become U+FFFD.
func decodeUTF16(b []byte, skip int, bigEndian bool) (*decoded, error) {
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(b[i])<<8 | uint16(b[i+1])
		}
		return uint16(b[i+1])<<8 | uint16(b[i])
	}
	var sb strings.Builder
	sb.Grow(len(b) / 2)
	d := &decoded{encoding: "utf-16", anchors: []anchor{{0, skip}}}
	if bigEndian {
		d.encoding = "utf-16be"
	} else {
		d.encoding = "utf-16le"
	}
	for i := 0; i+1 < len(b); {
		u, n := rune(unit(i)), 2
		if utf16.IsSurrogate(u) && i+3 < len(b) {
			if r := utf16.DecodeRune(u, rune(unit(i+2))); r != utf8.RuneError {
				u, n = r, 4
			}
		}
		if utf16.IsSurrogate(u) {
			u = utf8.RuneError
		}
		if u == 0 {
			return nil, ErrBinary
		}
		sb.WriteRune(u)
		i += n
		d.anchors = append(d.anchors, anchor{sb.Len(), skip + i})
	}
	d.text = sb.String()
	return d, nil
}

// fileOffset maps an offset in d.text to a byte offset in the file.
func (d *decoded) fileOffset(off int) int {
	lo, hi := 0, len(d.anchors)
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if d.anchors[mid].text <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	a := d.anchors[lo]
	res := a.file + off - a.text
	if lo+1 < len(d.anchors) && res >= d.anchors[lo+1].file {
		// Inside a character that is shorter in the file than in the text.
		res = max(a.file, d.anchors[lo+1].file-1)
	}
	return res
}
