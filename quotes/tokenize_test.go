package quotes

import "math"

// tokenize is tokenizeUpTo without a limit, for tests that read the tokens
// of a whole short text.
func tokenize(text string, paras []paragraph, spans []span) []token {
	toks, _ := tokenizeUpTo(text, paras, spans, math.MaxInt)
	return toks
}
