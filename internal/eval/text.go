package eval

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

var (
	reSingles = regexp.MustCompile("[\u2018\u2019\u201b\u2032`]")
	reDoubles = regexp.MustCompile("[\u201c\u201d\u201e\u201f\u00ab\u00bb\"]")
	reNonWord = regexp.MustCompile(`[^\p{L}\p{N}_' ]+`)
)

// Norm folds text for comparison as the scorer does: NFKC, one apostrophe
// and one double mark, lower case, punctuation to spaces.
func Norm(s string) string {
	s = norm.NFKC.String(s)
	s = reSingles.ReplaceAllString(s, "'")
	s = reDoubles.ReplaceAllString(s, `"`)
	s = reNonWord.ReplaceAllString(strings.ToLower(s), " ")
	return strings.Join(strings.Fields(s), " ")
}

// Similarity is the share of words two texts have in common, over the
// longer one's count (1 when they normalise alike).
func Similarity(a, b string) float64 {
	na, nb := Norm(a), Norm(b)
	if na == nb {
		return 1
	}
	ta, tb := strings.Fields(na), strings.Fields(nb)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range ta {
		count[w]++
	}
	common := 0
	for _, w := range tb {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return float64(common) / float64(max(len(ta), len(tb)))
}

// Surname is the last word of a name, accents, suffixes and possessives dropped.
func Surname(name string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(strings.ReplaceAll(name, "\u2019", "'")) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	var ws []string
	for _, w := range strings.Fields(Norm(b.String())) {
		switch w {
		case "jr", "sr", "ii", "iii":
		default:
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return ""
	}
	return strings.TrimSuffix(ws[len(ws)-1], "'s")
}

func sortStrings(s []string) { sort.Strings(s) }
