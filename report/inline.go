package report

import "strings"

// Segment kinds of an inline-marked wording.
const (
	SegSame     = iota // words both wordings share
	SegDeleted         // canonical words the version lacks: [-…-]
	SegInserted        // words the version adds: [+…+]
)

// Segment is a run of an inline-marked wording with one kind.
type Segment struct {
	Kind int
	Text string
}

// Segments splits a wording marked with [-deleted-] and [+inserted+] into
// runs; unbalanced markers are kept as plain text.
func Segments(inline string) []Segment {
	var out []Segment
	add := func(kind int, s string) {
		if s == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Kind == kind {
			out[n-1].Text += s
			return
		}
		out = append(out, Segment{kind, s})
	}
	for inline != "" {
		i := strings.IndexByte(inline, '[')
		if i < 0 {
			add(SegSame, inline)
			break
		}
		add(SegSame, inline[:i])
		rest := inline[i:]
		kind, open, closing := SegDeleted, "[-", "-]"
		if strings.HasPrefix(rest, "[+") {
			kind, open, closing = SegInserted, "[+", "+]"
		}
		end := strings.Index(rest, closing)
		if !strings.HasPrefix(rest, open) || end < len(open) {
			add(SegSame, rest[:1])
			inline = rest[1:]
			continue
		}
		add(kind, rest[len(open):end])
		inline = rest[end+len(closing):]
	}
	return out
}
