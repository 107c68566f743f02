package quotes

import "unicode"

// runLen counts the bytes c repeated from offset i, stopping at limit.
func runLen(text string, i, limit int, c byte) int {
	n := 0
	for i+n < limit && text[i+n] == c { // the caller's loop steps over the run
		n++
	}
	return n
}

// doubleRun handles a run of n ≥ 2 apostrophes or backticks at offset i: the
// two-character quotation marks of newspaper archives and typewritten copy
// (two apostrophes at both ends) and of typeset text (two backticks to open,
// two apostrophes to close). The run's flanks decide its part, as for a
// single mark. An opener stands after a space or punctuation and before a
// non-space; apostrophes after the pair open a nested single quotation or
// are an elision. A closer stands after a non-space and before a non-word;
// apostrophes before the pair close a nested single quotation or end a
// plural possessive. With no pair open, a closing run ends a single-quoted
// quotation after a possessive, and after a digit it is a measure. A pair
// inside a word or between spaces is no mark:
//
//	''We are ready,'' she said.         a quotation
//	``We are ready,'' she said.         a quotation
//	'''Go,' he said, and left,'' she    the pair, then a nested 'Go,'
//	'''Tis the season,'' she sang       the pair, then the elision 'Tis
//	''He told me, 'Go home,''' she      a nested 'Go home,' closes first
//	''It was for the students''' he     a possessive, then the pair
//	He called it 'a win for students''  a possessive, then the single mark
//	He is 6' 2'' tall; O''Neill; ''     no mark
//	''Tis the season, she sang          an elision, no mark
func (s *scanner) doubleRun(stack []openEntry, pi int, c byte, i, n int) []openEntry {
	p := s.paras[pi]
	prev, next := runeAround(s.text, p.start, p.end, i, n)
	opener := !isWord(prev) && next != 0 && !unicode.IsSpace(next)
	closer := prev != 0 && !unicode.IsSpace(prev) && !isWord(next)
	if c == '`' {
		if n == 2 && opener {
			stack = s.push(stack, markTicks, i, 2)
		}
		return stack
	}
	k := closerAt(stack, markApos2)
	spaced := (prev == 0 || unicode.IsSpace(prev)) && (next == 0 || unicode.IsSpace(next))
	switch {
	case k >= 0 && (closer || spaced):
		for j := 0; j < n-2; j++ {
			stack = s.mark(stack, pi, '\'', i+j, 1, '\'', '\'')
		}
		if k = closerAt(stack, markApos2); k >= 0 {
			stack = s.close(stack, k, pi, "''", i+n-2)
		}
	case opener && n == 2 && s.elidedWord(i+n, p.end):
		// ''Tis, ''em: an elision's apostrophe typed twice, not the mark.
	case opener:
		if k >= 0 {
			stack = s.abandon(stack, k) // the earlier '' was never closed
		}
		stack = s.push(stack, markApos2, i, 2)
		for j := 2; j < n; j++ {
			after := rune('\'')
			if j == n-1 {
				after = next
			}
			stack = s.mark(stack, pi, '\'', i+j, 1, ' ', after)
		}
	case closer && closerAt(stack, '\'') >= 0:
		stack = s.mark(stack, pi, '\'', i+n-1, 1, '\'', next)
	case closer && !unicode.IsDigit(prev):
		s.issues = append(s.issues, scanIssue{i + n - 2, "closing '' with no opening mark"})
	}
	return stack
}

// push opens a quotation with the mark r, size bytes long, at offset i,
// unless the stack is already maxDepth deep.
func (s *scanner) push(stack []openEntry, r rune, i, size int) []openEntry {
	if len(stack) >= maxDepth {
		return stack
	}
	return append(stack, openEntry{mark: r, markOff: i, start: i + size})
}

// elidedWord reports whether a word of two letters or more that begins with
// an elided apostrophe ('Tis, 'em, 'cause) starts at offset off, before
// limit. Numbers are left out: two apostrophes before "60 Minutes" open a
// quotation.
func (s *scanner) elidedWord(off, limit int) bool {
	return off+1 < limit && isLetter(s.text[off]) && isLetter(s.text[off+1]) && s.elided(off)
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
