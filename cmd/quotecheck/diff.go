package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/check"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/report"
	"github.com/quotecheck/quotecheck/sources"
	"github.com/spf13/pflag"
)

// DiffCommand matches the same utterance across sources and reports every
// difference in wording.
type DiffCommand struct {
	Stdio
	blockFrom int // align.Options.BlockFrom: tests lower it to split a small corpus into blocks
}

const diffUsage = `Usage: quotecheck diff [flags] PATH...

Matches the same utterance across the articles (even when the wording
drifted, one outlet quotes only part of it, or splits it in two), picks a
canonical wording (--reference's, else the one most outlets share), and
lists each outlet's differences with a kind and severity:

	info     case, punctuation, typography, editorial ([…], ...), partial, disfluency
	warning  divergent (too differently worded to diff: often translations)
	error    inserted, deleted, substituted, reordered, speaker

A transcript among the paths (a briefing, interview, hearing or court
record with speaker labels, or WebVTT/SRT captions) is the reference for
every utterance it holds, unless --reference names another source.

In the wording, [-word-] is in the canonical wording but not this version,
[+word+] is this version's own. Quotations no other source has are listed
as single-source.

Each utterance has the history of its wording: every distinct wording in
order of first publication (from the sources' dates and times), which
source printed it first, who printed it after, and the earlier wording it
most likely comes from (the timeline in JSON, one line in table and
Markdown, drawn in HTML). --sort first-printed lists utterances by when
their first wrong wording appeared.

A PATH that is an http or https URL is fetched and read as an HTML page
(--urls FILE reads a list of them); fetched pages are cached, and
--offline reads only the cache.

Severities set in .quotecheck.yaml (or --config) apply here as in check:
to the report, --min-severity and --fail-on.

Examples:

	quotecheck diff testdata/seeds
	quotecheck diff --format markdown --min-severity warning testdata/seeds
	quotecheck diff --format html -o report.html testdata/seeds
	quotecheck extract --format jsonl a/ > a.jsonl; quotecheck extract --format jsonl b/ > b.jsonl
	quotecheck diff --quotes a.jsonl --quotes b.jsonl

Flags:
`

// sortFirstPrinted orders utterances by when their first wrong wording
// was first published.
const sortFirstPrinted = "first-printed"

// diffSorts are the orders --sort takes.
var diffSorts = []string{"severity", sortFirstPrinted}

type diffFlags struct {
	format, reference, output string
	sort                      string
	minSeverity, failOn       string
	config                    string
	quoteFiles                pathList
	run                       runFlags
	web                       webFlags
	prof                      profileFlags
}

// register defines diff's flags on fs.
func (f *diffFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.format, "format", "table", "output `format`: "+strings.Join(report.DiffFormats(), ", "))
	fs.StringVar(&f.reference, "reference", "", "the source (`PATH` or id) whose wording is canonical; it must be one of the articles")
	fs.StringVarP(&f.output, "output", "o", "", "write the report to `FILE` instead of standard output")
	fs.StringVar(&f.minSeverity, "min-severity", "none", "show only utterances at or above `LEVEL` (none, info, warning, error)")
	fs.StringVar(&f.failOn, "fail-on", "", "exit 1 when any difference reaches `LEVEL`: "+strings.Join(check.FailLevels(), ", ")+" (default: the configuration's fail_on, else never)")
	fs.StringVar(&f.config, "config", "", "read severities from `FILE` instead of looking for "+check.ConfigName)
	fs.StringVar(&f.sort, "sort", "severity", "order of the utterances: severity (worst first) or first-printed (by when their first wrong wording was first published)")
	fs.Var(&f.quoteFiles, "quotes", "align quotations read from `FILE.jsonl` written by 'extract --format jsonl' (repeatable)")
	enumFlag(fs, "format", report.DiffFormats())
	enumFlag(fs, "min-severity", []string{"none", "info", "warning", "error"})
	enumFlag(fs, "fail-on", check.FailLevels())
	enumFlag(fs, "sort", diffSorts)
	pathFlag(fs, "reference", "output", "quotes", "config")
	f.run.register(fs, true)
	f.web.register(fs, "read article URLs from `FILE`, one a line (# starts a comment); repeatable")
	f.prof.register(fs)
}

