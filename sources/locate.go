package sources

import (
	"math/bits"
	"sort"
)

// runeBlock is the spacing of the rune-count checkpoints kept for columns.
const runeBlock = 1024

// runeIndex counts characters before any byte offset of a string in time
// bounded by runeBlock.
type runeIndex struct {
	s  string
	cp []int // cp[k] = characters in s[:k*runeBlock]
}

func newRuneIndex(s string) runeIndex {
	cp := make([]int, 0, len(s)/runeBlock+1)
	n := 0
	for k := 0; k <= len(s); k += runeBlock {
		cp = append(cp, n)
		n += countLeadBytes(s[k:min(k+runeBlock, len(s))])
	}
	return runeIndex{s: s, cp: cp}
}

// before gives the number of characters that start before byte off.
func (r runeIndex) before(off int) int {
	k := off / runeBlock
	return r.cp[k] + countLeadBytes(r.s[k*runeBlock:off])
}

// countLeadBytes counts the bytes of s that are not UTF-8 continuation
// bytes (10xxxxxx), eight at a time.
func countLeadBytes(s string) int {
	n, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		cont := x >> 7 &^ (x >> 6) & 0x0101010101010101 // bit 7 set, bit 6 clear
		n += 8 - bits.OnesCount64(cont)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// segment says that Source.Text from offset text on comes from the decoded
// file at offset doc (until the next segment).
type segment struct{ text, doc int }

// fileLocator maps offsets in a Source's Text to the original file, for
// sources whose Text is made of pieces of the decoded file.
type fileLocator struct {
	d          *decoded
	textLen    int
	segs       []segment
	lineStarts []int // offsets in d.text where lines begin
	runes      runeIndex
}

func newFileLocator(d *decoded, textLen int, segs []segment) *fileLocator {
	return &fileLocator{d: d, textLen: textLen, segs: segs, lineStarts: lineOffsets(d.text), runes: newRuneIndex(d.text)}
}

// locate gives the file position of byte off of the Source's Text.
func (l *fileLocator) locate(off int) Position {
	off = max(0, min(off, l.textLen))
	i := sort.Search(len(l.segs), func(i int) bool { return l.segs[i].text > off }) - 1
	doc := 0
	if i >= 0 {
		doc = l.segs[i].doc + off - l.segs[i].text
	}
	doc = max(0, min(doc, len(l.d.text)))
	return l.docPosition(doc)
}

// docPosition gives the file position of byte doc of the decoded file.
func (l *fileLocator) docPosition(doc int) Position {
	line := sort.Search(len(l.lineStarts), func(i int) bool { return l.lineStarts[i] > doc }) - 1
	start := l.lineStarts[line]
	col := l.runes.before(doc) - l.runes.before(start) + 1
	return Position{Line: line + 1, Column: col, Offset: l.d.fileOffset(doc)}
}

// recordLocator gives positions for a JSON record: the record's line in
// the file, and the column and offset counted within the Source's Text.
type recordLocator struct {
	line  int
	runes runeIndex
}

func (l *recordLocator) locate(off int) Position {
	off = max(0, min(off, len(l.runes.s)))
	return Position{Line: l.line, Column: l.runes.before(off) + 1, Offset: off}
}
