package quotes

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// paragraph is one block of an article's text: [start, end) in bytes.
type paragraph struct {
	start, end int
	num        int  // 1-based
	dup        bool // repeats the previous paragraph verbatim (a printed-twice headline)
}

// span is one quotation found by the scanner.
type span struct {
	start, end  int // the text between the marks, without white space next to them (« Le pont »)
	open, close string
	pad         [2]int // bytes of white space between the opening mark and start, and between end and the closing mark
	para        int    // index into the paragraph list
	cont        bool   // left open at its paragraph's end, reopened by the next paragraph
}

// scanIssue is an unbalanced mark, at byte offset off.
type scanIssue struct {
	off int
	msg string
}

// maxLineInBlock is the longest line, in bytes, of a block still read as
// hard-wrapped prose; a block with longer lines has one paragraph per line.
const maxLineInBlock = 120

// splitParagraphs divides text into blank-line-separated blocks, or into
// lines when the text has no blank line or a block holds long lines.
func splitParagraphs(text string) []paragraph {
	type line struct{ start, end int }
	var lines []line
	for off := 0; off < len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		end := len(text)
		if nl >= 0 {
			end = off + nl
		}
		lines = append(lines, line{off, end})
		off = end + 1
	}
	blank := func(l line) bool { return strings.TrimSpace(text[l.start:l.end]) == "" }
	noBlank := true
	for i := 1; i+1 < len(lines); i++ {
		if blank(lines[i]) && !blank(lines[i-1]) {
			noBlank = false
		}
	}
	var paras []paragraph
	add := func(s, e int) {
		p := paragraph{start: s, end: e, num: len(paras) + 1}
		if n := len(paras); n > 0 {
			prev := paras[n-1]
			p.dup = strings.TrimSpace(text[s:e]) == strings.TrimSpace(text[prev.start:prev.end])
		}
		paras = append(paras, p)
	}
	for i := 0; i < len(lines); {
		if blank(lines[i]) {
			i++
			continue
		}
		j, long := i, false
		for j < len(lines) && !blank(lines[j]) {
			if j+1 < len(lines) && !blank(lines[j+1]) && lines[j].end-lines[j].start > maxLineInBlock {
				long = true
			}
			j++
		}
		if long || noBlank {
			for k := i; k < j; k++ {
				add(lines[k].start, lines[k].end)
			}
		} else {
			add(lines[i].start, lines[j-1].end)
		}
		i = j
	}
	return paras
}

// openEntry is a quotation mark waiting for its closer.
type openEntry struct {
	mark     rune
	markOff  int // byte offset of the mark
	start    int // byte offset just after the mark
	children []span
}

// Two-character marks stand in the stack as private-use runes.
const (
	markApos2 = '\uE000' // '' (two apostrophes: the archive and typewriter convention, both ends)
	markTicks = '\uE001' // `` (two backticks: the typeset opener, closed by '')
)

// markText gives a mark as printed.
func markText(r rune) string {
	switch r {
	case markApos2:
		return "''"
	case markTicks:
		return "``"
	}
	return string(r)
}

// closersOf lists the marks that close each opening mark.
var closersOf = map[rune]string{
	'"': "\"”“", '“': "”\"“", '„': "“”\"", '«': "»", '»': "«", '‹': "›", '›': "‹",
	'‘': "’'", '‚': "‘’", '\'': "'’", '「': "」", '『': "』",
	'‟': "”\"", '‛': "’'", '`': "'’", '＂': "＂", '〝': "〞〟",
	markApos2: string(markApos2), markTicks: string(markApos2),
}

// apostrophic marks may be apostrophes (or, for a backtick, code): left
// unclosed, they are dropped silently.
func apostrophic(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == '‛' || r == '`' }

// straightDouble reports the marks that open and close alike, by their
// flanks: the straight double quote and its fullwidth form.
func straightDouble(r rune) bool { return r == '"' || r == '＂' }

// elisions are words that begin with an apostrophe rather than a quotation mark.
var elisions = wordSet("elisions")

const maxDepth = 8

// openingMarks are the marks that can open a quotation.
const openingMarks = "\"“„«»‹›‘‚'「『‟‛`＂〝"

// scannedMarks are the characters the scanner reads as quotation marks.
const scannedMarks = "\"“”„«»‹›‘’‚'「」『』‟‛`＂〝〞〟"