// Run runs `quotecheck diff`.
func (c *DiffCommand) Run(ctx context.Context, args []string) (err error) {
	fs := newFlagSet("diff", diffUsage)
	var f diffFlags
	f.register(fs)
	paths, err := parseFlags(fs, args, c.Stdout)
	if err != nil {
		return err
	}
	cfg, err := loadConfig(f.config)
	if err != nil {
		return err
	}
	if f.failOn == "" {
		f.failOn = cfg.FailOn // the configuration's, as in check; flags override it
	}
	if paths, err = f.web.paths("diff", paths, c.Stderr); err != nil {
		return err
	}
	minSev, failOn, err := f.check(paths)
	if err != nil {
		return err
	}
	if paths, err = expandPaths("diff", paths); err != nil {
		return err
	}
	sayConfig(c.Stderr, f.run.verbose, cfg)
	outs := append(f.prof.outputs(), output{"-o", f.output})
	if err := refuseInputs("diff", outs, paths, append([]string{cfg.File}, f.quoteFiles...)); err != nil {
		return err
	}
	stop, err := f.prof.start()
	if err != nil {
		return err
	}
	defer func() { err = firstErr(err, stop()) }()
	defer f.run.timing(c.Stderr, "done")
	d, failed, err := c.build(ctx, &f, paths, cfg, minSev, failOn)
	if d == nil || err != nil {
		return err // d is nil when the report was streamed
	}
	// the configuration's severities decide the report and --fail-on, as for check
	cfg.Severities.Utterances(d.Utterances)
	all := d.Utterances
	d.Utterances = report.FilterSeverity(all, minSev)
	d.Hidden = len(all) - len(d.Utterances)
	if err := c.write(&f, d); err != nil {
		return err
	}
	if err := failedInputs(failed + f.web.bad); err != nil {
		return err
	}
	return f.quietly(failOnSeverity(all, failOn))
}

// quietly drops, under --quiet, the sentence that counts the differences
// behind exit status 1; the status stays.
func (f *diffFlags) quietly(err error) error {
	var ex *ExitError
	if f.run.quiet && errors.As(err, &ex) && ex.Code == ExitFindings {
		return &ExitError{Code: ExitFindings}
	}
	return err
}

// check validates the flags, returning the parsed severities.
func (f *diffFlags) check(paths []string) (minSev, failOn align.Severity, err error) {
	usage := func(err error) error { return &ExitError{Code: ExitFailure, Err: fmt.Errorf("diff: %v", err)} }
	if err := checkFormat("diff", f.format, report.DiffFormats()); err != nil {
		return 0, 0, err
	}
	if err := f.run.check("diff"); err != nil {
		return 0, 0, err
	}
	f.run.web = f.web.web()
	if minSev, err = align.ParseSeverity(f.minSeverity); err != nil {
		return 0, 0, usage(fmt.Errorf("--min-severity: %v", err))
	}
	if !slices.Contains(diffSorts, f.sort) {
		return 0, 0, usage(fmt.Errorf("--sort: want %s, not %q", strings.Join(diffSorts, " or "), f.sort))
	}
	failOn = align.Error + 1 // never
	if f.failOn != "" && f.failOn != "never" {
		if failOn, err = align.ParseSeverity(f.failOn); err != nil || failOn == align.None {
			return 0, 0, usage(fmt.Errorf("--fail-on: want %s, not %q", strings.Join(check.FailLevels(), ", "), f.failOn))
		}
	}
	if len(f.quoteFiles) == 0 {
		err = needPaths("diff", paths)
	}
	return minSev, failOn, err
}

// build extracts (or reads) the quotations and aligns them.
func (c *DiffCommand) build(ctx context.Context, f *diffFlags, paths []string, cfg *check.Config, minSev, failOn align.Severity) (*report.Diff, int, error) {
	x, failed, err := c.load(ctx, f, paths)
	if err != nil {
		return nil, 0, err
	}
	ref, err := reference(x.Sources, f.reference)
	if err != nil {
		return nil, 0, err
	}
	if f.format == "json" && !hasTranscript(x.Sources) && f.sort != sortFirstPrinted {
		return nil, failed, c.stream(ctx, f, x, failed, align.Options{Reference: ref, BlockFrom: c.blockFrom}, cfg, minSev, failOn)
	}
	var us []align.Utterance
	err = busy(ctx, f.run.progressTo(c.Stderr), len(x.Quotes), "aligning "+strconv.Itoa(len(x.Quotes))+" quotations", func() {
		us = align.Align(x.Sources, x.Quotes, align.Options{Reference: ref, BlockFrom: c.blockFrom})
	})
	if err != nil {
		return nil, 0, err
	}
	f.run.timing(c.Stderr, fmt.Sprintf("%d utterance%s aligned", len(us), plural(len(us))))
	x.Quotes = append(x.Quotes, align.TranscriptQuotes(us)...)
	if f.sort == sortFirstPrinted {
		align.SortFirstPrinted(us)
	}
	return &report.Diff{Sources: x.Sources, Quotes: x.Quotes, Utterances: us, Warnings: x.Warnings, Problems: x.Problems,
		Config: cfg.File, Ordered: f.sort == sortFirstPrinted}, failed, nil
}

// hasTranscript reports whether a transcript is among the sources.
func hasTranscript(srcs []*sources.Source) bool {
	return slices.ContainsFunc(srcs, func(s *sources.Source) bool { return s.Transcript != nil })
}

