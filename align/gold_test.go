package align

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/internal/eval"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

const seedDir = "../testdata/seeds"

// seedCorpus builds sources and quotations from the hand annotation, each
// quotation located in its article; gold.Quotes[i] describes qs[i].
func seedCorpus(t testing.TB) ([]*sources.Source, []quotes.Quote, *eval.Gold) {
	t.Helper()
	g, err := eval.ReadGold(filepath.Join(seedDir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	dates := seedDates(t)
	var srcs []*sources.Source
	bySrc := map[string]*sources.Source{}
	cursor, count := map[string]int{}, map[string]int{}
	var qs []quotes.Quote
	for _, gq := range g.Quotes {
		src := bySrc[gq.Source]
		if src == nil {
			b, err := os.ReadFile(filepath.Join(seedDir, gq.Source))
			if err != nil {
				t.Fatal(err)
			}
			src = sources.FromText(gq.Source, string(b))
			src.Date = dates[gq.Source]
			bySrc[gq.Source] = src
			srcs = append(srcs, src)
		}
		count[gq.Source]++
		qs = append(qs, locate(t, src, gq, &cursor, count[gq.Source]))
	}
	return srcs, qs, g
}

// seedDates reads the articles' dates from the annotation's sources table.
func seedDates(t testing.TB) map[string]string {
	raw, err := os.ReadFile(filepath.Join(seedDir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Sources map[string]struct {
			Date string `json:"date"`
		} `json:"sources"`
	}
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	dates := map[string]string{}
	for name, s := range g.Sources {
		dates[name] = s.Date
	}
	return dates
}

// locate finds a gold quotation in its article and fills in its position.
func locate(t testing.TB, src *sources.Source, gq eval.GoldQuote, cursor *map[string]int, n int) quotes.Quote {
	at := strings.Index(src.Text[(*cursor)[src.ID]:], gq.Text)
	if at >= 0 {
		at += (*cursor)[src.ID]
	} else if at = strings.Index(src.Text, gq.Text); at < 0 {
		t.Fatalf("%s: gold text %q not found", src.ID, gq.Text)
	}
	(*cursor)[src.ID] = at + len(gq.Text)
	pos := src.Locate(at)
	id := fmt.Sprintf("%s/q%d", src.ID, n)
	lineStart := strings.LastIndexByte(src.Text[:at], '\n') + 1
	lineEnd := strings.IndexByte(src.Text[at:], '\n')
	if lineEnd < 0 {
		lineEnd = len(src.Text) - at
	}
	return quotes.Quote{ID: id, Source: src.ID, Path: src.Path, Text: gq.Text, Speaker: gq.Speaker,
		Kind: gq.Kind, Utterance: id, Line: pos.Line, Column: pos.Column, Offset: at,
		Start: at, End: at + len(gq.Text), Context: src.Text[lineStart : at+lineEnd]}
}

// utteranceOf maps each quotation ID to its utterance.
func utteranceOf(us []Utterance) map[string]*Utterance {
	m := map[string]*Utterance{}
	for i := range us {
		for _, q := range us[i].Quotes {
			m[q] = &us[i]
		}
	}
	return m
}

// scoreAlignment scores an alignment of qs against the gold clusters as the
// project's scorer does: pairwise precision and recall over quotations of
// different sources, and the share of clusters whose worst severity agrees
// with their materiality. Sources are named by file name.
func scoreAlignment(g *eval.Gold, qs []quotes.Quote, us []Utterance) eval.AlignScore {
	pred := make([]eval.Quote, len(qs))
	for i, q := range qs {
		pred[i] = eval.Quote{ID: q.ID, Source: q.Source, Text: q.Text, Speaker: q.Speaker, Kind: q.Kind}
	}
	eus := make([]eval.Utterance, len(us))
	for i, u := range us {
		eus[i] = eval.Utterance{ID: u.ID, Quotes: u.Quotes, Severity: int(u.Severity)}
		for _, v := range u.Versions {
			for _, d := range v.Differences {
				eus[i].Kinds = append(eus[i].Kinds, string(d.Kind))
			}
		}
	}
	return eval.ScoreAlign(g, pred, eus)
}

func TestSeedAlignment(t *testing.T) {
	srcs, qs, g := seedCorpus(t)
	us := Align(srcs, qs, Options{})
	if of := utteranceOf(us); len(of) != len(qs) {
		t.Fatalf("%d quotations placed in utterances, want %d", len(of), len(qs))
	}
	sc := scoreAlignment(g, qs, us)
	t.Logf("pairwise precision %.3f recall %.3f (%d predicted, %d gold pairs)", sc.Precision, sc.Recall, sc.Pairs, sc.GoldPairs)
	if sc.Precision < 0.9 || sc.Recall < 0.9 {
		t.Errorf("pairwise precision %.3f recall %.3f, want both >= 0.90", sc.Precision, sc.Recall)
	}
	if len(sc.WrongVerdict) > 0 {
		t.Logf("clusters judged wrongly: %v", sc.WrongVerdict)
	}
	if sc.VerdictAccuracy < 0.9 {
		t.Errorf("verdict accuracy %.2f, want >= 0.90", sc.VerdictAccuracy)
	}
}

// seedVersion finds the version of source (file name prefix) in the
// utterance holding the quotation with text in that source.
func seedVersion(t *testing.T, us []Utterance, qs []quotes.Quote, prefix, text string) (*Utterance, *Version) {
	t.Helper()
	of := utteranceOf(us)
	for _, q := range qs {
		if strings.HasPrefix(q.Source, prefix) && q.Text == text {
			u := of[q.ID]
			for i := range u.Versions {
				if slices.Contains(u.Versions[i].Quotes, q.ID) {
					return u, &u.Versions[i]
				}
			}
		}
	}
	t.Fatalf("no version of %s %q", prefix, text)
	return nil, nil
}

func hasDiff(v *Version, kind Kind, words string) bool {
	for _, d := range v.Differences {
		if d.Kind == kind && (strings.Contains(d.Canonical, words) || strings.Contains(d.Version, words)) {
			return true
		}
	}
	return false
}

func TestSeedCases(t *testing.T) {
	srcs, qs, _ := seedCorpus(t)
	us := Align(srcs, qs, Options{})

	u, v := seedVersion(t, us, qs, "000", "the price he is going to pay, well, you'll see it shortly.")
	if !hasDiff(v, KindInserted, "it") && !hasDiff(v, KindDeleted, "it") {
		t.Errorf("biden-price: no inserted/deleted \"it\" in %+v (canonical %q)", v.Differences, u.Canonical)
	}
	_, v = seedVersion(t, us, qs, "002", "The President, of course, will be in Georgia tomorrow and quite busy.")
	if !hasDiff(v, KindReordered, "will") {
		t.Errorf("georgia: no reordered \"will\" in %+v", v.Differences)
	}
	u, _ = seedVersion(t, us, qs, "000", "it takes one to know one.")
	if u.Severity > Info || len(u.Versions) != 3 {
		t.Errorf("takes-one: severity %v with %d versions, want info across 3", u.Severity, len(u.Versions))
	}
	u, _ = seedVersion(t, us, qs, "001", "I want to invite President Biden to continue our discussion, but on the condition that we do it actually live. But with no delays, directly in an open, direct discussion.")
	for _, frag := range []string{"do it live", "with no delays.", "to continue our discussion."} {
		if u2, _ := seedVersion(t, us, qs, "000", frag); u2 != u {
			t.Errorf("invite: 000 fragment %q not in the invitation utterance", frag)
		}
	}
	if u2, _ := seedVersion(t, us, qs, "002", strings.SplitN(srcText(t, "002", "I want to propose"), "\n", 2)[0]); u2 != u {
		t.Errorf("invite: the two translations are not one utterance")
	}
	u, _ = seedVersion(t, us, qs, "001", "We are ready any time that is convenient for the American side,")
	if u2, _ := seedVersion(t, us, qs, "002", "We could do it tomorrow or Monday. We are ready at any time convenient for the American side."); u2 != u || u.Severity < Warning {
		t.Errorf("ready: not matched to 002's two-sentence quotation, or severity %v", u.Severity)
	}
	_, v = seedVersion(t, us, qs, "000", "pay the price")
	_, v1 := seedVersion(t, us, qs, "001", "pay a price,")
	if !hasDiff(v, KindSubstituted, "the") && !hasDiff(v1, KindSubstituted, "the") {
		t.Errorf("pay-price: no substitution of the/a in %+v / %+v", v.Differences, v1.Differences)
	}
}

// srcText returns the gold text of the quotation in source prefix starting with start.
func srcText(t *testing.T, prefix, start string) string {
	_, qs, _ := seedCorpus(t)
	for _, q := range qs {
		if strings.HasPrefix(q.Source, prefix) && strings.HasPrefix(q.Text, start) {
			return q.Text
		}
	}
	t.Fatalf("no %s quotation starting %q", prefix, start)
	return ""
}
