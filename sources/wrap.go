package sources

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard-wrapped text — wire copy, e-mail, plain-text archives and books —
// breaks its lines at a fixed width and marks paragraphs with blank lines
// (or a short line). In such a file a line break is the wrapper's, a
// space, wherever the next word would not have fitted on the line; a break
// where it would have fitted is the writer's (a headline, a byline, a
// paragraph's last line) and stays.
const (
	minWrapWidth = 40 // the narrowest wrap width recognised, in characters
	maxWrapWidth = 90 // the widest (70–80 is usual)
)

// textLine is one line of a text: [start, end) in bytes without its line
// break, and its width in characters with trailing space left out.
type textLine struct {
	start, end, width int
	blank, indented   bool
	firstWord         int // width of its first word
	midSentence       bool
}

// splitTextLines reads text's lines in one pass.
func splitTextLines(text string) []textLine {
	var lines []textLine
	for off := 0; off <= len(text); {
		end := len(text)
		if nl := strings.IndexByte(text[off:], '\n'); nl >= 0 {
			end = off + nl
		} else if off == len(text) {
			break
		}
		l := textLine{start: off, end: end}
		body := strings.TrimRight(text[off:end], " \t\r")
		trimmed := strings.TrimLeft(body, " \t")
		l.blank = trimmed == ""
		l.indented = len(trimmed) < len(body)
		l.width = utf8.RuneCountInString(body)
		word, _, _ := strings.Cut(trimmed, " ")
		l.firstWord = utf8.RuneCountInString(word)
		last, _ := utf8.DecodeLastRuneInString(trimmed)
		l.midSentence = isWord(last) || strings.ContainsRune(",;—–-", last)
		lines = append(lines, l)
		off = end + 1
	}
	return lines
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wrapWidth gives the widest line that has a non-blank neighbour and more
// than one word (a lone long line, such as a headline or an address, is
// not wrapped), 0 when there is none.
func wrapWidth(text string, lines []textLine) int {
	w := 0
	for i, l := range lines {
		inBlock := i > 0 && !lines[i-1].blank || i+1 < len(lines) && !lines[i+1].blank
		if !l.blank && inBlock && l.width > w && strings.ContainsAny(strings.TrimSpace(text[l.start:l.end]), " \t") {
			w = l.width
		}
	}
	return w
}

// breakAt tells what the line break after lines[i] is: none inside a
// block (a blank line on either side); a paragraph's start (the next line
// is indented or opens a transcript turn); the wrapper's, when the next
// line's first word would not have fitted within width w (less a tenth, as
// wrappers that balance lines leave some room); else the writer's.
func breakAt(text string, lines []textLine, i, w int) lineBreak {
	l, n := lines[i], lines[i+1]
	if l.blank || n.blank {
		return breakNone
	}
	if n.indented {
		return breakParagraph
	}
	if _, _, _, turn := turnStart(strings.TrimRight(text[n.start:n.end], "\r"), false); turn {
		return breakParagraph
	}
	if l.width+1+n.firstWord <= w-w/10 {
		return breakWriter
	}
	return breakWrapper
}

// lineBreak is what a line break inside a text stands for.
type lineBreak int

const (
	breakNone lineBreak = iota
	breakParagraph
	breakWriter
	breakWrapper
)

// hardWrapped reports whether text follows the hard-wrapping convention,
// and the width it is wrapped at: lines no wider than maxWrapWidth, at
// least three in four line breaks inside paragraphs the wrapper's, and at
// least half of those in the middle of a sentence (a text with one
// paragraph a line breaks after full stops).
func hardWrapped(text string, lines []textLine) (bool, int) {
	w := wrapWidth(text, lines)
	if w < minWrapWidth || w > maxWrapWidth {
		return false, 0
	}
	joints, wraps, mid := 0, 0, 0
	for i := 0; i+1 < len(lines); i++ {
		switch breakAt(text, lines, i, w) {
		case breakWriter:
			joints++
		case breakWrapper:
			joints++
			wraps++
			if lines[i].midSentence {
				mid++
			}
		}
	}
	return wraps > 0 && wraps*4 >= joints*3 && mid*2 >= wraps, w
}

// unwrap gives text with each of the wrapper's line breaks made one space
// (white space around it dropped), when text is hard-wrapped; else text
// itself. Segments map the result to text: each piece of the result from
// seg.text on comes from text at seg.doc on.
func unwrap(text string) (string, []segment) {
	lines := splitTextLines(text)
	ok, w := hardWrapped(text, lines)
	if !ok {
		return text, []segment{{0, 0}}
	}
	var b strings.Builder
	b.Grow(len(text))
	segs := []segment{{0, 0}}
	from := 0 // text copied up to here
	for i := 0; i+1 < len(lines); i++ {
		if breakAt(text, lines, i, w) != breakWrapper {
			continue
		}
		l, n := lines[i], lines[i+1]
		cut := l.start + len(strings.TrimRight(text[l.start:l.end], " \t\r"))
		b.WriteString(text[from:cut])
		segs = append(segs, segment{b.Len(), cut})
		b.WriteByte(' ')
		from = n.start
		segs = append(segs, segment{b.Len(), from})
	}
	b.WriteString(text[from:])
	return b.String(), segs
}
