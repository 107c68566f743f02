package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/report"
	"github.com/quotecheck/quotecheck/sources"
)

// DiffCommand matches the same utterance across sources and reports every
// difference in wording.
type DiffCommand struct {
	Stdio
}

const diffUsage = `Usage: quotecheck diff [flags] PATH...

Matches the same utterance across the articles (even when the wording
drifted, one outlet quotes only part of it, or splits it in two), picks a
canonical wording (--reference's, else the one most outlets share), and
lists each outlet's differences with a kind and severity:

	info     case, punctuation, typography, editorial ([…], ...), partial
	warning  divergent (too differently worded to diff: often translations)
	error    inserted, deleted, substituted, reordered, speaker

In the wording, [-word-] is in the canonical wording but not this version,
[+word+] is this version's own. Quotations no other source has are listed
as single-source.

Examples:

	quotecheck diff testdata/seeds
	quotecheck diff --format markdown --min-severity warning testdata/seeds
	quotecheck diff --format html -o report.html testdata/seeds
	quotecheck extract --format jsonl a/ > a.jsonl; quotecheck extract --format jsonl b/ > b.jsonl
	quotecheck diff --quotes a.jsonl --quotes b.jsonl

Flags:
`

type diffFlags struct {
	format, reference, output string
	minSeverity, failOn       string
	quoteFiles                stringList
	prof                      profileFlags
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return fmt.Sprint([]string(*l)) }
func (l *stringList) Set(s string) error { *l = append(*l, s); return nil }

func (f *diffFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", "table", "output `format`: table, markdown, json or html")
	fs.StringVar(&f.reference, "reference", "", "the source (`PATH` or id) whose wording is canonical")
	fs.StringVar(&f.output, "o", "", "write the report to `FILE` instead of standard output")
	fs.StringVar(&f.minSeverity, "min-severity", "none", "show only utterances at or above `LEVEL` (none, info, warning, error)")
	fs.StringVar(&f.failOn, "fail-on", "", "exit 1 when any difference reaches `LEVEL` (info, warning or error)")
	fs.Var(&f.quoteFiles, "quotes", "align quotations read from `FILE.jsonl` written by 'extract --format jsonl' (repeatable)")
	f.prof.register(fs)
}

// Run runs `quotecheck diff`.
func (c *DiffCommand) Run(ctx context.Context, args []string) (err error) {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	var f diffFlags
	f.register(fs)
	fs.Usage = func() { fmt.Fprint(fs.Output(), diffUsage); fs.PrintDefaults() }
	if err := parseFlags(fs, args, c.Stdout); err != nil {
		return err
	}
	minSev, failOn, err := f.check(fs.Args())
	if err != nil {
		return err
	}
	stop, err := f.prof.start()
	if err != nil {
		return err
	}
	defer func() { err = firstErr(err, stop()) }()
	if f.format == "json" {
		return c.stream(ctx, &f, fs.Args(), minSev, failOn)
	}
	d, failed, err := c.build(ctx, &f, fs.Args())
	if err != nil {
		return err
	}
	all := d.Utterances
	d.Utterances = report.FilterSeverity(all, minSev)
	if err := c.write(&f, d); err != nil {
		return err
	}
	if err := failedInputs(failed); err != nil {
		return err
	}
	return failOnSeverity(all, failOn)
}

// check validates the flags, returning the parsed severities.
func (f *diffFlags) check(paths []string) (minSev, failOn align.Severity, err error) {
	usage := func(err error) error { return &ExitError{Code: ExitFailure, Err: fmt.Errorf("diff: %v", err)} }
	if err := checkFormat("diff", f.format, report.DiffFormats); err != nil {
		return 0, 0, err
	}
	if minSev, err = align.ParseSeverity(f.minSeverity); err != nil {
		return 0, 0, usage(fmt.Errorf("--min-severity: %v", err))
	}
	failOn = align.Error + 1
	if f.failOn != "" {
		if failOn, err = align.ParseSeverity(f.failOn); err != nil || failOn == align.None {
			return 0, 0, usage(fmt.Errorf("--fail-on: want info, warning or error, not %q", f.failOn))
		}
	}
	if len(f.quoteFiles) == 0 {
		err = needPaths("diff", paths)
	}
	return minSev, failOn, err
}

// build extracts (or reads) the quotations and aligns them.
func (c *DiffCommand) build(ctx context.Context, f *diffFlags, paths []string) (*report.Diff, int, error) {
	x, failed, err := c.load(ctx, f, paths)
	if err != nil {
		return nil, 0, err
	}
	var us []align.Utterance
	busy(c.Stderr, len(x.Quotes), "aligning "+strconv.Itoa(len(x.Quotes))+" quotations", func() {
		us = align.Align(x.Sources, x.Quotes, align.Options{Reference: f.reference})
	})
	return &report.Diff{Sources: x.Sources, Quotes: x.Quotes, Utterances: us, Warnings: x.Warnings}, failed, nil
}

