package quotes_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/quotecheck/quotecheck/internal/corpus"
	"github.com/quotecheck/quotecheck/internal/eval"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// forEval gives quotations in the scorer's terms (sources are named by file name).
func forEval(qs []quotes.Quote) []eval.Quote {
	out := make([]eval.Quote, len(qs))
	for i, q := range qs {
		out[i] = eval.Quote{ID: q.ID, Source: q.Source, Text: q.Text, Speaker: q.Speaker, Kind: q.Kind}
	}
	return out
}

// score gives recall, precision and speaker accuracy (on utterances, by
// surname) of pred against gold, logging misses and wrong speakers.
func score(t *testing.T, gold *eval.Gold, pred []quotes.Quote) (recall, precision, speaker float64) {
	t.Helper()
	sc := eval.ScoreExtract(gold, forEval(pred))
	for _, m := range sc.Missed {
		t.Logf("missed: %s %q", m.Source, m.Text)
	}
	for _, w := range sc.WrongSpeaker {
		t.Logf("wrong speaker: %q: got %q", w[0], w[1])
	}
	t.Logf("recall %.3f, precision %.3f, speaker accuracy %.3f (%d gold, %d found)",
		sc.Recall, sc.Precision, sc.SpeakerAccuracy, len(gold.Quotes), len(pred))
	return sc.Recall, sc.Precision, sc.SpeakerAccuracy
}

// checkScore fails the test below the given targets.
func checkScore(t *testing.T, recall, precision, speaker, minRecall, minPrecision, minSpeaker float64) {
	t.Helper()
	if recall < minRecall || precision < minPrecision || speaker < minSpeaker {
		t.Errorf("below target: recall %.3f (≥%.2f), precision %.3f (≥%.2f), speaker accuracy %.3f (≥%.2f)",
			recall, minRecall, precision, minPrecision, speaker, minSpeaker)
	}
}

// extractDir extracts the quotations of the articles a gold annotation in dir covers.
func extractDir(t *testing.T, dir string, g *eval.Gold) []quotes.Quote {
	t.Helper()
	var pred []quotes.Quote
	ex := quotes.NewExtractor()
	for _, name := range g.Sources() {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		qs, _ := ex.Extract(sources.FromText(name, string(b)))
		pred = append(pred, qs...)
	}
	return pred
}

func TestSeedScore(t *testing.T) {
	const dir = "../testdata/seeds"
	g, err := eval.ReadGold(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	r, p, s := score(t, g, extractDir(t, dir, g))
	checkScore(t, r, p, s, 0.95, 0.95, 0.90)
}

// TestGeneratedScore scores extraction on a generated corpus of varied news
// coverage (several outlets, every quotation-mark style, pronouns, roles).
func TestGeneratedScore(t *testing.T) {
	c, err := corpus.Generate(corpus.Config{Stories: 20, Outlets: 4, Seed: 7, Formats: []string{"text"}})
	if err != nil {
		t.Fatal(err)
	}
	gold := &eval.Gold{}
	for _, q := range c.Gold.Quotes {
		gold.Quotes = append(gold.Quotes, eval.GoldQuote{Source: q.Source, Text: q.Text, Speaker: q.Speaker, Kind: q.Kind})
	}
	var pred []quotes.Quote
	ex := quotes.NewExtractor()
	for _, a := range c.Articles {
		qs, _ := ex.Extract(sources.FromText(a.Name, string(a.Content)))
		pred = append(pred, qs...)
	}
	r, p, s := score(t, gold, pred)
	checkScore(t, r, p, s, 0.95, 0.95, 0.90)
}
