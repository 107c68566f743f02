package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

func TestTmpSeeds(t *testing.T) {
	tsrc, err := sources.Load("/work/shared/transcripts/2021-03-18-press-briefing-by-press-secretary-jen-psaki-and-secretary-of-housing-and-urban-development-marcia-l-fudge-march-18-2021.md", sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tx := NewTranscripts(tsrc)
	arts, _ := sources.Read([]string{"../testdata/seeds"}, sources.Options{})
	ex := quotes.NewExtractor()
	for _, a := range arts {
		qs, _ := ex.Extract(a)
		groups := map[string][]quotes.Quote{}
		var order []string
		for _, q := range qs {
			k := q.Utterance
			if k == "" {
				k = q.ID
			}
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], q)
		}
		for _, k := range order {
			g := groups[k]
			var texts []string
			whole := false
			for _, q := range g {
				texts = append(texts, q.Text)
				whole = whole || q.Kind == quotes.KindUtterance
			}
			p := ProbeQuote{Text: strings.Join(texts, partJoin), Speaker: g[0].Speaker, Context: g[0].Context, Whole: whole}
			c, ok := tx.Find(p)
			if !ok {
				fmt.Printf("-- %s %q (%s)\n", k, p.Text[:min(40, len(p.Text))], p.Speaker)
				continue
			}
			fmt.Printf("%s %q (%s) → %s %s\n", k, p.Text[:min(60, len(p.Text))], p.Speaker, c.Status, c.Note)
			if c.Passage != nil {
				fmt.Printf("    %d:%d %s %q\n", c.Passage.Line, c.Passage.Column, c.Passage.Label, c.Passage.Text)
				for _, d := range compareTexts(transcriptText(c.Passage), withWhole(newText(p.Text), whole)).diffs {
					fmt.Printf("      %s %s %q→%q\n", d.Kind, d.Severity, d.Canonical, d.Version)
				}
			}
		}
	}
}

func transcriptText(p *Passage) text { x := newText(p.Text); x.whole = true; return x }
func withWhole(x text, w bool) text  { x.whole = w; return x }
