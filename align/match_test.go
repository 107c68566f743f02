package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

func TestAcceptThresholds(t *testing.T) {
	tests := []struct {
		name            string
		al              alignment
		shorter, longer int
		conflict        bool
		want            bool
	}{
		{"MinCoverage at", uniform(5, 5, 10), 10, 20, false, true},
		{"MinCoverage below", uniform(4, 4, 10), 10, 20, false, false},
		{"ConflictCoverage at", uniform(8, 8, 10), 10, 20, true, true},
		{"ConflictCoverage below", uniform(7, 7, 10), 10, 20, true, false},
		{"MinAlignedWords at", uniform(3, 3, 4), 4, 10, false, true},
		{"MinAlignedWords below", uniform(2, 2, 4), 4, 10, false, false},
		{"MinDensity at", uniform(6, 12, 10), 10, 20, false, true},
		{"MinDensity below", uniform(6, 13, 10), 10, 20, false, false},
		{"ShortCoverage at (both short)", uniform(2, 2, 3), 3, 3, false, true},
		{"ShortCoverage below (both short)", uniform(1, 1, 2), 2, 3, false, false},
		{"short phrase whole inside a longer quote", uniform(3, 4, 3), 3, 20, false, true},
		{"short phrase not whole inside a longer quote", uniform(2, 2, 3), 3, 20, false, false},
		{"one word inside a longer quote", uniform(1, 1, 1), 1, 20, false, false},
		{"one word against a short phrase", uniform(1, 1, 1), 1, 3, false, true},
	}
	for _, tt := range tests {
		if got := accept(tt.al, tt.shorter, tt.longer, evidence{conflict: tt.conflict, vouched: true}); got != tt.want {
			t.Errorf("%s: accept = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestLowInfoVerbatim checks that a long sentence of common words
// reprinted nearly word for word is one utterance when the speaker agrees,
// even when the one changed word carries much of its weight, while a
// shorter run or a looser copy still needs the weighted coverage.
func TestLowInfoVerbatim(t *testing.T) {
	tests := []struct {
		name                   string
		matched, span, shorter int
		wMatched, wShorter     float64
		vouched, want          bool
	}{
		{"16 of 17 words, the rare one changed", 16, 17, 17, 1.4, 2.1, true, true},
		{"the same without an agreeing speaker", 16, 17, 17, 1.4, 2.1, false, false},
		{"verbatimWords of them", verbatimWords, verbatimWords, verbatimWords, 0.8, 1.4, true, true},
		{"one word fewer", verbatimWords - 1, verbatimWords - 1, verbatimWords - 1, 0.8, 1.4, true, false},
		{"16 of 20 words", 16, 20, 20, 1.2, 2.1, true, false},
		{"too light", 16, 17, 17, 0.4, 0.7, true, false},
	}
	for _, tt := range tests {
		al := alignment{matched: tt.matched, span: tt.span, shorterLen: tt.shorter, wMatched: tt.wMatched, wShorter: tt.wShorter}
		if got := accept(al, tt.shorter, tt.shorter+5, evidence{vouched: tt.vouched}); got != tt.want {
			t.Errorf("%s: accept = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// uniform is an alignment of words that all weigh 1.
func uniform(matched, span, shorter int) alignment {
	return alignment{matched: matched, span: span, shorterLen: shorter, wMatched: float64(matched), wShorter: float64(shorter)}
}

// testItems makes items of texts, weighted by a vocabulary of them.
func testItems(texts ...string) ([]item, *vocab) {
	v := newVocab()
	items := make([]item, len(texts))
	for i, t := range texts {
		items[i] = newItem(normTokens(t), fmt.Sprint(i), "", "", false)
		items[i].setIDs(v.add(items[i].words))
	}
	v.finish()
	return items, v
}

func words(n int, prefix string) string {
	w := make([]string, n)
	for i := range w {
		w[i] = prefix + string(rune('a'+i%26)) + strings.Repeat("x", i/26)
	}
	return strings.Join(w, " ")
}

func TestShortPhraseWordsEdge(t *testing.T) {
	// At ShortPhraseWords, differing speakers keep identical words apart;
	// one word more and they are one utterance credited two ways.
	at := words(shortPhraseWords, "w")
	above := words(shortPhraseWords+1, "w")
	its, v := testItems(at, at)
	its[0].credit("Jen Psaki")
	its[1].credit("Joe Biden")
	if _, ok := matchItems(&its[0], &its[1], v); ok {
		t.Errorf("%d-word phrase by different speakers matched", shortPhraseWords)
	}
	its, v = testItems(above, above)
	its[0].credit("Jen Psaki")
	its[1].credit("Joe Biden")
	if _, ok := matchItems(&its[0], &its[1], v); !ok {
		t.Errorf("%d-word quote by different speakers not matched", shortPhraseWords+1)
	}
}

func TestNearIdenticalContextEdge(t *testing.T) {
	base := strings.Fields(words(10, "c"))
	ctx := func(changed int) string {
		w := append([]string(nil), base...)
		for i := 0; i < changed; i++ {
			w[i] = "z" + w[i]
		}
		return strings.Join(w, " ")
	}
	its, v := testItems("nope", "nope")
	its[0].ctx, its[1].ctx = normTokens(ctx(0)), normTokens(ctx(2)) // 8 of 10 words shared: 0.8
	if _, ok := matchItems(&its[0], &its[1], v); !ok {
		t.Error("short phrase with context overlap at NearIdenticalContext not matched")
	}
	its[1].ctx = normTokens(ctx(3)) // 0.7
	if _, ok := matchItems(&its[0], &its[1], v); ok {
		t.Error("short phrase with context overlap below NearIdenticalContext matched")
	}
}

func q(src string, n int, text, speaker string) quotes.Quote {
	id := src + "/q" + string(rune('0'+n))
	return quotes.Quote{ID: id, Source: src, Text: text, Speaker: speaker, Kind: quotes.KindUtterance, Utterance: id, Start: n * 100, Line: n, Column: 1}
}

// frag is q for a fragment: words lifted into the writer's sentence.
func frag(src string, n int, text, speaker string) quotes.Quote {
	x := q(src, n, text, speaker)
	x.Kind = quotes.KindFragment
	return x
}

func TestSpeakerConflict(t *testing.T) {
	qs := []quotes.Quote{
		q("a", 1, "We will not stand by while our allies are attacked.", "Joe Biden"),
		q("b", 1, "We will not stand by while our allies are attacked.", "Jen Psaki"),
	}
	us := Align(nil, qs, Options{})
	if len(us) != 1 {
		t.Fatalf("got %d utterances, want 1", len(us))
	}
	v := us[0].Versions[1]
	if len(v.Differences) != 1 || v.Differences[0].Kind != KindSpeaker || v.Differences[0].Severity != Error || us[0].Severity != Error {
		t.Errorf("got %+v, want one speaker error", v.Differences)
	}
	// an unknown speaker is not a conflict
	qs[1].Speaker = ""
	if us := Align(nil, qs, Options{}); len(us) != 1 || us[0].Severity != None {
		t.Errorf("unknown speaker: got %+v", us)
	}
}

func TestShortPhraseApart(t *testing.T) {
	a, b := q("a", 1, "Nope.", "Jen Psaki"), q("b", 1, "Nope.", "Dmitry Peskov")
	a.Context = "Asked if Biden regretted the remarks, Psaki said: \"Nope.\""
	b.Context = "Would the Kremlin apologise? \"Nope.\" Peskov told reporters in Moscow on Friday."
	if us := Align(nil, []quotes.Quote{a, b}, Options{}); len(us) != 2 {
		t.Errorf("unrelated \"Nope.\" by two speakers: %d utterances, want 2", len(us))
	}
	b.Speaker = "Psaki"
	if us := Align(nil, []quotes.Quote{a, b}, Options{}); len(us) != 1 {
		t.Errorf("\"Nope.\" by the same speaker: %d utterances, want 1", len(us))
	}
}

func TestLinkedParts(t *testing.T) {
	whole := q("a", 1, "I don't want to put this off for long. We are ready at any time convenient for the American side.", "Putin")
	p1 := q("b", 1, "I don't want to put this off for long,", "Putin")
	p2 := q("b", 2, "We are ready at any time convenient for the American side.", "Putin")
	p2.Utterance = p1.ID
	lone := q("c", 1, "We could do it tomorrow or Monday.", "Putin")
	lone2 := q("c", 2, "Everything else is secondary for us.", "Putin")
	lone2.Utterance = lone.ID
	us := Align(nil, []quotes.Quote{whole, p1, p2, lone, lone2}, Options{})
	if len(us) != 2 {
		t.Fatalf("got %d utterances, want 2: %+v", len(us), us)
	}
	v := us[0].Versions[1]
	if len(v.Quotes) != 2 || v.Text != p1.Text+partJoin+p2.Text || v.Severity > Info {
		t.Errorf("split version = %+v, want both parts joined, info at most", v)
	}
	if len(us[1].Quotes) != 2 || !us[1].SingleSource {
		t.Errorf("unmatched linked parts = %+v, want one single-source utterance", us[1])
	}
}

func TestCanonicalChoice(t *testing.T) {
	qs := []quotes.Quote{
		q("a", 1, "pay the price", "Biden"),
		q("b", 1, "pay a price", "Biden"),
		q("c", 1, "pay a price", "Biden"),
	}
	us := Align(nil, qs, Options{})
	if len(us) != 1 || us[0].Canonical != "pay a price" {
		t.Fatalf("most shared wording: got %+v", us)
	}
	us = Align(nil, qs, Options{Reference: "a"})
	if us[0].Canonical != "pay the price" || !us[0].Versions[0].Canonical {
		t.Errorf("reference: canonical %q", us[0].Canonical)
	}
	if got := sortableDate("2021-03"); got != "2021-03-31" || sortableDate("2021-03-18") >= got || sortableDate("March") != "" {
		t.Errorf("sortableDate(2021-03) = %q", got)
	}
}

func TestIndexLookup(t *testing.T) {
	wire := []quotes.Quote{
		q("wire", 1, "I want to invite President Biden to continue our discussion,", "Vladimir Putin"),
		q("wire", 2, "but on the condition that we do it actually live.", "Vladimir Putin"),
		q("wire", 3, "The price he is going to pay, well, you'll see shortly.", "Joe Biden"),
	}
	wire[1].Utterance = wire[0].ID
	ix := NewIndex(wire)
	ms := ix.Lookup("we do it live", "Putin", "")
	if len(ms) != 1 || len(ms[0].Quotes) != 2 || ms[0].Score != 1 {
		t.Fatalf("Lookup fragment = %+v, want the joined invitation, score 1", ms)
	}
	ms = ix.Lookup("The price he is going to pay, well, you'll see it soon enough.", "", "")
	if len(ms) != 1 || ms[0].Source != "wire" || ms[0].Score < 0.6 || ms[0].Score >= 1 {
		t.Errorf("Lookup changed quote = %+v", ms)
	}
	if ms := ix.Lookup("Nothing like anything indexed here at all.", "", ""); len(ms) != 0 {
		t.Errorf("Lookup unrelated = %+v", ms)
	}
	if ms := (*Index)(nil).Lookup("x", "", ""); ms != nil {
		t.Errorf("nil index: %+v", ms)
	}
}

func TestAlignBadInput(t *testing.T) {
	if us := Align(nil, nil, Options{}); len(us) != 0 {
		t.Errorf("no quotations: %+v", us)
	}
	huge := strings.Repeat("we will see what happens next ", 5000)
	qs := []quotes.Quote{q("a", 1, "", ""), q("b", 1, "...", "X"), q("c", 1, huge, "A"), q("d", 1, huge+" and more", "A"), q("e", 1, "\xff\xfe", "")}
	us := Align(nil, qs, Options{})
	placed := 0
	for _, u := range us {
		placed += len(u.Quotes)
	}
	if placed != len(qs) {
		t.Errorf("%d of %d quotations placed", placed, len(qs))
	}
	if len(us) != 4 {
		t.Errorf("got %d utterances, want 4 (the two long quotations together)", len(us))
	}
}

// TestAlignCountsWordsBetweenChanges checks that the matcher counts every
// word two renderings of a remark share in order, even one standing alone
// between two changes: two translations differ word by word throughout.
func TestAlignCountsWordsBetweenChanges(t *testing.T) {
	items, v := testItems(
		"France will not accept that our fishermen are treated as intruders in waters where they have worked for generations",
		"France will not tolerate our fishermen being treated like intruders in waters they have fished for generations")
	al := align(items[0].ids, items[1].ids, v)
	if al.matched != 13 {
		t.Errorf("matched %d words, want 13 (france will not our fishermen treated intruders in waters they have for generations)", al.matched)
	}
}

// TestCanonicalHoldsExcerpts: when no wording is shared, the version that
// holds the others' words is canonical, not a dated source's excerpt, so
// that each excerpt reads as an excerpt rather than as other words.
func TestCanonicalHoldsExcerpts(t *testing.T) {
	qs := []quotes.Quote{
		q("a", 1, "We accept the court's decision in full,", "Gareth Pryce"),
		q("b", 1, "We are deeply sorry for the harm caused to the river. We accept the court’s decision in full and we have invested in upgrades.", "Gareth Pryce"),
		q("c", 1, "We are deeply sorry for the harm caused to the river.", "Gareth Pryce"),
	}
	srcs := []*sources.Source{{ID: "a", Date: "2024-07-09"}, {ID: "b"}, {ID: "c"}}
	us := Align(srcs, qs, Options{})
	if len(us) != 1 || !strings.HasPrefix(us[0].Canonical, "We are deeply sorry") {
		t.Fatalf("canonical %q, want b's whole statement: %+v", us[0].Canonical, us)
	}
	for _, v := range us[0].Versions {
		for _, d := range v.Differences {
			if d.Kind == KindSubstituted {
				t.Errorf("%s: %+v, want no substitution in an excerpt", v.Source, d)
			}
		}
	}
}

// TestSplitPartsChanged: one remark printed whole by one outlet and in two
// paragraphs by another ("She added: …"), its second part with a word
// changed, is one utterance, and the change is material.
func TestSplitPartsChanged(t *testing.T) {
	whole := q("a", 1, "We have worked incredibly hard to make sure no family has gone without care. But it has taken us three years to rebuild the trust of our donors.", "Fiona Hart")
	p1 := q("b", 1, "We have worked incredibly hard to make sure no family has gone without care.", "Fiona Hart")
	p2 := q("b", 2, "But it has taken us three years to win back the trust of our donors.", "Fiona Hart")
	us := Align(nil, []quotes.Quote{whole, p1, p2}, Options{})
	if len(us) != 1 || len(us[0].Quotes) != 3 || us[0].Severity < Warning {
		t.Fatalf("got %d utterances %+v, want one of 3 quotations at warning or above", len(us), us)
	}
	// parts with another quotation between them are not one remark
	other := q("b", 2, "The weather in Bristol was awful all week.", "Fiona Hart")
	p3 := q("b", 3, p2.Text, "Fiona Hart")
	if us := Align(nil, []quotes.Quote{whole, p1, other, p3}, Options{}); len(us) != 3 {
		t.Errorf("parts apart: got %d utterances, want 3", len(us))
	}
}

// TestOrganisationIsNoCreditDispute: a remark an outlet credits to an
// organisation and another to its spokesperson is not a speaker conflict.
func TestOrganisationIsNoCreditDispute(t *testing.T) {
	a := q("a", 1, "The club will be writing to the league to seek an explanation.", "Eastmoor Athletic")
	a.SpeakerMethod = quotes.MethodOrganisation
	b := q("b", 1, "The club will be writing to the league to seek an explanation.", "Sean Doherty")
	us := Align(nil, []quotes.Quote{a, b}, Options{})
	if len(us) != 1 || us[0].Severity != None {
		t.Errorf("got %+v, want one utterance with no difference", us)
	}
}

// TestOrganisationVouches checks that a short phrase lifted from an
// organisation's statement joins it when both outlets credit that
// organisation, and stays apart when nobody is credited.
func TestOrganisationVouches(t *testing.T) {
	whole := q("a", 1, "We regret this unfriendly step and reserve the right to respond.", "Kremlin")
	part := q("b", 1, "unfriendly step", "Kremlin")
	whole.SpeakerMethod, part.SpeakerMethod = quotes.MethodOrganisation, quotes.MethodOrganisation
	whole.Context = "In a statement, the Kremlin said: \"We regret this unfriendly step and reserve the right to respond.\""
	part.Context = "The Kremlin also weighed in, calling the expulsions an \"unfriendly step\"."
	if us := Align(nil, []quotes.Quote{whole, part}, Options{}); len(us) != 1 {
		t.Errorf("phrase credited to the same organisation: %d utterances, want 1", len(us))
	}
	part.Speaker, part.SpeakerMethod = "", ""
	if us := Align(nil, []quotes.Quote{whole, part}, Options{}); len(us) != 2 {
		t.Errorf("phrase credited to nobody: %d utterances, want 2", len(us))
	}
}

// A credit dispute resting on an inferred speaker is info ("inferred credit
// differs", issue 18: no dispute without two explicit credits); between two
// explicit attributions it is an error; two forms of one name are none.
func TestSpeakerConflictConfidence(t *testing.T) {
	const text = "The bridge will reopen before the winter storms arrive."
	cases := []struct {
		a, b         string
		methodB      string
		wantSeverity Severity
	}{
		{"Hanna Vogt", "Olek Brandt", quotes.MethodExplicit, Error},
		{"Hanna Vogt", "Olek Brandt", quotes.MethodPronoun, Info},
		{"Hanna Vogt", "Olek Brandt", quotes.MethodContinuation, Info},
		{"Hanna Vogt", "Olek Brandt", quotes.MethodReported, Info},
		{"Martin Luther King Jr.", "King", quotes.MethodExplicit, None},
		{"José Álvarez", "Alvarez", quotes.MethodExplicit, None},
	}
	for _, c := range cases {
		x, y := q("a", 1, text, c.a), q("b", 1, text, c.b)
		x.SpeakerMethod, y.SpeakerMethod = quotes.MethodExplicit, c.methodB
		us := Align(nil, []quotes.Quote{x, y}, Options{})
		if len(us) != 1 || us[0].Severity != c.wantSeverity {
			t.Errorf("%s / %s (%s): got %+v, want one utterance of severity %v", c.a, c.b, c.methodB, us, c.wantSeverity)
		}
	}
}

// One speaker key inside align: the matcher, blocking and transcripts key
// a name as quotes.SpeakerKey does (a hyphenated family name whole).
func TestOneSpeakerKey(t *testing.T) {
	for _, name := range []string{"Mara Delacroix-Han", "Delacroix-Han", "Dr. José Álvarez Jr.", "Ruiz's"} {
		if got, want := surname(name), quotes.SpeakerKey(name); got != want {
			t.Errorf("surname(%q) = %q, quotes.SpeakerKey = %q", name, got, want)
		}
	}
	if got := surname("Mara Delacroix-Han"); got != "delacroix-han" {
		t.Errorf("surname(Mara Delacroix-Han) = %q, want delacroix-han", got)
	}
}
