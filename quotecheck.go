// Package quotecheck checks quotations across news sources: it reads
// articles, finds every quotation with its speaker, matches the same
// utterance across outlets, and reports every difference in wording.
//
// It is the library behind the quotecheck command. Load (or Each, for
// runs too large to hold) reads and extracts articles from paths, ReadArticle
// from a reader; Diff aligns a corpus's quotations into utterances; Check
// checks a draft's quotations against wire copy. CheckPaths does what
// `quotecheck check` does in one call, configuration and the drafts'
// suppression comments included; LoadWire indexes wire copy once for
// many checks (Wire.Check, Wire.CheckArticle). The packages below it do
// one step each: sources (read articles), quotes (find quotations and
// speakers), align (match and compare), check (check a draft) and report
// (render).
//
// Reading is parallel and bounded: at most Options.MemoryBudget bytes of
// estimated working memory are in flight across the workers, and each
// article's text is released once its quotations are extracted. Problems
// with single inputs never stop a run: they are passed to
// Options.OnProblem and listed in Corpus.Problems.
package quotecheck

import (
	"context"
	"io"
	"path/filepath"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/check"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// Problem is an input that could not be read, or was read with a caveat.
type Problem = sources.Problem

// Options tunes Load and Each. The zero value is ready to use.
type Options struct {
	// Workers is how many files are extracted at once; 0 means one per CPU.
	Workers int
	// MemoryBudget bounds, in bytes, the working memory of the files in
	// flight, estimated from their sizes (see MemoryPerByte); a file larger
	// than the whole budget runs alone. 0 sizes it from the machine
	// (DefaultMemoryBudget).
	MemoryBudget int64
	// Stdin is read for the path "-".
	Stdin io.Reader
	// StdinName, when set, is the path CheckPaths and Wire.Check give what
	// they read from "-" (the draft's file name, for findings and to leave
	// that file's wire copy out); "" keeps "-".
	StdinName string
	// Web fetches the paths that are http or https URLs (its cache, whether
	// it is offline); nil means sources' default.
	Web *sources.Web
	// KeepText keeps each Source's Text after extraction; by default it is
	// released to save memory (nothing after extraction needs it).
	KeepText bool
	// People are persons other sources on the story name in full (the
	// speakers of wire copy, for a draft): a bare surname of theirs that
	// an article says nothing more about is taken as a person's (see
	// quotes.Extractor.WithPeople).
	People []string
	// OnProblem, when set, is called (from one goroutine at a time, in input
	// order) for each input that could not be read or was read with a
	// caveat, and for each warning extraction gives.
	OnProblem func(Problem)
	// OnProgress, when set, is called after each file with how many files
	// are done and how many there are.
	OnProgress func(done, total int)
	// Exclude are glob patterns of paths to leave out (see
	// sources.FileOptions.Exclude).
	Exclude []string
	// OnSkip, when set, is told of each path left out, and why (excluded,
	// hidden, not an article's name).
	OnSkip func(path, why string)

	inputProblem func(Problem) // called for problems with inputs only (not scan warnings)
}

// Article is one source with the quotations extracted from it.
type Article struct {
	Source   *sources.Source
	Quotes   []quotes.Quote
	Warnings []quotes.Warning

	sum [2]uint64 // of the text, to find exact duplicates
}

// Corpus is what the articles under some paths hold.
type Corpus struct {
	Sources  []*sources.Source
	Quotes   []quotes.Quote
	Warnings []quotes.Warning // recoverable problems found while scanning text
	Problems []Problem        // inputs not read, or read with a caveat
}

// People gives the speakers the corpus names in full, once each, in order
// of first quotation: what a draft checked against it may call by surname.
func (c *Corpus) People() []string {
	var out []string
	seen := map[string]bool{}
	for _, q := range c.Quotes {
		if strings.Contains(q.Speaker, " ") && !seen[q.Speaker] {
			seen[q.Speaker] = true
			out = append(out, q.Speaker)
		}
	}
	return out
}

// Failed counts the inputs (files or records) that could not be read.
func (c *Corpus) Failed() int {
	n := 0
	for _, p := range c.Problems {
		if p.Severity == sources.ProblemError {
			n++
		}
	}
	return n
}

// Add appends an article to the corpus.
func (c *Corpus) Add(a Article) {
	c.Sources = append(c.Sources, a.Source)
	c.Quotes = append(c.Quotes, a.Quotes...)
	c.Warnings = append(c.Warnings, a.Warnings...)
}

// Load reads the articles under paths (files, directories read
// recursively, "-" for Options.Stdin) and extracts their quotations, in
// input order. It fails only when no article could be read or ctx ends;
// problems with single inputs are in Corpus.Problems.
func Load(ctx context.Context, paths []string, opts Options) (*Corpus, error) {
	c := &Corpus{Problems: []Problem{}}
	opts.inputProblem = func(p Problem) { c.Problems = append(c.Problems, p) }
	err := Each(ctx, paths, opts, func(a Article) error {
		c.Add(a)
		return nil
	})
	return c, err
}

// ReadArticle reads and extracts one article file from r; name gives its
// format (by extension) and its sources' Path and ID. A JSON or JSON Lines
// file may hold several articles.
func ReadArticle(name string, r io.Reader) ([]Article, error) {
	return readArticle(name, r, nil)
}

// readArticle is ReadArticle with the people the article may call by
// surname alone (Options.People).
func readArticle(name string, r io.Reader, people []string) ([]Article, error) {
	srcs, err := sources.Parse(name, r)
	sources.Name(srcs, sources.FileIDs([]string{name})[0])
	var out []Article
	for _, src := range srcs {
		qs, ws := extract(src, people)
		out = append(out, Article{Source: src, Quotes: qs, Warnings: ws})
	}
	return out, err
}

// Diff matches the corpus's quotations into utterances across sources and
// compares every version with the canonical wording. When ctx ends first,
// it stops at the next utterance and returns ctx.Err() with the
// utterances done so far.
func Diff(ctx context.Context, c *Corpus, opts align.Options) ([]align.Utterance, error) {
	var out []align.Utterance
	err := align.AlignEach(c.Sources, c.Quotes, opts, func(u *align.Utterance) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		out = append(out, *u)
		return nil
	})
	if err == nil {
		err = ctx.Err()
	}
	return out, err
}

// Check checks the draft's quotations against the wire copy's, with cfg
// (nil for the defaults). Wire quotations from a file that is also a draft
// are left out, so a draft inside a wire directory does not confirm itself.
func Check(cfg *check.Config, wire, draft *Corpus) []check.Finding {
	return newWire(cfg, wire).check(draft.Sources, draft.Quotes)
}

// ownFile tells whether a wire quotation comes from the draft file at
// draftPath itself, under any spelling or through a symbolic link; files
// are the wire's files, by absolute path.
func ownFile(files map[string]bool) func(q *quotes.Quote, draftPath string) bool {
	resolved := map[string]string{} // each path resolved once
	abs := func(p string) string {
		if r, ok := resolved[p]; ok {
			return r
		}
		resolved[p] = absPath(p)
		return resolved[p]
	}
	return func(q *quotes.Quote, draftPath string) bool {
		d := abs(draftPath)
		return files[d] && abs(q.Path) == d
	}
}

// absPath gives p absolute with symbolic links followed, so that one file
// has one name however it is reached.
func absPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
