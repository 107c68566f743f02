package report

import "github.com/quotecheck/quotecheck/align"

// segment is a run of a version's text as the HTML page shows it:
// unchanged (Op ""), or words the version lacks ("del") or adds ("ins")
// against the canonical wording.
type segment struct {
	Op   string
	Text string
}

const (
	opDel = "del"
	opIns = "ins"
)

// versionSegments gives the version's text with its differences marked,
// from the spans align gives; a version without spans is its plain text.
func versionSegments(v align.Version) []segment {
	if v.Canonical || len(v.Spans) == 0 {
		return appendText(nil, v.Text)
	}
	var out []segment
	for _, s := range v.Spans {
		switch s.Op {
		case align.SpanDeleted:
			out = append(out, segment{Op: opDel, Text: s.Text})
		case align.SpanInserted:
			out = append(out, segment{Op: opIns, Text: s.Text})
		default:
			out = appendText(out, s.Text)
		}
	}
	return out
}

func appendText(out []segment, text string) []segment {
	if text == "" {
		return out
	}
	if n := len(out); n > 0 && out[n-1].Op == "" {
		out[n-1].Text += text
		return out
	}
	return append(out, segment{Text: text})
}
