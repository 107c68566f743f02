package quotes

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tokWord = iota
	tokPunct
	tokQuote
)

// token is one word, punctuation mark, or whole quotation of the narration.
type token struct {
	start, end int
	text       string
	lower      string
	quote      int   // index of the span, for tokQuote
	para       int   // paragraph index
	sent       int   // sentence number across the article
	kind       uint8 // tokWord, tokPunct or tokQuote
	cap        bool  // word starting with an upper-case letter
}

// abbreviations keep their full stop inside the word.
var abbreviations = wordSet("abbreviations")

// Abbreviation reports whether w, a word without its full stop in any
// case ("Mr", "Sept", "U.S"), is an abbreviation a full stop follows
// inside a sentence (vocab/abbreviations.txt).
func Abbreviation(w string) bool { return isAbbreviation(w + ".") }

// tokenizeUpTo splits the narration of each paragraph into tokens, each
// top-level quotation becoming one tokQuote token and sentences numbered as
// it goes, making at most limit tokens; it gives the
// offset where it stopped (len(text) when it read all).
func tokenizeUpTo(text string, paras []paragraph, spans []span, limit int) ([]token, int) {
	toks := newTokens(min(limit, tokensExpected(paras, spans)))
	var lows lowerer
	si, sent := 0, 0
	for pi, p := range paras {
		sent++
		for i := p.start; i < p.end; {
			if len(toks) >= limit {
				lows.set(toks)
				return toks, i
			}
			if len(toks) == cap(toks) {
				toks = slices.Grow(toks, min(limit, 2*len(toks))-len(toks)) // not past limit
			}
			if si < len(spans) && spans[si].para == pi && i >= spans[si].markStart() {
				sp := spans[si]
				end := sp.markEnd()
				toks = append(toks, token{start: sp.start, end: sp.end, kind: tokQuote, quote: si, para: pi, sent: sent})
				if endsSentence(text[sp.start:sp.end]) && startsSentence(text, end, p.end) {
					sent++
				}
				i = end
				si++
				continue
			}
			for si < len(spans) && spans[si].para < pi {
				si++
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += size
			case isWord(r):
				j := wordEnd(text, i, p.end)
				w := text[i:j]
				lows.add(len(toks), w)
				toks = append(toks, token{start: i, end: j, kind: tokWord, text: w, lower: w, para: pi, sent: sent, cap: unicode.IsUpper(r)})
				i = j
			default:
				toks = append(toks, token{start: i, end: i + size, kind: tokPunct, text: text[i : i+size], lower: text[i : i+size], para: pi, sent: sent})
				if (r == '.' || r == '?' || r == '!') && startsSentence(text, i+size, p.end) {
					sent++
				}
				i += size
			}
		}
	}
	lows.set(toks)
	return toks, len(text)
}

// tokenPool holds token slices for reuse, cleared: an article's tokens
// are the largest thing extraction makes and live no longer than its
// Extract call.
var tokenPool sync.Pool // of *[]token

// maxPooledTokens is the largest token slice kept for reuse (5 MB).
const maxPooledTokens = 1 << 16

// newTokens gives an empty token slice with room for n tokens.
func newTokens(n int) []token {
	if p, ok := tokenPool.Get().(*[]token); ok && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]token, 0, n)
}

// releaseTokens gives toks back for reuse; the caller keeps nothing of it.
func releaseTokens(toks []token) {
	if cap(toks) > maxPooledTokens {
		return
	}
	clear(toks) // drop the article's strings; the rest was cleared before
	tokenPool.Put(&toks)
}

// tokensExpected is how many tokens the narration of paras is likely to
// make: prose runs about one every six bytes, and each quotation is one.
func tokensExpected(paras []paragraph, spans []span) int {
	n := 0
	for _, p := range paras {
		n += p.end - p.start
	}
	for _, sp := range spans {
		n -= sp.end - sp.start + len(sp.open) + len(sp.close)
	}
	return max(0, n)/5 + len(spans) + 16
}

// lowerer gathers the lower-case forms of the words that have upper-case
// letters into one string, made once: a token's lower then costs no
// allocation of its own.
type lowerer struct {
	buf  []byte
	refs []lowerRef
}

// lowerRef is token tok's lower-case form, buf[from:to].
type lowerRef struct{ tok, from, to int }

// add records the lower-case form of w, word of token tok, when it is not w.
func (l *lowerer) add(tok int, w string) {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			if lw := strings.ToLower(w); lw != w {
				l.keep(tok, lw)
			}
			return
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if upper {
		from := len(l.buf)
		for i := 0; i < len(w); i++ {
			l.buf = append(l.buf, asciiLower(w[i]))
		}
		l.refs = append(l.refs, lowerRef{tok, from, len(l.buf)})
	}
}

func (l *lowerer) keep(tok int, lw string) {
	l.refs = append(l.refs, lowerRef{tok, len(l.buf), len(l.buf) + len(lw)})
	l.buf = append(l.buf, lw...)
}

// set gives the tokens recorded their lower-case forms.
func (l *lowerer) set(toks []token) {
	all := string(l.buf)
	for _, r := range l.refs {
		toks[r.tok].lower = all[r.from:r.to]
	}
}

func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// wordEnd finds the end of the word starting at i: letters and digits joined by
// apostrophes, hyphens and inner full stops, plus the stop of an abbreviation.
func wordEnd(text string, i, limit int) int {
	j := i
	for j < limit {
		r, size := utf8.DecodeRuneInString(text[j:limit])
		if isWord(r) {
			j += size
			continue
		}
		if strings.ContainsRune("'’-.&", r) && j+size < limit {
			n, _ := utf8.DecodeRuneInString(text[j+size : limit])
			if isWord(n) {
				j += size
				continue
			}
		}
		break
	}
	if j < limit && text[j] == '.' {
		if strings.Contains(text[i:j], ".") || (j-i == 1 && unicode.IsUpper(rune(text[i]))) || isAbbreviation(text[i:j+1]) {
			return j + 1
		}
	}
	return j
}

// isAbbreviation reports whether w, in any case, is one of abbreviations;
// a short ASCII word is lower-cased without an allocation.
func isAbbreviation(w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return abbreviations[strings.ToLower(w)]
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return abbreviations[strings.ToLower(w)]
		}
		b[i] = asciiLower(w[i])
	}
	return abbreviations[string(b)]
}

// endsSentence reports whether quoted text ends with sentence-final punctuation.
func endsSentence(q string) bool {
	q = strings.TrimRightFunc(q, unicode.IsSpace)
	return strings.HasSuffix(q, ".") || strings.HasSuffix(q, "?") || strings.HasSuffix(q, "!") || strings.HasSuffix(q, "…")
}

// startsSentence reports whether a new sentence can begin at off: the next
// non-space character is upper-case, a digit or an opening mark, or the paragraph ends.
func startsSentence(text string, off, limit int) bool {
	rest := strings.TrimLeftFunc(text[off:limit], unicode.IsSpace)
	if rest == "" {
		return true
	}
	if rest == text[off:limit] {
		return false // no space after the stop
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“„«»‘'`(‟‛＂〝", r)
}

// bareName strips a possessive ending from a word.
func bareName(w string) (string, bool) {
	if w == "" || w[len(w)-1] != 's' && w[len(w)-1] != '\'' && w[len(w)-1] != "’"[2] {
		return w, false // no ending below can stand there
	}
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}
