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
	warns   []error // *Warning values: caveats that did not stop decoding
}

type anchor struct{ text, file int }

// decodeBytes turns a file's bytes into UTF-8 text. It strips a UTF-8 BOM,
// decodes UTF-16 with a BOM, decodes each byte that is not UTF-8 as
// Windows-1252 (with a warning naming its line), and makes lone carriage
// returns line breaks; binary data and undecodable bytes are errors (an
// *Error with the line when one can be named, path left empty).
func decodeBytes(b []byte) (*decoded, error) {
	d, err := decodeEncoding(b)
	if err == nil {
		d.text = loneCRToLF(d.text)
	}
	return d, err
}

// loneCRToLF makes each carriage return that is not followed by a line
// feed (old Mac line endings) a line feed. Offsets do not move.
func loneCRToLF(s string) string {
	i := strings.IndexByte(s, '\r')
	if i < 0 {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if b[i] == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
			b[i] = '\n'
		}
	}
	return string(b)
}

func decodeEncoding(b []byte) (*decoded, error) {
	switch {
	case bytes.HasPrefix(b, utf8BOM):
		skip := 0
		for bytes.HasPrefix(b[skip:], utf8BOM) { // a BOM twice: two tools each added one
			skip += len(utf8BOM)
		}
		return decodeUTF8(b[skip:], skip)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeUTF16(b[2:], 2, false)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b[2:], 2, true)
	}
	return decodeUTF8(b, 0)
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

func decodeUTF8(b []byte, skip int) (*decoded, error) {
	if looksBinary(b) {
		return nil, ErrBinary
	}
	if utf8.Valid(b) {
		return &decoded{text: string(b), anchors: []anchor{{0, skip}}}, nil
	}
	return decodeMixed(b, skip)
}

// maxByteWarnings is how many lines with bytes that were not UTF-8 are
// warned about one by one; the rest are counted in one more warning.
const maxByteWarnings = 100

// looksBinary reports a NUL byte anywhere in b, or control characters
// making up more than a tenth of it: one rule for the whole file.
func looksBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			ctl++
		}
	}
	return ctl*10 > len(b)
}

// decodeMixed decodes text that is UTF-8 except for some bytes: each byte
// that does not start a valid UTF-8 sequence is read as Windows-1252
// (files edited by two tools hold both), with a warning naming its line.
// A byte Windows-1252 leaves undefined, or a control character, is an error.
func decodeMixed(b []byte, skip int) (*decoded, error) {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	d := &decoded{encoding: "windows-1252", anchors: []anchor{{0, skip}}}
	line, lastLine, lines := 1, 0, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if b[i] == '\n' || (b[i] == '\r' && (i+1 == len(b) || b[i+1] != '\n')) {
			line++
		}
		if r != utf8.RuneError || n > 1 {
			sb.Write(b[i : i+n])
			i += n
			continue
		}
		c := charmap.Windows1252.DecodeByte(b[i])
		if c == utf8.RuneError || (c >= 0x80 && c <= 0x9F) {
			return nil, invalidByte(b, i)
		}
		if line != lastLine {
			lastLine = line
			lines++
			if lines <= maxByteWarnings {
				d.warns = append(d.warns, &Warning{Line: line, Msg: fmt.Sprintf(
					"byte 0x%02X is not UTF-8; read as Windows-1252 %q", b[i], c)})
			}
		}
		d.anchors = append(d.anchors, anchor{sb.Len(), skip + i})
		sb.WriteRune(c)
		d.anchors = append(d.anchors, anchor{sb.Len(), skip + i + 1})
		i++
	}
	if lines > maxByteWarnings {
		d.warns = append(d.warns, &Warning{Msg: fmt.Sprintf(
			"bytes that are not UTF-8 on %d more lines, read as Windows-1252", lines-maxByteWarnings)})
	}
	d.text = sb.String()
	return d, nil
}

// invalidByte is the error for a byte that is neither UTF-8 nor
// Windows-1252 text.
func invalidByte(b []byte, bad int) error {
	pos := TextPosition(loneCRToLF(strings.ToValidUTF8(string(b[:bad]), "\uFFFD")), bad)
	return &Error{Line: pos.Line, Err: fmt.Errorf(
		"column %d: invalid UTF-8 (byte 0x%02X) and not Windows-1252 text", pos.Column, b[bad])}
}

// decodeUTF16 decodes UTF-16 text. An unpaired surrogate becomes U+FFFD
// and an odd trailing byte is dropped, each with a warning naming its
// line; byte order marks repeated at the start are dropped.
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
	warns := 0
	warn := func(line int, format string, args ...any) {
		if warns++; warns <= maxByteWarnings {
			d.warns = append(d.warns, &Warning{Line: line, Msg: fmt.Sprintf(format, args...)})
		}
	}
	line := 1
	for i := 0; i+1 < len(b); {
		u, n := rune(unit(i)), 2
		if utf16.IsSurrogate(u) && i+3 < len(b) {
			if r := utf16.DecodeRune(u, rune(unit(i+2))); r != utf8.RuneError {
				u, n = r, 4
			}
		}
		if utf16.IsSurrogate(u) {
			warn(line, "lone UTF-16 surrogate 0x%04X; read as U+FFFD", u)
			u = utf8.RuneError
		}
		if u == 0 {
			return nil, ErrBinary
		}
		if u == '\n' {
			line++
		}
		if u != 0xFEFF || sb.Len() > 0 {
			sb.WriteRune(u)
		}
		i += n
		d.anchors = append(d.anchors, anchor{sb.Len(), skip + i})
	}
	if len(b)%2 == 1 {
		warn(line, "odd trailing byte 0x%02X (UTF-16 has two bytes a unit); dropped", b[len(b)-1])
	}
	if warns > maxByteWarnings {
		d.warns = append(d.warns, &Warning{Msg: fmt.Sprintf("%d more UTF-16 faults, not listed", warns-maxByteWarnings)})
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
