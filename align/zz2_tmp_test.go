package align

import (
	"fmt"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

func TestTmpNope(t *testing.T) {
	tsrc, _ := sources.Load("/work/shared/transcripts/2021-03-18-press-briefing-by-press-secretary-jen-psaki-and-secretary-of-housing-and-urban-development-marcia-l-fudge-march-18-2021.md", sources.Options{})
	tx := NewTranscripts(tsrc)
	arts, _ := sources.Read([]string{"../testdata/seeds"}, sources.Options{})
	ex := quotes.NewExtractor()
	for _, a := range arts {
		qs, _ := ex.Extract(a)
		for _, q := range qs {
			if q.Text != "Nope." {
				continue
			}
			fmt.Printf("CTX %q\n", q.Context)
			tt := tx.ts[0]
			probe := newText(q.Text)
			ctx := contextWords(q.Context, probe)
			for _, c := range tt.shortCandidates(probe, func(w string) bool { return w == "psaki" }) {
				fmt.Println(tt.words[c.lo].orig, tsrc[0].Locate(tt.words[c.lo].start).Line, tt.topicScore(ctx, c.lo))
			}
		}
	}
}