// isScannedMark reports whether r is one of scannedMarks, answering for
// ASCII (most of any text) without a search.
func isScannedMark(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '"' || r == '\'' || r == '`'
	}
	return strings.ContainsRune(scannedMarks, r)
}

// scanner finds the quotations of one text.
type scanner struct {
	text   string
	paras  []paragraph
	spans  []span
	issues []scanIssue
	steps  int // loop steps, for the linear-time tests
	empty  int // quotations dropped for holding no letter or digit
	first  int // the offset of the first of them

	closerMemo [2]closerMemo // for ' and ’
}

// closerMemo is closerAfter's last answer: in paragraph para, the first
// closing mark at or after offset from is at offset at (-1: none).
type closerMemo struct{ para, from, at int }

// scanText finds every quotation in text, paragraph by paragraph, and
// counts the steps it took.
func scanText(text string) ([]paragraph, []span, []scanIssue, int) {
	s := &scanner{text: text, paras: splitParagraphs(text), closerMemo: [2]closerMemo{{para: -1}, {para: -1}}}
	for i := range s.paras {
		if !s.paras[i].dup {
			s.scanParagraph(i)
		}
	}
	s.spans = slices.DeleteFunc(s.spans, func(sp span) bool { return !s.keep(sp) })
	for i := range s.spans {
		s.spans[i] = s.trimInner(s.spans[i])
	}
	sort.SliceStable(s.spans, func(a, b int) bool { return s.spans[a].start < s.spans[b].start })
	if s.empty > 0 {
		n := strconv.Itoa(s.empty)
		s.issues = append([]scanIssue{{s.first, n + " empty or letterless quotation(s) (\"\", \" \", \"…\") ignored, the first here"}}, s.issues...)
	}
	return s.paras, s.spans, s.issues, s.steps + len(text)
}

