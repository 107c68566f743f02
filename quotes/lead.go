package quotes

import (
	"strings"
	"unicode/utf8"
)

// ShortWords is the length, in words, up to which a quotation is a short
// answer ("No.", "I do.", "Not yet."): words that many turns of a
// transcript may hold, told apart only by the question they answer, so
// extraction keeps their Lead.
const ShortWords = 3

// leadParagraphs is how many paragraphs before a quotation's own its Lead
// reaches back, and maxLead the bytes it may take before the quotation.
const (
	leadParagraphs = 2
	maxLead        = 2000
)

// Lead gives the paragraph of text holding byte offset and the
// leadParagraphs non-blank paragraphs (lines) before it, at most maxLead
// bytes before offset and after it: where a news story tells the question a short
// answer answers ("Asked whether she regretted the remark, Lee said:
// "No."").
func Lead(text string, offset int) string {
	start, end := leadRange(text, offset)
	return strings.Clone(text[start:end])
}

// leadRange gives the bounds of Lead's paragraphs in text; start == end
// when there are none.
func leadRange(text string, offset int) (start, end int) {
	if offset <= 0 || offset > len(text) {
		return 0, 0
	}
	end = min(len(text), offset+maxLead)
	if i := strings.IndexByte(text[offset:end], '\n'); i >= 0 {
		end = offset + i
	}
	for end > offset && end < len(text) && !utf8.RuneStart(text[end]) {
		end--
	}
	lo := max(0, offset-maxLead)
	lineStart := func(at int) int { // the start of the line ending at at, not before lo
		if i := strings.LastIndexByte(text[lo:at], '\n'); i >= 0 {
			return lo + i + 1
		}
		return lo
	}
	start = lineStart(offset)
	for n := 0; n < leadParagraphs && start > lo; {
		prev := lineStart(start - 1)
		if strings.TrimSpace(text[prev:start]) != "" {
			n++
		}
		start = prev
	}
	for start < offset && !utf8.RuneStart(text[start]) {
		start++
	}
	return start, end
}
