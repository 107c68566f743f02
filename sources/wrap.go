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
	firstWord         int  // width of its first word
	capsWord          bool // its first word has no lower-case letter, as a turn label's
	midSentence       bool // ends in a word or a comma, not a stop
}

// readLine reads the line of text starting at off (off < len(text)) and
// gives it with the offset of the next line.
func readLine(text string, off int) (textLine, int) {
	end := len(text)
	if nl := strings.IndexByte(text[off:], '\n'); nl >= 0 {
		end = off + nl
	}
	l := textLine{start: off, end: end}
	body := strings.TrimRight(text[off:end], " \t\r")
	trimmed := strings.TrimLeft(body, " \t")
	l.blank = trimmed == ""
	l.indented = len(trimmed) < len(body)
	l.width = utf8.RuneCountInString(body)
	word, _, _ := strings.Cut(trimmed, " ")
	l.firstWord = utf8.RuneCountInString(word)
	l.capsWord = word != "" && strings.IndexFunc(word, unicode.IsLower) < 0
	last, _ := utf8.DecodeLastRuneInString(trimmed)
	l.midSentence = isWord(last) || strings.ContainsRune(",;—–-", last)
	return l, end + 1
}

// eachLine calls fn with each line of text and the lines around it (blank
// ones past the edges), until fn gives false. It keeps three lines at a
// time, so that a file of many lines costs no memory.
func eachLine(text string, fn func(prev, cur, next textLine) bool) {
	if text == "" {
		return
	}
	edge := textLine{blank: true}
	prev := edge
	cur, off := readLine(text, 0)
	for {
		next, more := edge, off < len(text)
		if more {
			next, off = readLine(text, off)
		}
		if !fn(prev, cur, next) || !more {
			return
		}
		prev, cur = cur, next
	}
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wrapWidth gives the widest line that has a non-blank neighbour and more
// than one word (a lone long line, such as a headline or an address, is
// not wrapped), 0 when there is none, or more than maxWrapWidth as soon as
// one is wider. It reads only the lines beside another in full, so that a
// text of one paragraph a line costs little more than finding its lines.
func wrapWidth(text string) int {
	w := 0
	var cur string
	prevBlank, curBlank := true, true
	for off := 0; ; {
		next, nextBlank, more := "", true, off < len(text)
		if more {
			end := len(text)
			if nl := strings.IndexByte(text[off:], '\n'); nl >= 0 {
				end = off + nl
			}
			next = text[off:end]
			nextBlank = strings.TrimLeft(next, " \t\r") == ""
			off = end + 1
		}
		if !curBlank && (!prevBlank || !nextBlank) {
			if len(cur) > 4*maxWrapWidth {
				return maxWrapWidth + 1 // wider however many bytes a character takes
			}
			body := strings.TrimSpace(cur)
			if strings.ContainsAny(body, " \t") {
				w = max(w, utf8.RuneCountInString(strings.TrimRight(cur, " \t\r")))
			}
			if w > maxWrapWidth {
				return w
			}
		}
		if !more {
			return w
		}
		cur, prevBlank, curBlank = next, curBlank, nextBlank
	}
}

// breakAt tells what the line break between lines l and n is: none inside
// a block (a blank line on either side); a paragraph's start (n is
// indented or opens a transcript turn); the wrapper's, when n's first word
// would not have fitted on l within width w (less a tenth, as wrappers that
// balance lines leave some room); else the writer's.
func breakAt(text string, l, n textLine, w int) lineBreak {
	if l.blank || n.blank {
		return breakNone
	}
	if n.indented {
		return breakParagraph
	}
	if n.capsWord {
		if _, _, _, turn := turnStart(strings.TrimRight(text[n.start:n.end], "\r"), false); turn {
			return breakParagraph
		}
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
func hardWrapped(text string) (bool, int) {
	w := wrapWidth(text)
	if w < minWrapWidth || w > maxWrapWidth {
		return false, 0
	}
	joints, wraps, mid := 0, 0, 0
	eachLine(text, func(_, l, n textLine) bool {
		switch breakAt(text, l, n, w) {
		case breakWriter:
			joints++
		case breakWrapper:
			joints++
			wraps++
			if l.midSentence {
				mid++
			}
		}
		return true
	})
	return wraps > 0 && wraps*4 >= joints*3 && mid*2 >= wraps, w
}

// unwrap gives text with each of the wrapper's line breaks made one space
// (white space around it dropped), when text is hard-wrapped; else text
// itself. Segments map the result to text: each piece of the result from
// seg.text on comes from text at seg.doc on.
func unwrap(text string) (string, []segment) {
	ok, w := hardWrapped(text)
	if !ok {
		return text, []segment{{0, 0}}
	}
	var b strings.Builder
	b.Grow(len(text))
	segs := []segment{{0, 0}}
	from := 0 // text copied up to here
	eachLine(text, func(_, l, n textLine) bool {
		if breakAt(text, l, n, w) != breakWrapper {
			return true
		}
		cut := l.start + len(strings.TrimRight(text[l.start:l.end], " \t\r"))
		b.WriteString(text[from:cut])
		segs = append(segs, segment{b.Len(), cut})
		b.WriteByte(' ')
		from = n.start
		if from != cut+1 { // white space or a carriage return dropped
			segs = append(segs, segment{b.Len(), from})
		}
		return true
	})
	b.WriteString(text[from:])
	return b.String(), segs
}
