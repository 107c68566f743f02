package align

import "strings"

// Span operations: how a run of a version's text stands against the
// canonical wording.
const (
	SpanSame     = "same"     // words both wordings have (or the version's own spacing and punctuation)
	SpanDeleted  = "deleted"  // canonical words the version lacks
	SpanInserted = "inserted" // words the version adds
)

// Span is a run of a version's wording with one operation. A version's
// spans, in order, are its text with the canonical words it lacks put in
// where they would stand; every output format renders from them.
type Span struct {
	Op   string `json:"op"` // SpanSame, SpanDeleted or SpanInserted
	Text string `json:"text"`
}

// spanWriter collects spans, merging neighbours with the same operation.
type spanWriter struct{ spans []Span }

func (w *spanWriter) add(op, text string) {
	if text == "" {
		return
	}
	if n := len(w.spans); n > 0 && w.spans[n-1].Op == op {
		w.spans[n-1].Text += text
		return
	}
	w.spans = append(w.spans, Span{Op: op, Text: text})
}

// WriteString adds unchanged text.
func (w *spanWriter) WriteString(s string) { w.add(SpanSame, s) }

// WriteByte adds one unchanged byte.
func (w *spanWriter) WriteByte(c byte) error { w.add(SpanSame, string(c)); return nil }

// InlineText writes spans in the inline notation: [-deleted-] and
// [+inserted+] around the changed words.
func InlineText(spans []Span) string {
	var sb strings.Builder
	for _, s := range spans {
		switch s.Op {
		case SpanDeleted:
			sb.WriteString("[-" + s.Text + "-]")
		case SpanInserted:
			sb.WriteString("[+" + s.Text + "+]")
		default:
			sb.WriteString(s.Text)
		}
	}
	return sb.String()
}

// sameSpans is a text with no differences, as spans.
func sameSpans(s string) []Span {
	if s == "" {
		return []Span{}
	}
	return []Span{{Op: SpanSame, Text: s}}
}

// Spans gives version's wording against canonical as spans (see Span):
// what Inline marks, in pieces. Canonical words beyond the span an
// excerpt covers are left out.
func Spans(canonical, version string) []Span {
	return compareTexts(newText(canonical), newText(version)).spans
}
