package report

import (
	"fmt"
	"html"
	"io"
	"strings"
	"unicode/utf8"
)

// Control characters never reach the output raw, whatever the input: a
// file name or an article may hold terminal escapes (ESC sequences that
// retitle a window or clear the screen), carriage returns that overwrite
// a line, or line breaks that forge a GitHub workflow command. Text
// formats show C0 controls (but tab and line feed) as their Unicode
// control pictures (ESC as ␛, CR as ␍), DEL as ␡, and C1 controls as
// U+FFFD; JSON writes C1 controls as \u escapes and HTML as character
// references, which lose nothing.

// Visible gives s with every control character shown as a visible symbol:
// C0 controls as control pictures (U+2400 + c; tab and newline too), DEL
// as ␡ and C1 controls as U+FFFD.
func Visible(s string) string {
	if !hasControl(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteString(picture(r, ""))
	}
	return b.String()
}

// EscapePath escapes a path for one-line output (check's line format,
// warnings on stderr) as GitHub's workflow commands escape data: % as
// %25, CR as %0D, LF as %0A; other control characters as in Visible.
func EscapePath(s string) string {
	s = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
	return Visible(s)
}

// CSVCell neutralises a cell a spreadsheet would run as a formula (one
// starting with =, +, -, @, tab or CR) by putting a ' before it, as OWASP
// advises, and shows control characters (line breaks too) as in Visible,
// so that every record is one line.
func CSVCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		s = "'" + s
	}
	return Visible(s)
}

func hasControl(s string) bool {
	for _, r := range s {
		if isControl(r) || isBidi(r) {
			return true
		}
	}
	return false
}

func isControl(r rune) bool { return r < 0x20 || (r >= 0x7f && r <= 0x9f) }

// isBidi tells whether r is a bidirectional embedding, override or
// isolate (U+202A-U+202E, U+2066-U+2069): characters that reorder what a
// terminal or browser shows after them, so that text reads other than it
// is ("Trojan Source"). Reports show them as <U+202E>.
func isBidi(r rune) bool { return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 }

// bidiPicture is the visible form of a bidirectional control.
func bidiPicture(r rune) string { return fmt.Sprintf("<U+%04X>", r) }

// picture gives the visible form of r, or r itself; c1 replaces C1
// controls when not empty.
func picture(r rune, c1 string) string {
	switch {
	case isBidi(r):
		return bidiPicture(r)
	case r < 0x20:
		return string(rune(0x2400 + r))
	case r == 0x7f:
		return "␡"
	case r >= 0x80 && r <= 0x9f:
		if c1 != "" {
			return fmt.Sprintf(c1, r)
		}
		return "\uFFFD"
	}
	return string(r)
}

// escMode says how a controlFilter writes control characters.
type escMode int

const (
	escText  escMode = iota // C0 (but tab, LF) as pictures, C1 as U+FFFD
	escColor                // as escText, but SGR colour sequences pass
	escJSON                 // C1 as \u escapes (JSON escapes C0 itself)
	escHTML                 // C0 (but tab, LF) as pictures, C1 as references
)

// controlFilter passes a report through, making control characters the
// report's data carried visible (see escMode). It copies nothing but the
// few bytes of a sequence split across writes.
type controlFilter struct {
	w       io.Writer
	mode    escMode
	pending []byte // an unfinished UTF-8 sequence or escape sequence
}

func newControlFilter(w io.Writer, mode escMode) *controlFilter {
	return &controlFilter{w: w, mode: mode}
}

func (f *controlFilter) Write(p []byte) (int, error) {
	n := len(p)
	if len(f.pending) > 0 {
		pl := len(f.pending)
		small := append(f.pending[:pl:pl], p[:min(len(p), 32)]...)
		f.pending = nil
		stop, unfinished, err := f.emit(small, pl)
		if err != nil {
			return 0, err
		}
		if unfinished {
			f.pending = small[stop:]
			return n, nil
		}
		p = p[stop-pl:]
	}
	stop, unfinished, err := f.emit(p, len(p))
	if err != nil {
		return 0, err
	}
	if unfinished {
		f.pending = append([]byte(nil), p[stop:]...)
	}
	return n, nil
}

