package check

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// found fills in a finding from the wire utterance that best matches it.
func (c *Checker) found(f *Finding, parts []quotes.Quote, cd candidate) {
	f.Differences = placeDifferences(parts, cd.diffs, c.locate)
	f.SourceText = cd.match.Text
	f.SourceSpeaker = cd.speaker.Name
	f.Inline = align.Inline(cd.match.Text, f.Text)
	differs := cd.worst >= align.Warning || align.ChangesWords(f.Differences) || creditDiffers(f.Differences)
	key := keyDifference(f.Differences)
	wq := c.wirePart(cd.match, f.Text, key, differs)
	f.Source, f.SourceLine, f.SourceColumn = wq.Path, wq.Line, wq.Column
	if f.Source == "" {
		f.Source = cd.match.Source
	}
	where := fmt.Sprintf("%s:%d:%d", f.Source, f.SourceLine, f.SourceColumn)
	if !differs {
		f.Status, f.Severity = StatusConfirmed, align.None
		f.Message = "confirmed by " + where
		return
	}
	f.Status, f.Severity = StatusDiffers, cd.worst
	f.Line, f.Column = draftPosition(parts, key)
	f.Message = differsMessage(f, where, f.Differences)
}

// placeDifferences turns the differences' positions within the joined
// draft text (as align.CompareExcerpt gives them) into positions in the draft file.
func placeDifferences(parts []quotes.Quote, ds []align.Difference, loc locator) []align.Difference {
	out := slices.Clone(ds)
	for i := range out {
		d := &out[i]
		if d.Line < 1 || d.Column < 1 {
			d.Line, d.Column = 0, 0
			continue
		}
		d.Line, d.Column = filePosition(parts, textOffset(joinText(parts), d.Line, d.Column), loc)
	}
	return out
}

// textOffset gives the byte offset of 1-based line and column (in runes) of text.
func textOffset(text string, line, col int) int {
	off := 0
	for ; line > 1; line-- {
		nl := strings.IndexByte(text[off:], '\n')
		if nl < 0 {
			return len(text)
		}
		off += nl + 1
	}
	for ; col > 1 && off < len(text); col-- {
		_, size := utf8.DecodeRuneInString(text[off:])
		off += size
	}
	return off
}

// locator gives the file position of byte off of a quotation's text
// from its source's position map; ok is false when the map is not at
// hand.
type locator func(q quotes.Quote, off int) (line, col int, ok bool)

// locate is the Checker's locator: the draft sources' own maps, so that
// an entity ("&amp;") or markup before a word does not shift its column.
func (c *Checker) locate(q quotes.Quote, off int) (line, col int, ok bool) {
	src := c.Drafts[q.Source]
	if src == nil || q.Start < 0 || q.Start+len(q.Text) > len(src.Text) || src.Text[q.Start:q.Start+len(q.Text)] != q.Text {
		return 0, 0, false
	}
	pos := src.Locate(q.Start + off)
	return pos.Line, pos.Column, true
}

// filePosition gives the file line and column of byte off of the parts
// joined with Joiner: from loc when it knows, else counted from the
// part's start.
func filePosition(parts []quotes.Quote, off int, loc locator) (line, col int) {
	for i, p := range parts {
		if off > len(p.Text) && i < len(parts)-1 {
			off = max(off-len(p.Text)-len(Joiner), 0)
			continue
		}
		if loc != nil {
			if line, col, ok := loc(p, min(off, len(p.Text))); ok {
				return line, col
			}
		}
		before := p.Text[:min(off, len(p.Text))]
		if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
			return p.Line + strings.Count(before, "\n"), utf8.RuneCountInString(before[nl+1:]) + 1
		}
		return p.Line, p.Column + utf8.RuneCountInString(before)
	}
	return 0, 0
}

