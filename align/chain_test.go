package align

import (
	"fmt"
	"math"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// stockQuotes makes n quotations from n sources (speakers unknown), each a
// different remark built on the same stock phrases.
func stockQuotes(n int) []quotes.Quote {
	qs := make([]quotes.Quote, n)
	for i := range qs {
		qs[i] = q(fmt.Sprintf("src%02d", i), 1, fmt.Sprintf(
			"That is why the water board is going to act%d on the place%d plan%d by the end of the year.", i, i, i), "")
	}
	return qs
}

func TestStockPhrasesApart(t *testing.T) {
	// Before weighting words by how many quotations have them, these
	// shared 11 of 15 words and all became one utterance.
	qs := stockQuotes(30)
	reprint := q("reprint", 1, qs[0].Text, "")
	changed := q("changed", 1, "That is why the water board is going to act0 on the place0 plan0 by the end of this year.", "")
	us := Align(nil, append(qs, reprint, changed), Options{})
	if len(us) != len(qs) {
		t.Fatalf("%d utterances, want %d (one per remark)", len(us), len(qs))
	}
	if len(us[0].Quotes) != 3 {
		t.Errorf("first remark has quotations %v, want it with its reprint and changed version", us[0].Quotes)
	}
}

func TestChainDoesNotMerge(t *testing.T) {
	// B is a clause that two different remarks, A and C, both hold, so
	// A~B and B~C match; B may join one of them, never glue them together.
	a := q("a", 1, "The Elmfield reservoir will be closed before the winter storms arrive, said engineers who found the cracked northern dam.", "")
	b := q("b", 1, "the Elmfield reservoir will be closed", "")
	c := q("c", 1, "Nobody believed the Elmfield reservoir will be closed, as the regional council counted every ballot of the spring elections.", "")
	qs := append([]quotes.Quote{a, b, c}, stockQuotes(20)...)
	items, _, v := quoteItems(qs, false)
	if _, ok := matchItems(&items[0], &items[1], v); !ok {
		t.Fatal("precondition: A~B not matched")
	}
	if _, ok := matchItems(&items[1], &items[2], v); !ok {
		t.Fatal("precondition: B~C not matched")
	}
	of := utteranceOf(Align(nil, qs, Options{}))
	if of[a.ID] == of[c.ID] {
		t.Errorf("A and C merged through B: %v", of[a.ID].Quotes)
	}
	if of[b.ID] != of[a.ID] && of[b.ID] != of[c.ID] {
		t.Errorf("B joined neither A nor C")
	}
}

func TestSameSourceFullQuotesApart(t *testing.T) {
	// s prints two different full remarks; t's quotation matches both.
	// Only the one t reprints exactly can share t's utterance.
	x1 := q("s", 1, "We will close the Elmfield reservoir before the winter.", "Ann Lee")
	x2 := q("s", 2, "We will close the Elmfield reservoir before the spring.", "Ann Lee")
	y := q("t", 1, "We will close the Elmfield reservoir before the winter.", "Ann Lee")
	of := utteranceOf(Align(nil, []quotes.Quote{x1, x2, y}, Options{}))
	if of[x1.ID] != of[y.ID] || of[x2.ID] == of[y.ID] {
		t.Errorf("got utterances %v / %v / %v, want x1 with y and x2 apart", of[x1.ID].Quotes, of[x2.ID].Quotes, of[y.ID].Quotes)
	}
}

// weighted is an alignment with given matched and total weights.
func weighted(matched, span, shorter int, wMatched, wShorter float64) alignment {
	return alignment{matched: matched, span: span, shorterLen: shorter, wMatched: wMatched, wShorter: wShorter}
}

func TestAcceptWeightThresholds(t *testing.T) {
	tests := []struct {
		name    string
		al      alignment
		vouched bool
		want    bool
	}{
		{"MinInformative at", weighted(5, 5, 10, minInformative, 2.9), false, true},
		{"MinInformative below", weighted(5, 5, 10, minInformative-0.01, 2.9), false, false},
		{"weighted MinCoverage at", weighted(8, 8, 10, 2, 4), false, true},
		{"weighted MinCoverage below", weighted(8, 8, 10, 2, 4.01), false, false},
		{"low information, not vouched", weighted(5, 5, 5, 1, 1), false, false},
		{"LowInfoCoverage at", weighted(5, 5, 6, 0.9, 1), true, true},
		{"LowInfoCoverage below", weighted(5, 5, 6, 0.9, 1.01), true, false},
		{"LowInfoWeight at", weighted(5, 5, 5, lowInfoWeight, lowInfoWeight), true, true},
		{"LowInfoWeight below", weighted(5, 5, 5, lowInfoWeight-0.01, lowInfoWeight-0.01), true, false},
	}
	for _, tt := range tests {
		if got := accept(tt.al, tt.al.shorterLen, 20, evidence{vouched: tt.vouched}); got != tt.want {
			t.Errorf("%s: accept = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestWordWeight(t *testing.T) {
	tests := []struct {
		df, n int
		want  float64
	}{
		{5, minWeightedItems - 1, 1}, // too few items to tell: all words count
		{1, 1000, 1},
		{1000, 1000, 0},
		{10, 100, math.Pow(0.5, 1.5)},
		{minWeightedItems, minWeightedItems, 0},
	}
	for _, tt := range tests {
		if got := wordWeight(tt.df, tt.n); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("wordWeight(%d, %d) = %v, want %v", tt.df, tt.n, got, tt.want)
		}
	}
	if wordWeight(50, 1000) <= wordWeight(500, 1000) {
		t.Error("a rarer word does not weigh more")
	}
}

func TestSentenceAddedAtEdge(t *testing.T) {
	tests := []struct {
		extra   string
		kind    Kind
		sev     Severity
		subkind string
	}{
		// words only c prints: extended (info), as a sentence or not
		{"Mark my words.", KindExtended, Info, "sentence"}, // MinSentenceWords words: a sentence more, still an excerpt
		{"Yes sir.", KindExtended, Info, ""},               // fewer
		{"Mark my words,", KindExtended, Info, ""},         // not a sentence of its own
	}
	for _, tt := range tests {
		body := "We will rebuild the Elmfield bridge before the winter."
		qs := []quotes.Quote{q("a", 1, body, "Ann Lee"), q("b", 1, body, "Ann Lee"), q("c", 1, tt.extra+" "+body, "Ann Lee")}
		us := Align(nil, qs, Options{})
		if len(us) != 1 || len(us[0].Versions) != 3 {
			t.Fatalf("%q: got %d utterances", tt.extra, len(us))
		}
		v := us[0].Versions[2]
		if len(v.Differences) != 1 || v.Differences[0].Kind != tt.kind || v.Severity != tt.sev || v.Differences[0].Subkind != tt.subkind {
			t.Errorf("%q: differences %+v, want one %s (%v)", tt.extra, v.Differences, tt.kind, tt.sev)
		}
	}
	// a fragment's edges are an excerpt's, whatever they hold
	qs := []quotes.Quote{q("a", 1, "Mark my words. We will rebuild the bridge.", "Ann Lee"), q("b", 1, "We will rebuild the bridge.", "Ann Lee")}
	qs[1].Kind = quotes.KindFragment
	if us := Align(nil, qs, Options{}); len(us) != 1 || us[0].Severity != None && us[0].Severity != Info {
		t.Errorf("fragment: %+v", us)
	}
}

func TestContractionsMatch(t *testing.T) {
	if got := matchTokens("We aren't ready, we won't go and Biden's team'll see"); fmt.Sprint(got) !=
		"[we are not ready we will not go and biden's team will see]" {
		t.Errorf("matchTokens = %v", got)
	}
}