// trimInner takes the white space inside the marks out of a quotation's
// text: French typography sets a space inside « and » (« Le pont rouvre »),
// and a space typed after an opening mark is no part of what was said.
func (s *scanner) trimInner(sp span) span {
	end := s.trimEnd(sp.start, sp.end)
	start := sp.start
	for start < end {
		r, size := utf8.DecodeRuneInString(s.text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	sp.pad = [2]int{start - sp.start, sp.end - end}
	sp.start, sp.end = start, end
	return sp
}

// markStart gives the byte offset of a quotation's opening mark.
func (sp span) markStart() int { return sp.start - sp.pad[0] - len(sp.open) }

// markEnd gives the byte offset just after a quotation's closing mark (the
// end of its text when it was left open).
func (sp span) markEnd() int { return sp.end + sp.pad[1] + len(sp.close) }

// keep tells whether a span holds a letter or digit, counting those that
// do not: an empty or letterless quotation ("", " ", "…") quotes nobody.
func (s *scanner) keep(sp span) bool {
	if strings.IndexFunc(s.text[sp.start:sp.end], isWord) >= 0 {
		return true
	}
	if s.empty == 0 || sp.start-len(sp.open) < s.first {
		s.first = sp.start - len(sp.open)
	}
	s.empty++
	return false
}

// isWord reports whether r is a letter or digit, answering for ASCII
// without the Unicode tables.
func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// runeAround gives the runes before and after byte offset i (whose rune is size bytes), 0 at the edges.
func runeAround(t string, lo, hi, i, size int) (rune, rune) {
	var p, n rune
	if i > lo {
		p, _ = utf8.DecodeLastRuneInString(t[lo:i])
	}
	if i+size < hi {
		n, _ = utf8.DecodeRuneInString(t[i+size : hi])
	}
	return p, n
}

func (s *scanner) scanParagraph(pi int) {
	p := s.paras[pi]
	var stack []openEntry
	for i := p.start; i < p.end; {
		s.steps++
		if c := s.text[i]; c < utf8.RuneSelf && c != '"' && c != '\'' && c != '`' {
			i++ // no mark: the bulk of any text
			continue
		}
		if n := s.attributeValue(i, p.end); n > 0 {
			i += n
			continue
		}
		if c := s.text[i]; c == '\'' || c == '`' {
			if n := runLen(s.text, i, p.end, c); n >= 2 {
				stack = s.doubleRun(stack, pi, c, i, n)
				i += n
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s.text[i:p.end])
		if isScannedMark(r) {
			prev, next := runeAround(s.text, p.start, p.end, i, size)
			stack = s.mark(stack, pi, r, i, size, prev, next)
		}
		i += size
	}
	s.endParagraph(pi, stack)
}

// attributeValue gives the length of a markup or code value quoted after an
// equals sign at offset i (<img alt="" src="x.png">, name='Ann'), marks
// included, 0 when none stands there: its marks are not quotation marks, as
// in prose a quotation never follows "=" directly.
func (s *scanner) attributeValue(i, limit int) int {
	c := s.text[i]
	if c != '"' && c != '\'' || i == 0 || s.text[i-1] != '=' {
		return 0
	}
	n := strings.IndexByte(s.text[i+1:limit], c)
	if n < 0 {
		return 0
	}
	s.steps += n
	return n + 2
}

// closerAt finds the stack entry r closes, -1 when none.
func closerAt(stack []openEntry, r rune) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if strings.ContainsRune(closersOf[stack[k].mark], r) {
			return k
		}
	}
	return -1
}

// mark handles one quotation-mark character at byte offset i.
func (s *scanner) mark(stack []openEntry, pi int, r rune, i, size int, prev, next rune) []openEntry {
	spaceBefore := prev == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev)
	spaceAfter := next == 0 || unicode.IsSpace(next)
	closerFlank := !spaceBefore && !isWord(next)
	openerFlank := !spaceAfter && !(isWord(prev) && !isWord(next) && next != 0)
	if r == '\'' || r == '’' {
		closerFlank = !spaceBefore && !isWord(next)
	}
	// An opening curly mark flanked as a closer (“ready,“ she said) is the
	// slip of an autocorrecting editor: it closes, as does one between spaces.
	canClose := r != '“' || !spaceBefore && !isWord(next) && !strings.ContainsRune(openingMarks, next) || spaceBefore && spaceAfter
	if k := closerAt(stack, r); k >= 0 && canClose {
		if (r == '\'' || r == '’') && (!closerFlank || s.pluralPossessive(stack[k], pi, r, i, size)) {
			return stack // an apostrophe inside a word, or "the teachers’ union"
		}
		// A straight mark that looks like an opener nests ("He says, "no,"
		// and left"): if the outer one is never closed, endParagraph still
		// keeps the inner quotation.
		if straight := straightDouble(r) && spaceBefore && !spaceAfter; !straight {
			return s.close(stack, k, pi, string(r), i)
		}
	}
	switch r {
	case '"', '“', '„', '«', '‹', '‘', '‚', '「', '『', '‟', '‛', '＂', '〝':
		if straightDouble(r) && !openerFlank {
			s.issues = append(s.issues, scanIssue{i, "closing " + string(r) + " with no opening mark"})
			return stack
		}
		if (r == '‘' || r == '‛') && s.elided(i+size) {
			return stack
		}
	case '`':
		if !openerFlank {
			return s.endCode(stack)
		}
	case '»', '›':
		if spaceAfter || !spaceBefore {
			s.issues = append(s.issues, scanIssue{i, "closing " + string(r) + " with no opening mark"})
			return stack
		}
	case '\'':
		if !spaceBefore || !isWord(next) && !s.opensDouble(i+size, pi) || s.elided(i+size) {
			return stack
		}
	case '”', '」', '』', '〞', '〟':
		s.issues = append(s.issues, scanIssue{i, "closing " + string(r) + " with no opening mark"})
		return stack
	default: // ’ and other closers alone are apostrophes
		return stack
	}
	if len(stack) >= maxDepth {
		return stack
	}
	return append(stack, openEntry{mark: r, markOff: i, start: i + size})
}

// endCode handles a backtick flanked as a closer: one left open before it
// began a code span (`go test`), not a quotation, and is dropped silently.
func (s *scanner) endCode(stack []openEntry) []openEntry {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].mark == '`' {
			return stack[:k]
		}
	}
	return stack
}

// opensDouble reports whether a double opening mark followed by a word
// stands at offset off of paragraph pi: a single straight mark before it
// opens a quotation that begins with a quotation ('"Hello," he said').
func (s *scanner) opensDouble(off, pi int) bool {
	end := s.paras[pi].end
	if off >= end {
		return false
	}
	r, size := utf8.DecodeRuneInString(s.text[off:end])
	if !strings.ContainsRune("\"“„«‟＂", r) || off+size >= end {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s.text[off+size : end])
	return isWord(next)
}

// maxElision is the longest word, in bytes, read as an elision ('twas, '1990s).
const maxElision = 6