// stream aligns and writes the JSON report utterance by utterance, so that
// neither the utterances nor the encoded report are held whole.
func (c *DiffCommand) stream(ctx context.Context, f *diffFlags, paths []string, minSev, failOn align.Severity) error {
	x, failed, err := c.load(ctx, f, paths)
	if err != nil {
		return err
	}
	var w io.Writer = c.Stdout
	if f.output != "" {
		fh, err := os.Create(f.output)
		if err != nil {
			return &ExitError{Code: ExitFailure, Err: err}
		}
		defer fh.Close()
		w = fh
	}
	out := report.NewDiffJSON(w, x.Sources, x.Quotes)
	n := 0 // utterances at or above failOn
	busy(c.Stderr, len(x.Quotes), "aligning "+strconv.Itoa(len(x.Quotes))+" quotations", func() {
		err = align.AlignEach(x.Sources, x.Quotes, align.Options{Reference: f.reference}, func(u *align.Utterance) error {
			if u.Severity >= failOn {
				n++
			}
			if u.Severity < minSev {
				return nil
			}
			return out.Utterance(u)
		})
	})
	if err = firstErr(err, out.Close(x.Warnings)); err != nil {
		return err
	}
	if fh, ok := w.(*os.File); ok && f.output != "" {
		if err := fh.Close(); err != nil {
			return err
		}
	}
	if err := failedInputs(failed); err != nil {
		return err
	}
	return findings(n, failOn)
}

// load extracts the quotations of the articles under paths and reads
// those of --quotes files. Article text is dropped once extracted: no
// report reads it.
func (c *DiffCommand) load(ctx context.Context, f *diffFlags, paths []string) (*report.Extract, int, error) {
	x := &report.Extract{}
	failed := 0
	if len(paths) > 0 {
		corp, err := loadCorpus(ctx, paths, c.Stdin, c.Stderr)
		if err != nil {
			return nil, 0, &ExitError{Code: ExitFailure, Err: err}
		}
		x.Sources, x.Quotes, x.Warnings, failed = corp.Sources, corp.Quotes, corp.Warnings, corp.Failed
	}
	for _, name := range f.quoteFiles {
		if err := readQuoteFile(x, name); err != nil {
			return nil, 0, &ExitError{Code: ExitFailure, Err: err}
		}
	}
	if len(x.Sources) == 0 {
		return nil, 0, &ExitError{Code: ExitFailure, Err: errors.New("diff: no articles to compare")}
	}
	for i, s := range x.Sources {
		x.Sources[i] = withoutText(s)
	}
	return x, failed, nil
}

// withoutText gives a copy of s's description without its text (nor the
// file positions kept to locate offsets in it).
func withoutText(s *sources.Source) *sources.Source {
	return &sources.Source{ID: s.ID, Path: s.Path, Outlet: s.Outlet, Title: s.Title, Date: s.Date, URL: s.URL,
		Byline: s.Byline, Format: s.Format, Encoding: s.Encoding, Record: s.Record}
}

// readQuoteFile adds the sources and quotations of an extract JSONL file.
func readQuoteFile(x *report.Extract, name string) error {
	fh, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("--quotes: %v", err)
	}
	defer fh.Close()
	got, err := report.ReadJSONL(fh, name)
	if err != nil {
		return err
	}
	renameClashes(x.Sources, got)
	x.Sources = append(x.Sources, got.Sources...)
	x.Quotes = append(x.Quotes, got.Quotes...)
	return nil
}

// renameClashes gives got's sources fresh IDs where they clash with ones
// already read (shards extracted apart number their sources alike), and
// renames their quotations to match.
func renameClashes(have []*sources.Source, got *report.Extract) {
	taken := map[string]bool{}
	for _, s := range have {
		taken[s.ID] = true
	}
	renamed := map[string]string{}
	for _, s := range got.Sources {
		id := s.ID
		for n := 2; taken[id]; n++ {
			id = fmt.Sprintf("%s~%d", s.ID, n)
		}
		taken[id] = true
		if id != s.ID {
			renamed[s.ID], s.ID = id, id
		}
	}
	for i := range got.Quotes {
		q := &got.Quotes[i]
		if id, ok := renamed[q.Source]; ok {
			old := q.Source
			q.Source = id
			q.ID = id + strings.TrimPrefix(q.ID, old)
			q.Utterance = id + strings.TrimPrefix(q.Utterance, old)
		}
	}
}

// write renders the report to -o or standard output.
func (c *DiffCommand) write(f *diffFlags, d *report.Diff) error {
	var w io.Writer = c.Stdout
	if f.output != "" {
		fh, err := os.Create(f.output)
		if err != nil {
			return &ExitError{Code: ExitFailure, Err: err}
		}
		defer fh.Close()
		w = fh
	}
	_, width := terminal(w)
	opt := report.Options{Width: width, Color: useColor(w)}
	if err := report.WriteDiff(w, f.format, d, opt); err != nil {
		return err
	}
	if fh, ok := w.(*os.File); ok && f.output != "" {
		return fh.Close()
	}
	return nil
}

// failOnSeverity is exit status 1 when an utterance reaches level.
func failOnSeverity(us []align.Utterance, level align.Severity) error {
	n := 0
	for _, u := range us {
		if u.Severity >= level {
			n++
		}
	}
	return findings(n, level)
}

// findings is exit status 1 when n utterances reach level.
func findings(n int, level align.Severity) error {
	if n == 0 {
		return nil
	}
	return &ExitError{Code: ExitFindings, Err: fmt.Errorf("%d utterance%s with differences at or above %s", n, plural(n), level)}
}
