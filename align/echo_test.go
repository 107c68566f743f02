package align

import (
	"slices"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// TestEchoJoinsItsArticlesQuotation: a headline's excerpt of a quotation
// the same article prints in full joins that utterance, and the version
// points at the full quotation, not the headline.
func TestEchoJoinsItsArticlesQuotation(t *testing.T) {
	head := frag("a", 1, "Quite Busy", "")
	full := q("a", 2, "the president will be in Georgia tomorrow and quite busy.", "Jen Psaki")
	other := q("b", 1, "The President will be in Georgia tomorrow and quite busy.", "Jen Psaki")
	lone := frag("a", 3, "attack", "")
	us := Align(nil, []quotes.Quote{head, full, lone, other}, Options{})
	if len(us) != 2 {
		t.Fatalf("got %d utterances, want 2 (the Georgia remark, and the one-word scare quote alone): %+v", len(us), us)
	}
	var georgia Utterance
	for _, u := range us {
		if len(u.Quotes) == 3 {
			georgia = u
		}
	}
	if georgia.ID == "" {
		t.Fatalf("headline excerpt not attached: %+v", us)
	}
	for _, v := range georgia.Versions {
		if v.Source == "a" && v.Quote != full.ID {
			t.Errorf("version of a points at %s, want the full quotation %s", v.Quote, full.ID)
		}
	}
}

// TestRelatedContextEdge: two short phrases whose sources cover one story
// match when the sentences around them are related, not when they are not.
func TestRelatedContextEdge(t *testing.T) {
	story := func(src string) []quotes.Quote {
		return []quotes.Quote{
			q(src, 1, "The price he is going to pay, well, you'll see shortly.", "Joe Biden"),
			q(src, 2, "I want to invite President Biden to continue our discussion.", "Vladimir Putin"),
		}
	}
	mk := func(src, text, context string) quotes.Quote {
		x := frag(src, 9, text, "")
		x.Context = context
		return x
	}
	related := []quotes.Quote{
		mk("a", "pay the price", "the claim that Putin was going to pay the price after a report on the election"),
		mk("b", "pay a price,", "Biden's warning that Putin would pay a price, following a report on the election"),
	}
	unrelated := []quotes.Quote{
		mk("a", "pay the price", "the claim that Putin was going to pay the price after a report on the election"),
		mk("b", "pay a price,", "farmers say they pay a price every winter for the frost"),
	}
	for _, tt := range []struct {
		name string
		qs   []quotes.Quote
		same bool
	}{{"related", related, true}, {"unrelated", unrelated, false}} {
		qs := append(append(story("a"), story("b")...), tt.qs...)
		us := Align(nil, qs, Options{})
		same := false
		for _, u := range us {
			if len(u.Quotes) == 2 && u.Canonical != "" && (u.Quotes[0] == tt.qs[0].ID || u.Quotes[1] == tt.qs[0].ID) {
				same = true
			}
		}
		if same != tt.same {
			t.Errorf("%s: matched = %v, want %v", tt.name, same, tt.same)
		}
	}
}

// TestEchoOfAnEchoedPhrase: a phrase two outlets lift into their headlines
// ("free dumping ground") matches nothing longer on its own, for its
// speaker is unknown; but one of those outlets prints it again in its body
// as part of a longer quotation of the remark, so the pair joins that remark.
func TestEchoOfAnEchoedPhrase(t *testing.T) {
	frag := func(src string, n int, text, speaker string) quotes.Quote {
		x := frag(src, n, text, speaker)
		return x
	}
	head := "Judge condemns free dumping ground culture"
	qs := []quotes.Quote{
		frag("a", 1, "free dumping ground", ""),
		frag("a", 2, "as a free dumping ground", "Rebecca Thorne"),
		frag("b", 1, "free dumping ground", ""),
		q("b", 2, "This was not a one-off accident,", "Rebecca Thorne"),
		q("c", 1, "This was not a one-off accident. It was the result of a culture that treated the river as a free dumping ground,", "Rebecca Thorne"),
		q("d", 1, "It was the result of a culture that treated the river as a free dumping ground.", "Rebecca Thorne"),
	}
	qs[0].Context, qs[2].Context = head, head
	us := Align(nil, qs, Options{})
	if len(us) != 1 {
		for _, u := range us {
			t.Logf("%s: %v", u.ID, u.Quotes)
		}
		t.Fatalf("got %d utterances, want 1", len(us))
	}
}

// TestEchoLeavesAnotherPhraseBehind: a headline's "angry border wall",
// clustered with another outlet's "late border wall" (two words shared),
// echoes its article's full quotation; the other phrase does not go with it.
func TestEchoLeavesAnotherPhraseBehind(t *testing.T) {
	phrase := func(src string, n int, text, context string) quotes.Quote {
		x := frag(src, n, text, "")
		x.Context = context
		return x
	}
	full := "The people have to act now, but the statute must question the angry border wall."
	qs := []quotes.Quote{
		phrase("a", 1, "angry border wall", "Minister attacks angry border wall plan"),
		q("a", 2, full, "Kenji Kruger"),
		q("b", 1, full, "Kenji Kruger"),
		phrase("b", 2, "late border wall", "Minister attacks late border wall plan"),
	}
	for _, u := range Align(nil, qs, Options{}) {
		if slices.Contains(u.Quotes, "b/q2") && slices.Contains(u.Quotes, "a/q2") {
			t.Errorf("'late border wall' joined the remark: %v", u.Quotes)
		}
	}
}

// TestCutShort: a whole quotation that closes its sentence where another
// outlet's sentence runs on has dropped words (an error); an excerpt that
// stops without a full stop, or where the other's sentence also ends, or a
// fragment, is partial.
func TestCutShort(t *testing.T) {
	long := "We will not stop until everyone is out of the water."
	tests := []struct {
		name, short string
		fragment    bool
		kind        Kind
	}{
		{"closed early", "We will not stop until everyone is out.", false, KindDeleted},
		{"stops without a full stop", "We will not stop until everyone is out", false, KindPartial},
		{"fragment", "We will not stop until everyone is out.", true, KindPartial},
	}
	// cut where the longer marks a clause boundary: an excerpt
	if us := Align(nil, []quotes.Quote{q("a", 1, "That's on me, and I own it.", "Dana Whitfield"), q("b", 1, "That's on me.", "Dana Whitfield")}, Options{Reference: "a"}); len(us) != 1 || us[0].Severity != Info {
		t.Errorf("clause-boundary excerpt: %+v, want one utterance at info", us)
	}
	for _, tt := range tests {
		a, b := q("a", 1, long, "Ana Lima"), q("b", 1, tt.short, "Ana Lima")
		if tt.fragment {
			b.Kind = quotes.KindFragment
		}
		us := Align(nil, []quotes.Quote{a, b}, Options{Reference: "a"})
		if len(us) != 1 {
			t.Fatalf("%s: %d utterances", tt.name, len(us))
		}
		var kinds []Kind
		for _, v := range us[0].Versions {
			for _, d := range v.Differences {
				if d.Kind != KindExtended { // the canonical's words b leaves out are a's alone
					kinds = append(kinds, d.Kind)
				}
			}
		}
		if len(kinds) != 1 || kinds[0] != tt.kind {
			t.Errorf("%s: differences %v, want one %s", tt.name, kinds, tt.kind)
		}
	}
	// the same the other way round: the canonical closed early, the version runs on
	a, b := q("a", 1, long, "Ana Lima"), q("b", 1, "We will not stop until everyone is out.", "Ana Lima")
	if us := Align(nil, []quotes.Quote{a, b}, Options{Reference: "b"}); len(us) != 1 || us[0].Severity != Error {
		t.Errorf("canonical closed early: %+v, want one utterance at error", us)
	}
	// one sentence of a two-sentence remark is still an excerpt
	a = q("a", 1, "We will rebuild the bridge. It will take a year.", "Ana Lima")
	b = q("b", 1, "We will rebuild the bridge.", "Ana Lima")
	us := Align(nil, []quotes.Quote{a, b}, Options{Reference: "a"})
	if len(us) != 1 || us[0].Severity != Info {
		t.Errorf("sentence excerpt: %+v, want one utterance at info", us)
	}
}

// TestEchoOfAnotherSentence: an article that prints one sentence of a
// remark and, in its headline, a phrase from the remark's other sentence
// echoes the remark another outlet printed whole; an unrelated phrase of
// the same article stays alone.
func TestEchoOfAnotherSentence(t *testing.T) {
	whole := q("a", 1, "This is the first blood test that can reliably pick up pancreatic cancer before symptoms appear. We found it in four out of five patients at stage one,", "Priya Raman")
	head := frag("b", 1, "before symptoms appear", "")
	part := q("b", 2, "We found it in four out of five patients at stage one,", "Priya Raman")
	lone := frag("b", 3, "quietly furious", "")
	us := Align(nil, []quotes.Quote{whole, head, part, lone}, Options{})
	if len(us) != 2 {
		t.Fatalf("got %d utterances, want 2 (the remark with its headline phrase, and the lone phrase): %+v", len(us), us)
	}
	for _, u := range us {
		if slices.Contains(u.Quotes, whole.ID) && !slices.Contains(u.Quotes, head.ID) {
			t.Errorf("headline phrase not joined to the remark it comes from: %+v", u)
		}
		if slices.Contains(u.Quotes, lone.ID) && len(u.Quotes) != 1 {
			t.Errorf("unrelated phrase joined a remark: %+v", u)
		}
	}
}
