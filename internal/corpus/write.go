package corpus

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// assign decides, for each outlet, which utterances it quotes and how:
// most outlets quote most utterances; some utterances only one outlet has.
func (s *story) assign(nOutlets int) [][]*version {
	plan := make([][]*version, nOutlets)
	for i := range s.utts {
		u := &s.utts[i]
		who, material, wrong := s.coverage(nOutlets)
		for _, o := range who {
			plan[o] = append(plan[o], s.newVersion(u, material[o], o == wrong))
		}
	}
	return plan
}

// coverage decides which outlets print an utterance, which of them change its words
// (material), and which one credits someone else (wrong, -1 for none).
func (s *story) coverage(nOutlets int) (who []int, material map[int]bool, wrong int) {
	if nOutlets == 1 || s.r.IntN(8) == 0 {
		who = []int{s.r.IntN(nOutlets)}
	} else {
		for o := range nOutlets {
			if s.r.IntN(4) != 0 {
				who = append(who, o)
			}
		}
		if len(who) == 0 {
			who = []int{s.r.IntN(nOutlets)}
		}
	}
	material = map[int]bool{}
	if len(who) > 1 && s.r.IntN(2) == 0 {
		material[who[s.r.IntN(len(who))]] = true
		if s.r.IntN(3) == 0 {
			material[who[s.r.IntN(len(who))]] = true
		}
	}
	wrong = -1
	if len(who) > 1 && s.r.IntN(12) == 0 {
		wrong = who[s.r.IntN(len(who))]
	}
	return who, material, wrong
}

var headlineEnds = []string{"faces new scrutiny", "sparks row", "draws criticism", "moves ahead", "stalls again", "divides officials", "wins backing", "prompts questions"}

// write lays out one outlet's article on the story.
func (s *story) write(o *outlet, vers []*version) (*page, []Quote) {
	r := s.r
	d := &draft{r: r, s: s, o: o, introduced: make([]bool, len(s.people)), last: -1}
	d.lede()
	d.filler()
	if r.IntN(2) == 0 {
		d.filler()
	}
	scareAt := -1
	if r.IntN(4) == 0 {
		scareAt = r.IntN(len(vers) + 1)
	}
	for i, v := range vers {
		if i == scareAt {
			d.writeScare()
		}
		if i > 0 && r.IntN(3) != 0 {
			d.filler()
		}
		d.writeVersion(v)
	}
	if scareAt == len(vers) {
		d.writeScare()
	}
	d.filler()
	d.filler()
	reporter := pick(r, femaleNames) + " " + pick(r, surnames)
	d.w(pick(r, maleNames), " ", pick(r, surnames), " contributed to this report.")
	d.para()
	pg := &page{
		o:        o,
		headline: upperFirst(s.t.place + " " + s.t.nouns[0].w + " " + pick(r, headlineEnds)),
		byline:   reporter,
		date:     s.date.AddDate(0, 0, r.IntN(2)),
		paras:    d.paras,
		open:     d.open,
	}
	pg.url = fmt.Sprintf("https://www.%s.example/%s/%s-%d", o.slug, pg.date.Format("2006/01/02"), slugify(pg.headline), s.n)
	for range 4 {
		pg.mostRead = append(pg.mostRead, upperFirst(pick(r, places)+" "+pick(r, nouns).w+" "+pick(r, headlineEnds)))
	}
	return pg, d.quotes
}

// Write generates a corpus straight into dir, one story at a time, so
// that memory stays small however many articles are asked for. The files
// are the same as Generate followed by WriteDir; with Config.Times,
// LineageFile holds Corpus.Lineage as JSON Lines.
func Write(dir string, cfg Config) error {
	if err := cfg.Check(); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	srcTmp, err := os.CreateTemp(dir, ".gold-sources-*")
	if err != nil {
		return err
	}
	defer os.Remove(srcTmp.Name())
	defer srcTmp.Close()
	qTmp, err := os.CreateTemp(dir, ".gold-quotes-*")
	if err != nil {
		return err
	}
	defer os.Remove(qTmp.Name())
	defer qTmp.Close()
	srcBuf, qBuf := bufio.NewWriterSize(srcTmp, 1<<16), bufio.NewWriterSize(qTmp, 1<<16)
	g := &goldWriter{sources: srcBuf, quotes: qBuf}
	outlets := newOutlets(cfg.Seed, cfg.Outlets)
	delays := outletDelays(cfg.Seed, cfg.Outlets)
	var lineage *lineageWriter
	if cfg.Times {
		if lineage, err = newLineageWriter(filepath.Join(dir, LineageFile)); err != nil {
			return err
		}
		defer lineage.close()
	}
	for n := 1; n <= cfg.Stories; n++ {
		cv := cover(cfg, outlets, delays, n)
		if err := writeStory(dir, g, cv); err != nil {
			return err
		}
		if err := lineage.write(cv.lineage); err != nil {
			return err
		}
	}
	if err := lineage.close(); err != nil {
		return err
	}
	for i, f := range []*os.File{srcTmp, qTmp} {
		if err := []*bufio.Writer{srcBuf, qBuf}[i].Flush(); err != nil {
			return err
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return err
		}
	}
	return writeFile(filepath.Join(dir, "gold.json"), func(w io.Writer) error {
		return g.finish(w, cfg.note(), srcTmp, qTmp)
	})
}

func writeStory(dir string, g *goldWriter, cv coverage) error {
	for _, a := range cv.articles {
		if err := os.WriteFile(filepath.Join(dir, a.Name), a.Content, 0o644); err != nil {
			return err
		}
		if err := g.addSource(SourceInfo{File: a.Name, Outlet: a.Outlet, Date: a.Date}); err != nil {
			return err
		}
	}
	for _, q := range cv.quotes {
		if err := g.addQuote(q); err != nil {
			return err
		}
	}
	g.clusters = append(g.clusters, cv.clusters...)
	g.conflicts = append(g.conflicts, cv.conflicts...)
	return nil
}
