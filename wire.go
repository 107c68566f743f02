package quotecheck

import (
	"bytes"
	"context"
	"io"
	"slices"
	"sync"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/check"
	"github.com/quotecheck/quotecheck/internal/safefile"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// Wire is wire copy loaded once to check drafts against, as `quotecheck
// check --against` reads it: its articles and transcripts, the people
// they name, and the configuration the verdicts follow. Its methods may
// be called from several goroutines; checks run one at a time.
type Wire struct {
	Corpus *Corpus
	Config *check.Config

	mu          sync.Mutex
	checker     *check.Checker     // over every wire quotation; nil until a check needs it
	transcripts *align.Transcripts // nil when the wire holds none
	files       map[string]bool    // absolute paths of the wire's files
	people      []string
}

// CheckResult is the verdict on some drafts.
type CheckResult struct {
	Wire, Drafts *Corpus
	// Findings are the verdicts on the draft quotations the drafts' own
	// suppression comments leave to check, sorted by path, line, column.
	Findings []check.Finding
	// Suppressed counts the utterances the drafts' comments accept.
	Suppressed int
}

// CheckPaths checks the quotations of the drafts under drafts against
// the wire copy under against (files, directories read recursively, glob
// patterns, "-" for opts.Stdin), with cfg (nil for the defaults): it is
// what `quotecheck check` does. A surname the drafts use alone is taken
// for a person the wire names in full; <!-- quotecheck ... --> comments
// in Markdown and HTML drafts accept the quotations they cover; a draft
// that is also among the wire's files is not checked against itself.
// It fails only when no wire article or no draft could be read, or ctx
// ends; problems with single inputs are in the corpora's Problems.
func CheckPaths(ctx context.Context, cfg *check.Config, against, drafts []string, opts Options) (*CheckResult, error) {
	stdin, err := bufferStdin(drafts, &opts)
	if err != nil {
		return nil, err
	}
	w, err := LoadWire(ctx, cfg, against, opts)
	if err != nil {
		return &CheckResult{Wire: w.Corpus}, err
	}
	return w.checkPaths(ctx, drafts, stdin, opts)
}

// LoadWire reads the wire copy under paths (files, directories read
// recursively, glob patterns, "-" for opts.Stdin) to check drafts
// against with cfg (nil for the defaults). Transcripts take the speaker
// names cfg.Speakers gives their labels. It fails only when no article
// could be read or ctx ends; the Wire it gives then holds the problems.
func LoadWire(ctx context.Context, cfg *check.Config, paths []string, opts Options) (*Wire, error) {
	paths = ExpandGlobs(paths)
	opts.People = nil
	c, err := Load(ctx, paths, opts)
	nameStdin(c, opts.StdinName)
	return newWire(cfg, c), err
}

// newWire prepares the wire copy c to check drafts against with cfg (nil
// for the defaults): its transcripts take the names cfg.Speakers gives
// their labels.
func newWire(cfg *check.Config, c *Corpus) *Wire {
	if cfg == nil {
		cfg = check.DefaultConfig()
	}
	w := &Wire{Corpus: c, Config: cfg, files: map[string]bool{}, people: c.People()}
	for _, s := range c.Sources {
		if s.Transcript != nil && len(cfg.Speakers) > 0 {
			s.Transcript.Rename(cfg.Speakers)
		}
		w.files[absPath(s.Path)] = true
	}
	w.transcripts = align.NewTranscripts(c.Sources)
	return w
}

// ExpandGlobs replaces each path that holds a glob pattern and names no
// file as it stands with the files it matches, in order (sources.Glob:
// "**" stands for any number of directories). A pattern that matches
// nothing, or is malformed, is kept, so that reading it reports it
// missing; "-" and URLs are kept as they are.
func ExpandGlobs(paths []string) []string {
	var out []string
	for _, p := range paths {
		found, err := sources.ExpandPath(p)
		if err != nil {
			found = []string{p}
		}
		out = append(out, found...)
	}
	return out
}

// People gives the speakers the wire names in full: what a draft may
// call by surname.
func (w *Wire) People() []string { return slices.Clone(w.people) }

// Check reads the drafts under paths (as CheckPaths does) and checks
// their quotations against the wire.
func (w *Wire) Check(ctx context.Context, paths []string, opts Options) (*CheckResult, error) {
	stdin, err := bufferStdin(paths, &opts)
	if err != nil {
		return nil, err
	}
	return w.checkPaths(ctx, paths, stdin, opts)
}

// bufferStdin reads standard input once when the drafts name "-", so that
// it can be both extracted and searched for suppression comments: it
// gives the bytes read and points opts.Stdin at them. Nothing is read when
// no draft is "-".
func bufferStdin(paths []string, opts *Options) ([]byte, error) {
	if opts.Stdin == nil || !slices.Contains(paths, "-") {
		return nil, nil
	}
	raw, err := io.ReadAll(io.LimitReader(opts.Stdin, sources.MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	opts.Stdin = bytes.NewReader(raw)
	return raw, nil
}

// checkPaths loads the drafts, stdin being what was read for "-", and
// checks them.
func (w *Wire) checkPaths(ctx context.Context, paths []string, stdin []byte, opts Options) (*CheckResult, error) {
	opts.People = w.People()
	opts.KeepText = true // a draft's text and position map place its findings (drafts are small)
	draft, err := Load(ctx, paths, opts)
	res := &CheckResult{Wire: w.Corpus, Drafts: draft}
	if err != nil {
		return res, err
	}
	checked, n := check.Suppress(draft.Quotes, draftSuppressions(draft.Sources, stdin))
	nameStdin(draft, opts.StdinName)
	for i := range checked {
		if checked[i].Path == "-" && opts.StdinName != "" {
			checked[i].Path = opts.StdinName
		}
	}
	res.Findings, res.Suppressed = w.check(draft.Sources, checked), n
	return res, nil
}

// CheckArticle checks the quotations of one draft held in memory; name
// gives its format (by extension) and the Path its findings carry. The
// draft's sources keep their text, so that positions can be mapped back
// to the content (sources.Source.Locate).
func (w *Wire) CheckArticle(name string, content []byte) (*CheckResult, error) {
	arts, err := readArticle(name, bytes.NewReader(content), w.people)
	draft := &Corpus{Problems: []Problem{}}
	if err != nil {
		for _, e := range sources.Flatten(err) {
			draft.Problems = append(draft.Problems, sources.ProblemOf(e))
		}
	}
	for _, a := range arts {
		draft.Add(a)
	}
	res := &CheckResult{Wire: w.Corpus, Drafts: draft}
	if len(arts) == 0 {
		return res, err
	}
	byPath := map[string]check.Suppressions{}
	if f := arts[0].Source.Format; f == sources.FormatMarkdown || f == sources.FormatHTML {
		byPath[name] = check.ParseSuppressions(string(content))
	}
	checked, n := check.Suppress(draft.Quotes, byPath)
	res.Findings, res.Suppressed = w.check(draft.Sources, checked), n
	return res, nil
}

// check checks draft quotations against the wire, leaving out wire
// quotations from a file that is also a draft. The index of every wire
// quotation is built on the first check that needs it and kept.
func (w *Wire) check(drafts []*sources.Source, qs []quotes.Quote) []check.Finding {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.checker == nil {
		w.checker = check.New(w.Config, w.Corpus.Quotes)
	}
	checker := w.checker
	checker.Own = nil
	if slices.ContainsFunc(drafts, func(s *sources.Source) bool { return w.files[absPath(s.Path)] }) {
		checker.Own = ownFile(w.files)
	}
	checker.Transcripts = w.transcripts.WithArticles(drafts)
	checker.Drafts = make(map[string]*sources.Source, len(drafts))
	for _, s := range drafts {
		checker.Drafts[s.ID] = s
	}
	return checker.Check(qs)
}

// draftSuppressions reads the suppression comments of the Markdown and
// HTML drafts, by path; stdin is the content read for "-".
func draftSuppressions(srcs []*sources.Source, stdin []byte) map[string]check.Suppressions {
	out := map[string]check.Suppressions{}
	for _, s := range srcs {
		if s.Format != sources.FormatMarkdown && s.Format != sources.FormatHTML {
			continue
		}
		content := stdin
		if s.Path != "-" {
			var err error
			if content, err = safefile.Read(s.Path, sources.MaxFileSize); err != nil {
				continue // it was read a moment ago; a file gone since has nothing to suppress
			}
		}
		if sup := check.ParseSuppressions(string(content)); !sup.Empty() {
			out[s.Path] = sup
		}
	}
	return out
}

// nameStdin gives the sources and quotations read from standard input
// the name set; "" keeps "-".
func nameStdin(c *Corpus, name string) {
	if name == "" || c == nil {
		return
	}
	for _, s := range c.Sources {
		if s.Path == "-" {
			s.Path = name
		}
	}
	for i := range c.Quotes {
		if c.Quotes[i].Path == "-" {
			c.Quotes[i].Path = name
		}
	}
}