// emit writes b out with control characters replaced, up to the first
// sequence boundary at or after limit; it says where it stopped, and
// whether a sequence b ends in the middle of starts there.
func (f *controlFilter) emit(b []byte, limit int) (stop int, unfinished bool, err error) {
	start, i := 0, 0
	for i < limit {
		if c := b[i]; c >= 0x20 && c < 0x7f || c == '\n' {
			i++ // printable ASCII, the bulk of any report, passes as it is
			continue
		}
		repl, n, more := f.classify(b[i:])
		if more {
			unfinished = true
			break
		}
		if repl == "" {
			i += n
			continue
		}
		if err := f.write(b[start:i]); err != nil {
			return 0, false, err
		}
		if _, err := io.WriteString(f.w, repl); err != nil {
			return 0, false, err
		}
		i += n
		start = i
	}
	return i, unfinished, f.write(b[start:i])
}

func (f *controlFilter) write(b []byte) error {
	if len(b) == 0 {
		return nil
	}
	_, err := f.w.Write(b)
	return err
}

// classify looks at the sequence b starts with: its replacement ("" to
// pass it as it is) and length, or more when b ends within it.
func (f *controlFilter) classify(b []byte) (repl string, n int, more bool) {
	c := b[0]
	if c == 0x1b && f.mode == escColor {
		n, complete := sgrLen(b)
		if !complete {
			return "", 0, true
		}
		if n > 0 {
			return "", n, false
		}
	}
	if c < 0x80 {
		return f.ascii(c), 1, false
	}
	if !utf8.FullRune(b) {
		return "", 0, true
	}
	r, size := utf8.DecodeRune(b)
	if r >= 0x80 && r <= 0x9f {
		return f.c1(r), size, false
	}
	if isBidi(r) && f.mode != escJSON {
		if f.mode == escHTML {
			return html.EscapeString(bidiPicture(r)), size, false
		}
		return bidiPicture(r), size, false
	}
	return "", size, false
}

// ascii gives the replacement of an ASCII byte, "" to pass it.
func (f *controlFilter) ascii(c byte) string {
	if f.mode == escJSON || c == '\t' || c == '\n' || (c >= 0x20 && c != 0x7f) {
		return ""
	}
	return picture(rune(c), "")
}

func (f *controlFilter) c1(r rune) string {
	switch f.mode {
	case escJSON:
		return picture(r, `\u%04x`)
	case escHTML:
		return picture(r, "&#x%X;")
	}
	return picture(r, "")
}

// Flush writes what is left of an unfinished sequence.
func (f *controlFilter) Flush() error {
	rest := f.pending
	f.pending = nil
	for _, c := range rest {
		repl := "\uFFFD"
		if c < 0x80 {
			if repl = f.ascii(c); repl == "" {
				repl = string(rune(c))
			}
		}
		if _, err := io.WriteString(f.w, repl); err != nil {
			return err
		}
	}
	return nil
}

// sgrLen gives the length of the SGR sequence (ESC [ digits ; m) at the
// start of b, 0 when it is not one; complete is false when b ends first.
func sgrLen(b []byte) (n int, complete bool) {
	for i := 1; i < len(b) && i < 16; i++ {
		c := b[i]
		switch {
		case i == 1 && c != '[':
			return 0, true
		case i == 1:
		case c == 'm':
			return i + 1, true
		case (c < '0' || c > '9') && c != ';':
			return 0, true
		}
	}
	return 0, len(b) >= 16
}

// filtered runs write on w through a control filter in mode.
func filtered(w io.Writer, mode escMode, write func(io.Writer) error) error {
	f := newControlFilter(w, mode)
	if err := write(f); err != nil {
		return err
	}
	return f.Flush()
}

// escModeOf gives how a format shows control characters.
func escModeOf(format string, color bool) escMode {
	switch {
	case format == "json" || format == "sarif" || format == "jsonl":
		return escJSON
	case format == "html":
		return escHTML
	case color:
		return escColor
	}
	return escText
}