// stream aligns and writes the JSON report utterance by utterance, so that
// neither the utterances nor the encoded report are held whole; the
// output is the one WriteDiff gives.
func (c *DiffCommand) stream(ctx context.Context, f *diffFlags, x *report.Extract, failed int, opts align.Options, cfg *check.Config, minSev, failOn align.Severity) error {
	n := 0 // utterances at or above failOn
	write := func(w io.Writer) error {
		out := report.NewDiffJSON(w, x.Sources, x.Quotes)
		out.Config(cfg.File)
		hidden := 0
		var err error
		berr := busy(ctx, f.run.progressTo(c.Stderr), len(x.Quotes), "aligning "+strconv.Itoa(len(x.Quotes))+" quotations", func() {
			err = align.AlignEach(x.Sources, x.Quotes, opts, func(u *align.Utterance) error {
				if err := ctx.Err(); err != nil {
					return err
				}
				cfg.Severities.Utterances(unsafe.Slice(u, 1))
				if u.Severity >= failOn {
					n++
				}
				if u.Severity < minSev {
					hidden++
					return nil
				}
				return out.Utterance(u)
			})
		})
		if berr != nil {
			return berr
		}
		return firstErr(err, out.Close(x.Warnings, x.Problems, hidden))
	}
	if err := writeOutput(f.output, c.Stdout, write); err != nil {
		return err
	}
	if err := failedInputs(failed + f.web.bad); err != nil {
		return err
	}
	return f.quietly(findings(n, failOn))
}

// load extracts the quotations of the articles under paths and reads
// those of --quotes files.
func (c *DiffCommand) load(ctx context.Context, f *diffFlags, paths []string) (*report.Extract, int, error) {
	x := &report.Extract{Problems: []sources.Problem{}}
	failed := 0
	if len(paths) > 0 {
		corp, err := loadCorpus(ctx, paths, c.Stdin, c.Stderr, nil, &f.run)
		if err != nil {
			return nil, 0, &ExitError{Code: ExitFailure, Err: err}
		}
		x.Sources, x.Quotes, x.Warnings, failed = corp.Sources, corp.Quotes, corp.Warnings, corp.Failed()
		x.Problems = corp.Problems
		f.run.timing(c.Stderr, readCounts(corp))
	}
	for _, name := range f.quoteFiles {
		// like any bad input: reported, the rest compared, exit 2; a
		// malformed line loses that line only
		for _, err := range sources.Flatten(readQuoteFile(x, name)) {
			p := quoteFileProblem(name, err)
			printProblem(c.Stderr, p)
			x.Problems = append(x.Problems, p)
			failed++
		}
	}
	if len(x.Sources) == 0 {
		return nil, 0, &ExitError{Code: ExitFailure, Err: errors.New("diff: no articles to compare")}
	}
	return x, failed, nil
}

// reference gives the ID of the source --reference names, by ID or path;
// naming none of the articles is a usage error, not a silent default.
func reference(srcs []*sources.Source, name string) (string, error) {
	if name == "" {
		return "", nil
	}
	clean := filepath.Clean(name)
	for _, s := range srcs {
		if s.ID == name || s.Path == name || s.Path == clean {
			return s.ID, nil
		}
	}
	var ids []string
	for _, s := range srcs[:min(len(srcs), 5)] {
		ids = append(ids, s.ID)
	}
	more := ""
	if len(srcs) > len(ids) {
		more = ", …"
	}
	return "", &ExitError{Code: ExitFailure, Err: fmt.Errorf("diff: --reference %q is none of the articles (give a path as listed, or a source id: %s%s)", name, strings.Join(ids, ", "), more)}
}

// readQuoteFile adds the sources and quotations of an extract JSONL file.
func readQuoteFile(x *report.Extract, name string) error {
	fh, err := os.Open(name)
	if err != nil {
		return errors.Unwrap(err)
	}
	defer fh.Close()
	srcs, qs, err := quotes.ReadJSONL(fh, name)
	got := &report.Extract{Sources: srcs, Quotes: qs}
	renameClashes(x.Sources, got)
	x.Sources = append(x.Sources, got.Sources...)
	x.Quotes = append(x.Quotes, got.Quotes...)
	return err
}

// quoteFileProblem describes a --quotes file that could not be read.
func quoteFileProblem(name string, err error) sources.Problem {
	msg := strings.TrimPrefix(err.Error(), name+":")
	p := sources.Problem{Path: name, Severity: sources.ProblemError, Message: "--quotes: " + strings.TrimSpace(msg)}
	if line, rest, ok := strings.Cut(msg, ": "); ok {
		if n, err := strconv.Atoi(line); err == nil {
			p.Line, p.Message = n, "--quotes: "+rest
		}
	}
	return p
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

// write renders the report to -o (whole or not at all) or standard output.
func (c *DiffCommand) write(f *diffFlags, d *report.Diff) error {
	err := writeOutput(f.output, c.Stdout, func(w io.Writer) error {
		_, width := terminal(w)
		return report.WriteDiff(w, f.format, d, report.Options{Width: width, Color: useColorFor(f.run.color, w), Version: shortVersion(buildInfo())})
	})
	if err != nil {
		return &ExitError{Code: ExitFailure, Err: err}
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
