package sources

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// htmlLocator maps offsets in an HTML source's Text to the page's file,
// best effort: to the place where the text at the offset appears
// verbatim within its paragraph's markup, else to the paragraph's start,
// else to the nearest paragraph before it that was found.
type htmlLocator struct {
	fl      *fileLocator
	text    string
	starts  []int // offset in Text of each paragraph
	anchors []int // offset in the decoded file of each paragraph, -1 if not found
	scanned int   // bytes of the file searched for anchors (work done)
}

// scanFactor bounds the bytes searched for paragraph anchors, as a
// multiple of the file's size: past it, a paragraph is looked for only
// near the last one found, so pages whose text cannot be found in their
// markup (every letter an entity) cost linear time, not quadratic.
const scanFactor = 32

func newHTMLLocator(d *decoded, paras []string) *htmlLocator {
	l := &htmlLocator{fl: newFileLocator(d, 0, nil), text: strings.Join(paras, "\n\n")}
	cursor := 0
	if i := indexBodyTag(d.text[:min(len(d.text), 1<<20)]); i >= 0 {
		cursor = i
	}
	at := 0
	budget := scanFactor*len(d.text) + 1<<20
	for i, p := range paras {
		if i > 0 {
			at += 2
		}
		l.starts = append(l.starts, at)
		at += len(p)
		anchor := -1
		if probe, from := plainRun(p, 0); len(probe) >= 4 {
			end := len(d.text)
			if l.scanned > budget {
				end = min(end, cursor+4096+16*len(p))
			}
			if r := strings.Index(d.text[cursor:end], probe); r >= 0 {
				anchor = max(cursor, cursor+r-from)
				cursor += r + len(probe)
				l.scanned += r + len(probe)
			} else {
				l.scanned += end - cursor
			}
		}
		l.anchors = append(l.anchors, anchor)
	}
	return l
}

// indexBodyTag gives the offset of the first "<body" in s, in any case,
// or -1: a search that does not copy the page to lower-case it.
func indexBodyTag(s string) int {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if len(s)-i >= 5 && strings.EqualFold(s[i:i+5], "<body") {
			return i
		}
		i++
	}
}

// plainRun gives the first run of at least 4 letters, digits and spaces
// in s at or after byte i (at most 24 bytes; text that markup would never
// escape), and its offset.
func plainRun(s string, i int) (string, int) {
	limit := min(len(s), i+400)
	for i < limit {
		j := i
		for j < len(s) && j-i < 24 && isPlain(s[j]) {
			j++
		}
		if j-i >= 4 {
			return strings.TrimRight(s[i:j], " "), i
		}
		i = j + 1
	}
	return "", 0
}

func isPlain(c byte) bool {
	return c == ' ' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func (l *htmlLocator) locate(off int) Position {
	off = max(0, min(off, len(l.text)))
	p := sort.SearchInts(l.starts, off+1) - 1
	for p >= 0 && l.anchors[p] < 0 {
		p--
	}
	if p < 0 {
		return l.fl.docPosition(0)
	}
	anchor := l.anchors[p]
	from := anchor
	if l.starts[p] <= off && (p+1 == len(l.starts) || off < l.starts[p+1]) {
		// Markup is never shorter than the text it holds, so text that
		// stands k bytes into the paragraph stands at least k bytes
		// after its anchor: later text is never found earlier.
		from = min(anchor+off-l.starts[p], len(l.fl.d.text))
	}
	if doc, ok := l.exact(off, from); ok {
		return l.fl.docPosition(doc)
	}
	return l.fl.docPosition(anchor)
}

// exact finds the text at off in the file, within a window after the
// paragraph's anchor; it skips up to three leading characters (such as a
// quotation mark written as an entity) and steps back over them.
func (l *htmlLocator) exact(off, anchor int) (int, bool) {
	raw := l.fl.d.text
	window := raw[anchor:min(len(raw), anchor+64<<10)]
	k := off
	for tries := 0; tries < 4 && k < len(l.text); tries++ {
		if isPlain(l.text[k]) {
			j := k
			for j < len(l.text) && j-k < 24 && isPlain(l.text[j]) {
				j++
			}
			if j-k >= 4 || j == len(l.text) || l.text[j] == '\n' {
				if r := strings.Index(window, l.text[k:j]); r >= 0 {
					return stepBack(raw, anchor+r, tries), true
				}
			}
		}
		_, n := utf8.DecodeRuneInString(l.text[k:])
		k += n
	}
	return 0, false
}

// stepBack moves back n characters from raw[i], taking an entity such as
// &ldquo; as one character.
func stepBack(raw string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		if raw[i-1] == ';' {
			if amp := strings.LastIndexByte(raw[max(0, i-12):i], '&'); amp >= 0 {
				i = max(0, i-12) + amp
				continue
			}
		}
		_, size := utf8.DecodeLastRuneInString(raw[:i])
		i -= size
	}
	return i
}
