// Package corpus writes synthetic news coverage with its ground truth:
// stories in which named people say things, each story covered by several
// outlets that quote it the way real outlets do (excerpts, split and
// multi-paragraph quotations, changed, added, dropped and moved words,
// contractions, second translations, wrong speakers, every quotation-mark
// style), as plain text, HTML pages or Markdown, and a gold.json in the
// format the project's scorer reads.
//
// The output depends only on the Config: the same seed gives the same
// bytes.
package corpus

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Config says how much coverage to write.
type Config struct {
	Stories int      // news events
	Outlets int      // outlets covering each story (one article each)
	Seed    uint64   // the output is a function of the Config
	Formats []string // formats to vary articles over: text, html, markdown; empty means text
	// Times gives each article its time of publication (each outlet at its
	// own delay after the event) and has later outlets copy earlier ones'
	// wordings, so that Corpus.Lineage knows where each wording comes from.
	Times bool
}

// Article is one generated article file.
type Article struct {
	Name    string // file name, e.g. "00001-metro-wire.html"
	Format  string
	Outlet  string
	Date    string // YYYY-MM-DD
	Content []byte
}

// Corpus is a generated corpus held in memory.
type Corpus struct {
	Config   Config
	Articles []Article
	Gold     Gold
	Lineage  []Lineage // set when Config.Times is
}

// Check reports a Config that cannot be generated.
func (c Config) Check() error {
	if c.Stories < 1 || c.Outlets < 1 {
		return fmt.Errorf("corpus: need at least one story and one outlet (got %d stories, %d outlets)", c.Stories, c.Outlets)
	}
	for _, f := range c.Formats {
		if _, ok := extensions[f]; !ok {
			return fmt.Errorf("corpus: unknown format %q (want text, html or markdown)", f)
		}
	}
	return nil
}

func (c Config) note() string {
	return fmt.Sprintf("Synthetic coverage written by quotegen (-stories %d -outlets %d -seed %d -formats %s): every quotation, who the article credits, whether it is an utterance or a fragment, and the utterance it shares with other outlets.",
		c.Stories, c.Outlets, c.Seed, strings.Join(c.formats(), ","))
}

func (c Config) formats() []string {
	if len(c.Formats) == 0 {
		return []string{FormatText}
	}
	return c.Formats
}

// coverage is one story as every outlet wrote it.
type coverage struct {
	lineage   []Lineage
	articles  []Article
	quotes    []Quote
	clusters  []Cluster
	conflicts []string
}

// cover writes story n (1-based) for every outlet.
func cover(cfg Config, outlets []*outlet, delays []time.Duration, n int) coverage {
	s := newStory(cfg.Seed, n)
	var plan [][]*version
	var from []map[string]int
	var event time.Time
	if cfg.Times {
		event = s.eventTime()
		plan, from = s.assignTimed(delays)
	} else {
		plan = s.assign(len(outlets))
	}
	var cv coverage
	formats := cfg.formats()
	names := make([]string, len(outlets))
	for i, o := range outlets {
		names[i] = fmt.Sprintf("%05d-%s.%s", n, o.slug, extensions[cfg.formats()[(n*7+i)%len(formats)]])
	}
	for i, o := range outlets {
		format := formats[(n*7+i)%len(formats)]
		name := names[i]
		pg, qs := s.write(o, plan[i])
		for j := range qs {
			qs[j].Source = name
		}
		if cfg.Times {
			pg.date, pg.timed = event.Add(delays[i]), true
			cv.lineage = append(cv.lineage, lineageOf(name, plan[i], from[i], names, pg.date)...)
		}
		cv.articles = append(cv.articles, Article{Name: name, Format: format, Outlet: o.name, Date: pg.date.Format("2006-01-02"), Content: pg.render(format)})
		cv.quotes = append(cv.quotes, qs...)
	}
	cv.clusters, cv.conflicts = finishClusters(cv.quotes)
	slices.SortStableFunc(cv.articles, func(a, b Article) int { return strings.Compare(a.Name, b.Name) })
	slices.SortStableFunc(cv.quotes, func(a, b Quote) int { return strings.Compare(a.Source, b.Source) })
	return cv
}

// Generate writes a corpus in memory.
func Generate(cfg Config) (*Corpus, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	c := &Corpus{Config: cfg, Articles: make([]Article, 0, cfg.Stories*cfg.Outlets)}
	c.Gold.Sources = make([]SourceInfo, 0, cfg.Stories*cfg.Outlets)
	outlets := newOutlets(cfg.Seed, cfg.Outlets)
	delays := outletDelays(cfg.Seed, cfg.Outlets)
	for n := 1; n <= cfg.Stories; n++ {
		cv := cover(cfg, outlets, delays, n)
		c.Lineage = append(c.Lineage, cv.lineage...)
		for _, a := range cv.articles {
			c.Articles = append(c.Articles, a)
			c.Gold.Sources = append(c.Gold.Sources, SourceInfo{File: a.Name, Outlet: a.Outlet, Date: a.Date})
		}
		c.Gold.Quotes = append(c.Gold.Quotes, cv.quotes...)
		c.Gold.Clusters = append(c.Gold.Clusters, cv.clusters...)
		c.Gold.SpeakerConflict = append(c.Gold.SpeakerConflict, cv.conflicts...)
	}
	return c, nil
}

// WriteGold writes the gold in the JSON format of testdata/seeds/gold.json.
func (c *Corpus) WriteGold(w io.Writer) error {
	var src, qs strings.Builder
	g := &goldWriter{sources: &src, quotes: &qs, clusters: c.Gold.Clusters, conflicts: c.Gold.SpeakerConflict}
	for _, s := range c.Gold.Sources {
		if err := g.addSource(s); err != nil {
			return err
		}
	}
	for _, q := range c.Gold.Quotes {
		if err := g.addQuote(q); err != nil {
			return err
		}
	}
	return g.finish(w, c.Config.note(), strings.NewReader(src.String()), strings.NewReader(qs.String()))
}

// WriteDir writes every article and gold.json into dir, creating it.
func (c *Corpus) WriteDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, a := range c.Articles {
		if err := os.WriteFile(filepath.Join(dir, a.Name), a.Content, 0o644); err != nil {
			return err
		}
	}
	return writeFile(filepath.Join(dir, "gold.json"), c.WriteGold)
}

func writeFile(path string, fill func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<16)
	if err := fill(bw); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}
