package align

import (
	"fmt"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

func TestTmpNope(t *testing.T) {
	tsrc, _ := sources.Load("../testdata/transcripts/briefing-2026-02-12.md", sources.Options{})
	tx := NewTranscripts(tsrc)
	arts, _ := sources.Read([]string{"../testdata/transcripts/more/ferry-schedule.txt"}, sources.Options{})
	tx.WithArticles(arts)
	ex := quotes.NewExtractor()
	for _, a := range arts {
		qs, _ := ex.Extract(a)
		for _, q := range qs {
			if q.Text != "No." {
				continue
			}
			p := ProbeQuote{Text: q.Text, Context: q.Context, Source: q.Source, Offset: q.Start}
			ctxs := tx.widerContext(p)
			fmt.Printf("CTX %q\n", ctxs)
			tt := tx.ts[0]
			probe := newText(q.Text)
			ctx := contextWords(ctxs, q.Speaker, probe)
			for _, c := range tt.shortCandidates(probe, func(w string) bool { return w == "whitfield" }) {
				fmt.Println(tt.words[c.lo].orig, tsrc[0].Locate(tt.words[c.lo].start).Line, tt.topicScore(ctx, c.lo))
			}
		}
	}
}
