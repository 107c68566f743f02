package report

import (
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/align"
)

// segment is a run of a version's text: unchanged (Op ""), or words the
// version lacks ("del") or adds ("ins") against the canonical wording.
type segment struct {
	Op   string
	Text string
}

const (
	opDel = "del"
	opIns = "ins"
)

// versionSegments gives the version's text with its differences marked:
// from Inline when align wrote it, else from the differences' word
// positions, else the plain text.
func versionSegments(v align.Version, canonical string) []segment {
	if strings.TrimSpace(v.Inline) != "" {
		return inlineSegments(v.Inline)
	}
	if !v.Canonical && len(v.Differences) > 0 {
		if segs := segmentsFromDifferences(canonical, v.Differences); segs != nil {
			return segs
		}
	}
	return appendText(nil, v.Text)
}

// inlineSegments reads align's inline notation ("[-deleted-]",
// "[+inserted+]") with Segments.
func inlineSegments(inline string) []segment {
	var out []segment
	for _, s := range Segments(inline) {
		switch s.Kind {
		case SegDeleted:
			out = append(out, segment{Op: opDel, Text: s.Text})
		case SegInserted:
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

// segmentsFromDifferences marks the differences into the canonical words at
// their word positions. It returns nil when the positions do not fit the
// canonical wording, so the caller shows the plain text instead.
func segmentsFromDifferences(canonical string, diffs []align.Difference) []segment {
	words := strings.Fields(canonical)
	ds := append([]align.Difference(nil), diffs...)
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].Position < ds[j].Position })
	var items [][]segment // word groups, joined by spaces
	cur := 0
	for _, d := range ds {
		want := strings.Fields(d.Canonical)
		n := len(want)
		if n == 0 && strings.TrimSpace(d.Version) == "" {
			continue // no words involved, e.g. a speaker difference
		}
		if d.Position < cur || d.Position+n > len(words) ||
			strings.Join(words[d.Position:d.Position+n], " ") != strings.Join(want, " ") {
			return nil
		}
		for _, w := range words[cur:d.Position] {
			items = append(items, []segment{{Text: w}})
		}
		var group []segment
		if n > 0 {
			group = append(group, segment{Op: opDel, Text: strings.Join(want, " ")})
		}
		if v := strings.TrimSpace(d.Version); v != "" {
			group = append(group, segment{Op: opIns, Text: v})
		}
		items = append(items, group)
		cur = d.Position + n
	}
	for _, w := range words[cur:] {
		items = append(items, []segment{{Text: w}})
	}
	return joinGroups(items)
}

// joinGroups joins word groups with spaces, merging adjacent plain text.
func joinGroups(groups [][]segment) []segment {
	var out []segment
	for i, g := range groups {
		if i > 0 {
			out = appendText(out, " ")
		}
		for _, s := range g {
			if s.Op == "" {
				out = appendText(out, s.Text)
			} else {
				out = append(out, s)
			}
		}
	}
	return out
}
