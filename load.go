package quotecheck

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// ErrNoArticles is returned when no article under the paths could be read.
var ErrNoArticles = errors.New("no articles could be read")

// Each reads and extracts the articles under paths in parallel and calls
// emit for each, in input order, as soon as its turn comes; memory stays
// within the budget however many files there are. It stops at the first
// error emit returns, or when ctx ends (returning ctx.Err()); it fails
// with ErrNoArticles when none could be read.
func Each(ctx context.Context, paths []string, opts Options, emit func(Article) error) error {
	problem := func(err error) {
		p := sources.ProblemOf(err)
		if opts.inputProblem != nil {
			opts.inputProblem(p)
		}
		if opts.OnProblem != nil {
			opts.OnProblem(p)
		}
	}
	files, errs := sources.FileOptions{Exclude: opts.Exclude, OnSkip: opts.OnSkip}.Files(paths)
	for _, err := range errs {
		problem(err)
	}
	ids := sources.FileIDs(files)
	costs := make([]int64, len(files))
	for i, f := range files {
		costs[i] = fileCost(f)
	}
	emitted, done := 0, 0
	texts := map[[2]uint64]string{} // text hash: the first source with it
	p := pool{workers: opts.Workers, budget: newBudget(opts.memoryBudget())}
	err := p.run(ctx, costs, func(i int) loadedFile {
		return extractFile(ctx, files[i], ids[i], opts)
	}, func(lf loadedFile) error {
		done++
		if opts.OnProgress != nil {
			opts.OnProgress(done, len(files))
		}
		for _, err := range sources.Flatten(lf.err) {
			problem(err)
		}
		for _, a := range lf.articles {
			for _, w := range a.Warnings {
				if opts.OnProblem != nil {
					opts.OnProblem(sources.ProblemOf(&sources.Warning{Path: w.Path, Line: w.Line, Column: w.Column, Msg: w.Message}))
				}
			}
			if first, ok := texts[a.sum]; ok {
				problem(&sources.Warning{Path: a.Source.Path, Msg: "same text as " + first + " (exact duplicate)"})
			} else {
				texts[a.sum] = describe(a.Source)
			}
			emitted++
			if err := emit(a); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil && emitted == 0 {
		err = ErrNoArticles
	}
	return err
}

// loadedFile is what one file held: its articles, extracted, and any
// problem reading it.
type loadedFile struct {
	articles []Article
	err      error
}

// extractFile loads one file, names its sources, and extracts each,
// releasing each text once done unless asked to keep it.
func extractFile(ctx context.Context, path, id string, opts Options) loadedFile {
	srcs, err := sources.LoadContext(ctx, path, sources.Options{Stdin: opts.Stdin, Web: opts.Web})
	sources.Name(srcs, id)
	lf := loadedFile{err: err}
	for _, src := range srcs {
		qs, ws := extract(src, opts.People)
		sum := textSum(src.Text)
		if !opts.KeepText && src.Transcript == nil { // a transcript's text is read again when quotations are checked against it
			detach(qs)
			src.Release()
		}
		lf.articles = append(lf.articles, Article{Source: src, Quotes: qs, Warnings: ws, sum: sum})
	}
	return lf
}

// extract finds an article's quotations, knowing people (Options.People);
// a transcript has none, being the record quotations are checked against
// rather than quoted text.
func extract(src *sources.Source, people []string) ([]quotes.Quote, []quotes.Warning) {
	if src.Transcript != nil {
		return nil, nil
	}
	if len(people) > 0 {
		return extractor().WithPeople(people).Extract(src)
	}
	return extractor().Extract(src)
}

// detach makes sure no quotation keeps its article's text alive: its text
// is taken from its context (which extraction copies out of the article)
// when that holds it, and the article's names and marks are copied once
// each.
func detach(qs []quotes.Quote) {
	once := map[string]string{}
	for i := range qs {
		q := &qs[i]
		if k := strings.Index(q.Context, q.Text); k >= 0 {
			q.Text = q.Context[k : k+len(q.Text)]
		} else {
			q.Text = strings.Clone(q.Text)
		}
		for _, f := range []*string{&q.Open, &q.Close, &q.Speaker, &q.Role} {
			c, ok := once[*f]
			if !ok {
				c = strings.Clone(*f)
				once[c] = c
			}
			*f = c
		}
	}
}

// textSeeds are the seeds of the two hashes that identify a text.
var textSeeds = [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}

// textSum identifies a text by two 64-bit hashes, without copying it.
func textSum(s string) [2]uint64 {
	return [2]uint64{maphash.String(textSeeds[0], s), maphash.String(textSeeds[1], s)}
}

// describe names a source for messages: its path, and record if any.
func describe(s *sources.Source) string {
	if s.Record > 0 {
		return fmt.Sprintf("%s (record %d)", s.Path, s.Record)
	}
	return s.Path
}

// fileCost estimates the working memory extracting a file needs.
func fileCost(path string) int64 {
	size := int64(sources.MaxFileSize) // standard input: assume the worst
	if sources.IsURL(path) {
		size = webPageCost // not known before it is fetched; most pages are far smaller than the cap
	} else if path != "-" {
		if info, err := os.Stat(path); err == nil {
			size = info.Size()
		}
	}
	return max(size, 4096) * MemoryPerByte
}

// webPageCost is the size assumed of a page named by URL when budgeting
// memory.
const webPageCost = 2 << 20

var (
	extractorOnce sync.Once
	sharedEx      *quotes.Extractor
)

// extractor gives the process's one Extractor, so the language model loads once.
func extractor() *quotes.Extractor {
	extractorOnce.Do(func() { sharedEx = quotes.NewExtractor() })
	return sharedEx
}

func (o Options) workers(n int) int {
	w := o.Workers
	if w <= 0 {
		w = runtime.GOMAXPROCS(0)
	}
	return min(w, max(n, 1))
}