// elided reports whether the word at off makes the mark before it an
// apostrophe ('90s, 'n', 'em). It reads no more than maxElision+1 bytes.
func (s *scanner) elided(off int) bool {
	j := off
	for j < len(s.text) {
		s.steps++
		r, size := utf8.DecodeRuneInString(s.text[j:])
		if !isWord(r) {
			break
		}
		if j += size; j-off > maxElision {
			return false
		}
	}
	w := strings.ToLower(s.text[off:j])
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return strings.HasSuffix(w, "s") || len(w) == 2
	}
	return elisions[w]
}

// close ends the entry at stack[k] with the mark at offset i.
func (s *scanner) close(stack []openEntry, k, pi int, mark string, i int) []openEntry {
	for len(stack) > k+1 {
		stack = s.abandon(stack, len(stack)-1)
	}
	e := stack[k]
	sp := span{start: e.start, end: i, open: markText(e.mark), close: mark, para: pi}
	stack = stack[:k]
	if !s.keep(sp) || len(s.spans) > maxQuotes(len(s.text)) {
		return stack // past maxQuotes Extract ignores the rest anyway
	}
	if k == 0 {
		s.spans = append(s.spans, sp)
	} else {
		stack[k-1].children = append(stack[k-1].children, sp)
	}
	return stack
}

// abandon drops the unclosed entry at stack[k] (and all above it), warning
// about it and keeping the quotations found inside it.
func (s *scanner) abandon(stack []openEntry, k int) []openEntry {
	for len(stack) > k {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !apostrophic(e.mark) {
			s.issues = append(s.issues, scanIssue{e.markOff, "unclosed " + markText(e.mark) + " (no closing mark in its paragraph)"})
		}
		if len(stack) == 0 {
			s.spans = append(s.spans, e.children...)
		} else {
			top := &stack[len(stack)-1]
			top.children = append(top.children, e.children...)
		}
	}
	return stack
}

// endParagraph settles the marks still open at the end of paragraph pi.
func (s *scanner) endParagraph(pi int, stack []openEntry) {
	if len(stack) == 0 {
		return
	}
	stack = s.abandon(stack, 1)
	bottom := stack[0]
	if s.nextOpensWith(pi, bottom.mark) && !nestsSame(bottom) {
		end := s.trimEnd(bottom.start, s.paras[pi].end)
		s.spans = append(s.spans, span{start: bottom.start, end: end, open: markText(bottom.mark), para: pi, cont: true})
		return
	}
	if s.runsToEnd(pi, bottom) {
		return
	}
	stack[0] = s.endsAtSame(pi, bottom)
	s.abandon(stack, 0)
}

// endsAtSame keeps the part of the unclosed quotation e that stands before
// the first quotation of the same mark inside it: the writer left e open and
// began the next one (“We were shocked. “Then she said, ‘Go,’” Lee said. →
// "We were shocked."; called it “a mess and “a disgrace.” → "a mess and").
// Double curly marks alternate with single ones when nested, so that is
// certain; straight marks may nest, and a single mark may have been an
// apostrophe misread, so for them the part must end with punctuation ("We
// will win, she added, "and soon." → "We will win, she added,").
// It gives e with only the quotations after that part left as its children.
func (s *scanner) endsAtSame(pi int, e openEntry) openEntry {
	for i, c := range e.children {
		if c.open != markText(e.mark) {
			continue
		}
		end := s.trimEnd(e.start, c.start-len(c.open))
		last, _ := utf8.DecodeLastRuneInString(s.text[e.start:end])
		if end > e.start && (!apostrophic(e.mark) && e.mark != '"' || strings.ContainsRune(",.:;?!—–…", last)) {
			s.spans = append(s.spans, span{start: e.start, end: end, open: c.open, para: pi})
			e.children = e.children[i:] // those before are inside the part kept
		}
		break
	}
	return e
}

// introducers are the punctuation after which an unclosed quotation runs to
// its paragraph's end: the ends of a sentence, clause or earlier quotation.
const introducers = ".?!:;,—–-([…”’»›\"'＂〞〟"

