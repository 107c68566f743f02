package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/internal/corpus"
	"github.com/quotecheck/quotecheck/internal/eval"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// generatedCorpus builds sources and quotations from a generated corpus's
// gold, each quotation located in its article; gold[i] describes qs[i].
func generatedCorpus(t testing.TB, cfg corpus.Config) ([]*sources.Source, []quotes.Quote, *corpus.Gold) {
	t.Helper()
	c, err := corpus.Generate(cfg)
	if err != nil {
		t.Fatal(err)
	}
	bySrc := map[string]*sources.Source{}
	var srcs []*sources.Source
	for _, a := range c.Articles {
		s := sources.FromText(a.Name, string(a.Content))
		s.Date = a.Date
		bySrc[a.Name] = s
		srcs = append(srcs, s)
	}
	cursor, count := map[string]int{}, map[string]int{}
	qs := make([]quotes.Quote, 0, len(c.Gold.Quotes))
	for _, gq := range c.Gold.Quotes {
		src := bySrc[gq.Source]
		if src == nil {
			t.Fatalf("gold quotation in unknown article %s", gq.Source)
		}
		count[gq.Source]++
		q := locate(t, src, eval.GoldQuote{Source: gq.Source, Text: gq.Text, Speaker: gq.Speaker, Kind: gq.Kind}, &cursor, count[gq.Source])
		if n := len(qs); n > 0 && linked(src.Text, &qs[n-1], &q) {
			q.Utterance = qs[n-1].Utterance
		}
		qs = append(qs, q)
	}
	return srcs, qs, &c.Gold
}

// linked reports whether extraction links quotation q to the one before
// it, p, as parts of one utterance (as package quotes does): a quotation
// carried on into the next paragraph (no closing mark before the line
// ends), or one in the same paragraph, of the same kind and credited to
// the same speaker.
func linked(text string, p, q *quotes.Quote) bool {
	if p.Source != q.Source || p.End > q.Start {
		return false
	}
	between := text[p.End:q.Start]
	if strings.HasPrefix(between, "\n") && len(strings.TrimSpace(between)) <= len("\u201c") {
		return true
	}
	return !strings.Contains(between, "\n") && q.Speaker != "" && q.Speaker == p.Speaker && q.Kind == p.Kind
}

// evalGold gives a generated corpus's gold in the scorer's terms.
func evalGold(cg *corpus.Gold) *eval.Gold {
	g := &eval.Gold{Material: map[string]bool{}, SpeakerConflict: cg.SpeakerConflict}
	for _, q := range cg.Quotes {
		gq := eval.GoldQuote{Source: q.Source, Text: q.Text, Speaker: q.Speaker, Kind: q.Kind}
		if q.Cluster != "" {
			gq.Cluster = &q.Cluster
		}
		g.Quotes = append(g.Quotes, gq)
	}
	for _, c := range cg.Clusters {
		g.Material[c.ID] = c.Material
	}
	return g
}

// TestGeneratedAlignment aligns generated coverage (quotations taken from
// the gold, linked as extraction links them) and scores it against the
// gold clusters. Corpora with three outlets a story are not held to these
// figures: when no outlet prints an utterance whole, its separately
// quoted parts share no words to match them by.
func TestGeneratedAlignment(t *testing.T) {
	for _, cfg := range []corpus.Config{
		{Stories: 20, Outlets: 4, Seed: 7},
		{Stories: 40, Outlets: 6, Seed: 99},
		{Stories: 30, Outlets: 8, Seed: 3},
	} {
		cfg.Formats = []string{"text"}
		t.Run(fmt.Sprintf("seed%d", cfg.Seed), func(t *testing.T) {
			srcs, qs, g := generatedCorpus(t, cfg)
			sc := scoreAlignment(evalGold(g), qs, Align(srcs, qs, Options{}))
			t.Logf("%d quotations: pairwise precision %.3f recall %.3f, verdict accuracy %.3f", len(qs), sc.Precision, sc.Recall, sc.VerdictAccuracy)
			if testing.Verbose() && len(sc.WrongVerdict) > 0 {
				t.Logf("clusters judged wrongly: %v", sc.WrongVerdict)
			}
			if sc.Precision < 0.9 || sc.Recall < 0.9 || sc.VerdictAccuracy < 0.85 {
				t.Errorf("precision %.3f recall %.3f verdict %.3f, want >= 0.90, 0.90, 0.85", sc.Precision, sc.Recall, sc.VerdictAccuracy)
			}
		})
	}
}
