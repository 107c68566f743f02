package align

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/quotecheck/quotecheck/quotes"
)

// token is one word of a quotation: as printed and normalised, with its
// byte span in the text it came from.
type token struct {
	orig       string // the word as printed
	norm       string // NFKC, folded apostrophes, lower case
	start, end int    // byte offsets in the text
	bracketed  bool   // inside [square brackets]: an editor's insertion
	stage      bool   // a transcript's stage direction, in parentheses: "(Laughter.)"
	part       int    // which part of a joined version the word is in
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// tokenize splits text into words. An apostrophe between letters, and a
// point or comma between digits, stays inside its word; every other
// character separates words.
func tokenize(text string) []token {
	var toks []token
	eachWord(text, func(start, end int, bracketed bool) {
		orig := text[start:end]
		toks = append(toks, token{orig: orig, norm: normWord(orig), start: start, end: end, bracketed: bracketed})
	})
	return toks
}

// eachWord calls f with the start and end of each word of text (see
// tokenize), and whether it stands in square brackets. Only a bracket that
// is closed counts: a stray "[" (a terminal escape such as ESC "[31m", a
// typo) does not make the words after it an editor's insertion.
func eachWord(text string, f func(start, end int, bracketed bool)) {
	closed := closedBrackets(text)
	depth, nth := 0, 0
	i := 0
	for i < len(text) {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) {
			switch r {
			case '[':
				if closed[nth] {
					depth++
				}
				nth++
			case ']':
				if depth > 0 {
					depth--
				}
			}
			i += n
			continue
		}
		start := i
		i = wordEnd(text, i)
		f(start, i, depth > 0)
	}
}

// closedBrackets reports, for each "[" of text in order, whether a "]"
// later closes it (brackets nest); nil when text has no "[" at all.
func closedBrackets(text string) map[int]bool {
	if strings.IndexByte(text, '[') < 0 {
		return nil
	}
	closed := map[int]bool{}
	var open []int
	nth := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '[':
			open = append(open, nth)
			nth++
		case ']':
			if len(open) > 0 {
				closed[open[len(open)-1]] = true
				open = open[:len(open)-1]
			}
		}
	}
	return closed
}

// wordEnd gives the end of the word starting at i.
func wordEnd(text string, i int) int {
	prevDigit := false
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			prevDigit = unicode.IsDigit(r)
			i += n
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		inner := (quotes.IsApostrophe(r) && i+n < len(text) && unicode.IsLetter(next)) ||
			((r == '.' || r == ',') && prevDigit && unicode.IsDigit(next))
		if !inner {
			break
		}
		i += n
	}
	return i
}

// normWord gives the form words are compared in.
func normWord(w string) string {
	if plainASCII(w) {
		return strings.ToLower(w) // no compatibility forms, no curly apostrophes
	}
	w = norm.NFKC.String(w)
	w = strings.Map(func(r rune) rune {
		if quotes.IsApostrophe(r) {
			return '\''
		}
		return r
	}, w)
	return strings.ToLower(w)
}

// plainASCII reports whether w is ASCII letters, digits and straight
// apostrophes only.
func plainASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || c == '`' {
			return false
		}
	}
	return true
}

// Words gives the words of text in the one form quotecheck compares them
// in: split where align splits (an apostrophe between letters, and a
// point or comma between digits, stay inside a word), NFKC, every
// apostrophe mark folded to ', lower case. check matches and
// fingerprints words in this form too.
func Words(text string) []string { return normTokens(text) }

// normTokens gives the normalised words of text.
func normTokens(text string) []string {
	toks := tokenize(text)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.norm
	}
	return out
}

// foldTypography maps curly and straight quotation marks, apostrophes,
// dashes and ellipses to one form each, and drops spaces.
func foldTypography(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
		case quotes.IsApostrophe(r):
			b.WriteByte('\'')
		case strings.ContainsRune("\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a", r):
			b.WriteByte('\'') // nested marks may be single or double
		case unicode.Is(unicode.Pd, r) || r == '\u2212':
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	return dashRuns.ReplaceAllString(b.String(), "-")
}

var dashRuns = regexp.MustCompile(`-+`)

// stripSpace drops white space from a separator.
func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// hasEllipsis reports whether a separator holds an omission mark.
func hasEllipsis(s string) bool {
	return strings.Contains(s, "\u2026") || strings.Contains(s, "...") || strings.Contains(s, ". . .")
}

// surname gives the key a speaker's name is compared by: quotes.SpeakerKey,
// the one key matching, blocking and transcripts all use (a hyphenated
// family name is one key: "Delacroix-Han" is "delacroix-han", never "han").
// "" means unknown.
func surname(name string) string { return quotes.SpeakerKey(name) }

// conflicts reports whether the two items' speakers are both known and
// have different surnames (quotes.SpeakerKey): evidence that two
// quotations are not one utterance. Two people of one family share a
// surname, so this is weaker than quotes.Speaker.Conflict, which the
// report's credit disputes use.
func (it *item) conflicts(o *item) bool {
	return it.spk != "" && o.spk != "" && it.spk != o.spk
}

// personOf gives the person a quotation is credited to, "" when unknown or
// an organisation: an organisation speaks through people whom another
// outlet may name, so crediting it is no credit dispute.
func personOf(q *quotes.Quote) string {
	if q.SpeakerMethod == quotes.MethodOrganisation {
		return ""
	}
	return q.Speaker
}

// orgOf gives the organisation a quotation is credited to, "" when it is
// credited to a person or nobody. Two outlets crediting one organisation
// agree on the speaker as two crediting one person do.
func orgOf(q *quotes.Quote) string {
	if q.SpeakerMethod != quotes.MethodOrganisation {
		return ""
	}
	return q.Speaker
}

// agrees reports whether the two items' speakers are both known and the
// same.
func (it *item) agrees(o *item) bool {
	return it.spk != "" && it.spk == o.spk
}

// matchTokens gives the words of text as the matcher compares them:
// normalised, with unambiguous contractions spelled out ("aren't" →
// "are not", "we'll" → "we will"), so that a contraction is not a
// changed word. "'s" and "'d" stay: they are possessives or stand for
// more than one word.
func matchTokens(text string) []string {
	var out []string
	eachWord(text, func(start, end int, _ bool) {
		w := normWord(text[start:end])
		if ws, ok := irregular[w]; ok && !strings.Contains(ws[0], "|") {
			out = append(out, ws...)
			return
		}
		for _, s := range contractedEndings {
			if stem, ok := strings.CutSuffix(w, s.suffix); ok && stem != "" {
				out = append(out, stem, s.word)
				return
			}
		}
		out = append(out, w)
	})
	return slices.Clip(out)
}

// contractedEndings are the contracted endings matchTokens spells out
// (no word has two).
var contractedEndings = []struct{ suffix, word string }{
	{"n't", "not"}, {"'ll", "will"}, {"'re", "are"}, {"'ve", "have"}, {"'m", "am"},
}