// runsToEnd keeps an unclosed quotation that opens its paragraph or follows
// punctuation ("He said: “We are ready.", "It was late. “Go home.") as
// running to the paragraph's end, the writer having left off its closing
// mark; it warns all the same. The quotations inside it are part of it. A
// quotation that follows a word (a scare quote left open) or a symbol (a="b),
// or holds one of its own mark (see endsAtSame), is not kept.
func (s *scanner) runsToEnd(pi int, e openEntry) bool {
	if apostrophic(e.mark) || nestsSame(e) {
		return false
	}
	p := s.paras[pi]
	before := strings.TrimRightFunc(s.text[p.start:e.markOff], unicode.IsSpace)
	if last, _ := utf8.DecodeLastRuneInString(before); before != "" && !strings.ContainsRune(introducers, last) {
		return false
	}
	end := s.trimEnd(e.start, p.end)
	if end == e.start {
		return false
	}
	s.issues = append(s.issues, scanIssue{e.markOff, "unclosed " + markText(e.mark) + " (read to the end of its paragraph)"})
	s.spans = append(s.spans, span{start: e.start, end: end, open: markText(e.mark), para: pi})
	return true
}

// nestsSame reports whether a quotation opened with the same mark as e
// closed inside it (“… “…” …): the sign that e was left open by mistake, as
// a quotation nested in another takes the other kind of mark.
func nestsSame(e openEntry) bool {
	for _, c := range e.children {
		if c.open == markText(e.mark) {
			return true
		}
	}
	return false
}

// nextOpensWith reports whether the paragraph after pi begins with the same opening mark.
func (s *scanner) nextOpensWith(pi int, mark rune) bool {
	if pi+1 >= len(s.paras) || s.paras[pi+1].dup {
		return false
	}
	n := s.paras[pi+1]
	rest := strings.TrimLeftFunc(s.text[n.start:n.end], unicode.IsSpace)
	if mark == markTicks {
		mark = markApos2 // a typeset quotation's later paragraphs may open with `` or ''
		if strings.HasPrefix(rest, "``") {
			return true
		}
	}
	mt := markText(mark)
	return strings.HasPrefix(rest, mt) && !(mark == '\'' && strings.HasPrefix(rest, "''"))
}

// minWordsBeforePossessive is how long a quotation must already be before a
// mark after "s" inside it is read as a plural possessive rather than its end.
const minWordsBeforePossessive = 4

// pluralPossessive reports whether the single mark r at offset i, which could
// close entry e, is the apostrophe of a plural possessive ("the teachers’
// union"): it follows an s and precedes a lower-case word, the quotation is
// already several words long, and a later mark in the paragraph can close it.
func (s *scanner) pluralPossessive(e openEntry, pi int, r rune, i, size int) bool {
	p := s.paras[pi]
	if i == 0 || s.text[i-1] != 's' || !strings.HasPrefix(s.text[i+size:p.end], " ") {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s.text[i+size+1 : p.end])
	if !unicode.IsLower(next) || !s.wordsAtLeast(e.start, i, minWordsBeforePossessive) {
		return false
	}
	return s.closerAfter(pi, r, i+size) >= 0
}

// wordsAtLeast reports whether text[start:end] holds at least n words,
// reading back from end only until it has found them.
func (s *scanner) wordsAtLeast(start, end, n int) bool {
	words, inWord := 0, false
	for j := end; j > start; {
		s.steps++
		r, size := utf8.DecodeLastRuneInString(s.text[start:j])
		j -= size
		space := unicode.IsSpace(r)
		if !space && !inWord {
			if words++; words >= n {
				return true
			}
		}
		inWord = !space
	}
	return false
}

// closerAfter gives the offset of the first mark r (' or ’) at or after
// from in paragraph pi that is flanked as a closer, -1 when none. Calls for
// one paragraph and mark come with rising offsets, so it remembers its last
// answer and never reads a byte twice.
func (s *scanner) closerAfter(pi int, r rune, from int) int {
	m := &s.closerMemo[0]
	if r != '\'' {
		m = &s.closerMemo[1]
	}
	if m.para == pi && from >= m.from && (m.at < 0 || m.at >= from) {
		return m.at
	}
	*m = closerMemo{para: pi, from: from, at: -1}
	p := s.paras[pi]
	size := utf8.RuneLen(r)
	for j := from; j < p.end; {
		k := strings.IndexRune(s.text[j:p.end], r)
		if k < 0 {
			s.steps += p.end - j
			break
		}
		s.steps += k + size
		at := j + k
		prev, after := runeAround(s.text, p.start, p.end, at, size)
		if prev != 0 && !unicode.IsSpace(prev) && !isWord(after) {
			m.at = at
			break
		}
		j = at + size
	}
	return m.at
}

// trimEnd moves end back over white space, no further than start.
func (s *scanner) trimEnd(start, end int) int {
	for end > start {
		s.steps++
		r, size := utf8.DecodeLastRuneInString(s.text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return end
}
