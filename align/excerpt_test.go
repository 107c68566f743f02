package align

import (
	"hash/fnv"
	"math"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/quotecheck/quotecheck/quotes"
)

// lindRemarks gives two remarks of Rosa Lind's, one holding "that is why", as
// outlet src prints them.
func lindRemarks(src string) []quotes.Quote {
	return []quotes.Quote{
		q(src, 1, "We will rebuild every school in the valley before the winter, and that is why the levy matters.", "Rosa Lind"),
		q(src, 2, "The council has waited too long, and that is why we are acting on the bridge this month.", "Rosa Lind"),
	}
}

// groupOf gives the utterance holding quotation id.
func groupOf(us []Utterance, id string) string {
	for _, u := range us {
		for _, x := range u.Quotes {
			if x == id {
				return u.ID
			}
		}
	}
	return ""
}

// TestExcerptJoinsTheOneRemarkHoldingIt: a few words lifted from one
// remark by an outlet that does not print the remark join the remark's
// utterance, however common the words are; words that stand in two of the
// speaker's remarks join neither.
func TestExcerptJoinsTheOneRemarkHoldingIt(t *testing.T) {
	qs := append(lindRemarks("a"), lindRemarks("b")...)
	unique := frag("c", 1, "rebuild every school", "Rosa Lind")
	stock := frag("d", 1, "that is why", "Rosa Lind")
	us := Align(nil, append(qs, unique, stock), Options{})
	if g := groupOf(us, unique.ID); g == "" || g != groupOf(us, "a/q1") {
		t.Errorf("%q is in %q, want the school remark's utterance %q", unique.Text, g, groupOf(us, "a/q1"))
	}
	g := groupOf(us, stock.ID)
	if g == groupOf(us, "a/q1") || g == groupOf(us, "a/q2") {
		t.Errorf("%q, in two remarks, joined %q", stock.Text, g)
	}
}

// TestExcerptNotFromTheRemarkItsArticlePrints: an article that prints one
// remark and quotes words standing in it and in another does not take
// them from the remark it printed without them.
func TestExcerptNotFromTheRemarkItsArticlePrints(t *testing.T) {
	qs := append(lindRemarks("a"), lindRemarks("b")...)
	lifted := frag("c", 1, "and that is why", "Rosa Lind")
	qs = append(qs, q("c", 2, "The council has waited too long, and we are acting on the bridge this month.", "Rosa Lind"), lifted)
	us := Align(nil, qs, Options{})
	if g := groupOf(us, lifted.ID); g != groupOf(us, "a/q1") {
		t.Errorf("%q is in %q, want the school remark's %q", lifted.Text, g, groupOf(us, "a/q1"))
	}
}

// TestWordWeightDoesNotFallWithSize: a word that the same share of
// quotations have weighs the same in a large set as in a larger one, so
// that more coverage of other stories does not make a story's words count
// for less.
func TestWordWeightDoesNotFallWithSize(t *testing.T) {
	for _, share := range []int{20, 100, 1000} {
		a, b := wordWeight(10_000/share, 10_000), wordWeight(400_000/share, 400_000)
		if math.Abs(a-b) > 1e-9 {
			t.Errorf("a word in 1/%d of the quotations weighs %.3f among 10,000 and %.3f among 400,000", share, a, b)
		}
	}
	if got, want := wordWeight(10, 100), math.Pow(0.5, 1.5); math.Abs(got-want) > 1e-9 {
		t.Errorf("below the scale the weight is log(n/df)/log(n): got %v, want %v", got, want)
	}
}

// TestWordPairKeyIsFNV: the keys shards and the Beam pipeline exchange are
// FNV-1a of each word and a 0 byte, however they are computed.
func TestWordPairKeyIsFNV(t *testing.T) {
	for _, ws := range [][]string{{"pay", "the"}, {"price"}, {"", "é"}, {}} {
		h := fnv.New64a()
		for _, w := range ws {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		if got, want := wordPairKey(ws), h.Sum64(); got != want {
			t.Errorf("wordPairKey(%q) = %x, want %x", ws, got, want)
		}
	}
}

// TestNormWordASCII: the ASCII shortcut of normWord gives what the full
// normalisation gives.
func TestNormWordASCII(t *testing.T) {
	full := func(w string) string {
		w = norm.NFKC.String(w)
		return strings.ToLower(strings.Map(func(r rune) rune {
			if quotes.IsApostrophe(r) {
				return '\''
			}
			return r
		}, w))
	}
	for _, w := range []string{"Hello", "don't", "ABC123", "naïve", "don’t", "`tis", "ﬁnal", "x", ""} {
		if got, want := normWord(w), full(w); got != want {
			t.Errorf("normWord(%q) = %q, want %q", w, got, want)
		}
	}
	for r := rune(0); r < 128; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}