// keyDifference is the first of the worst differences: the one a finding points at.
func keyDifference(ds []align.Difference) *align.Difference {
	var key *align.Difference
	for i := range ds {
		if key == nil || ds[i].Severity > key.Severity {
			key = &ds[i]
		}
	}
	return key
}

// wirePart is the wire quotation of m that the finding points at: the one
// holding the key difference's canonical words when the quotation differs,
// else the one where the draft's first words stand, else m's first.
func (c *Checker) wirePart(m align.Match, draftText string, key *align.Difference, differs bool) quotes.Quote {
	var qs []quotes.Quote
	for _, id := range m.Quotes {
		if q, ok := c.wire[id]; ok {
			qs = append(qs, q)
		}
	}
	if len(qs) == 0 {
		return quotes.Quote{}
	}
	if differs && key != nil && key.Kind != align.KindSpeaker && key.Kind != align.KindPartial && key.Canonical != "" {
		for _, q := range qs {
			if containsFold(q.Text, key.Canonical) {
				return q
			}
		}
	}
	words := strings.Fields(Normalize(draftText))
	probe := strings.Join(words[:min(3, len(words))], " ")
	for _, q := range qs {
		if probe != "" && strings.Contains(Normalize(q.Text), probe) {
			return q
		}
	}
	return qs[0]
}

// draftPosition is where the key difference stands in the draft: at its
// words when they can be found, else at the start of the part holding them.
func draftPosition(parts []quotes.Quote, key *align.Difference) (line, col int) {
	line, col = parts[0].Line, parts[0].Column
	if key == nil || key.Kind == align.KindSpeaker {
		return line, col
	}
	if key.Line > 0 {
		return key.Line, key.Column
	}
	if key.Version == "" {
		return line, col
	}
	for _, p := range parts {
		i := indexFold(p.Text, key.Version)
		if i < 0 {
			continue
		}
		before := p.Text[:i]
		if strings.Contains(before, "\n") {
			return p.Line, p.Column
		}
		return p.Line, p.Column + utf8.RuneCountInString(before)
	}
	return line, col
}

func containsFold(s, sub string) bool { return indexFold(s, sub) >= 0 }

// indexFold finds sub in s ignoring case, as a byte offset into s.
func indexFold(s, sub string) int {
	ls, lsub := strings.ToLower(s), strings.ToLower(sub)
	if len(ls) != len(s) || len(lsub) != len(sub) {
		return strings.Index(s, sub)
	}
	return strings.Index(ls, lsub)
}

// creditDiffers reports whether the differences hold a speaker difference
// of any severity: a quotation credited to someone else is never
// confirmed, even when the credit is a guess and so no alarm (info).
func creditDiffers(ds []align.Difference) bool {
	return slices.ContainsFunc(ds, func(d align.Difference) bool { return d.Kind == align.KindSpeaker })
}

func differsMessage(f *Finding, where string, ds []align.Difference) string {
	var kinds []string
	var speaker *align.Difference
	for i, d := range ds {
		if d.Kind == align.KindSpeaker {
			speaker = &ds[i]
			continue
		}
		if d.Severity < align.Warning && !d.Kind.ChangesWords() {
			continue
		}
		kinds = appendNew(kinds, d.Key())
	}
	var b strings.Builder
	switch {
	case speaker != nil && speaker.Severity < align.Warning:
		fmt.Fprintf(&b, "inferred credit differs: %s in %s, %s here (one credit is a guess)", speaker.Canonical, where, speaker.Version)
	case speaker != nil:
		fmt.Fprintf(&b, "credited to %s, not %s, in %s", speaker.Canonical, speaker.Version, where)
	default:
		b.WriteString("differs from " + where)
	}
	if len(kinds) == 0 {
		fmt.Fprintf(&b, ": %q", f.Text)
		return b.String()
	}
	fmt.Fprintf(&b, ": %s (%s)", f.Inline, strings.Join(kinds, ", "))
	return b.String()
}

func appendNew(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}
