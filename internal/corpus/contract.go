package corpus

import "strings"

// contractions pairs spelled-out words with their contraction, in the
// order they are tried.
var contractions = [][3]string{
	{"will", "not", "won't"}, {"do", "not", "don't"}, {"does", "not", "doesn't"},
	{"is", "not", "isn't"}, {"are", "not", "aren't"}, {"have", "not", "haven't"},
	{"we", "will", "we'll"}, {"I", "will", "I'll"}, {"it", "is", "it's"}, {"that", "is", "that's"},
	{"I", "am", "I'm"}, {"we", "are", "we're"}, {"they", "are", "they're"}, {"we", "have", "we've"},
}

// contract joins the first contractible pair of words ("we will" → "we'll",
// keeping the first word's capital) and says where.
func contract(words []string) ([]string, int, bool) {
	for _, c := range contractions {
		for i := 0; i+1 < len(words); i++ {
			a, b := words[i], words[i+1]
			if !strings.EqualFold(a, c[0]) || b != c[1] && !isWordWithPunct(b, c[1]) {
				continue
			}
			joined := c[2]
			if a[0] != c[0][0] {
				joined = a[:1] + joined[1:]
			}
			joined += b[len(c[1]):]
			out := make([]string, 0, len(words)-1)
			out = append(out, words[:i]...)
			out = append(out, joined)
			return append(out, words[i+2:]...), i, true
		}
	}
	return nil, 0, false
}

// expand spells out the first contraction in words ("we'll" → "we will").
func expand(words []string) ([]string, int, bool) {
	for i, w := range words {
		for _, c := range contractions {
			if !strings.EqualFold(strings.TrimRight(w, ",.?"), c[2]) {
				continue
			}
			first := c[0]
			if w[0] != c[2][0] {
				first = w[:1] + first[1:]
			}
			rest := c[1] + w[len(c[2]):]
			out := make([]string, 0, len(words)+1)
			out = append(out, words[:i]...)
			out = append(out, first, rest)
			return append(out, words[i+1:]...), i, true
		}
	}
	return nil, 0, false
}

func isWordWithPunct(w, base string) bool {
	return strings.HasPrefix(w, base) && strings.Trim(w[len(base):], ",.?") == ""
}
