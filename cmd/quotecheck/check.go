package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/check"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/report"
)

// CheckCommand checks a draft's quotations against wire copy.
type CheckCommand struct {
	Stdio
}

const checkUsage = `Usage: quotecheck check --against PATH... [flags] DRAFT...

Checks every quotation in each draft against the wire copy: it is
confirmed (a source has the same words), differs (a source has other
words, or credits it to someone else), or not-found (no source has it).
Findings read path:line:column, sorted, one a line.

--against may be given several times or with comma-separated paths, and
takes the paths that follow it up to the next flag; when that leaves no
draft, the last of them is the draft (--against A B DRAFT). A directory is
read recursively; a draft inside it is not checked against itself.

Settings can also come from .quotecheck.yaml in the working directory or a
parent (against, fail_on, format, severities, fragment_words, ignore);
flags override it.

Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 when
the check could not run (bad flags, unreadable input, bad config).

Examples:

	quotecheck check --against testdata/seeds testdata/check/example-draft.md
	quotecheck check --against wire/ --format github --fail-on warning drafts/
	quotecheck check --against wire/ --write-baseline .quotecheck-baseline.json drafts/
	quotecheck check --against wire/ --baseline .quotecheck-baseline.json drafts/

Flags:
`

// pathList is a repeatable flag of comma-separated paths.
type pathList []string

func (p *pathList) String() string { return strings.Join(*p, ",") }

func (p *pathList) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*p = append(*p, s)
		}
	}
	return nil
}

// checkFlags are the flags of `quotecheck check`, and which were given.
type checkFlags struct {
	against                 pathList
	format, failOn, config  string
	baseline, writeBaseline string
	all                     bool
	set                     map[string]bool
}

func (c *CheckCommand) parse(args []string) (*checkFlags, []string, error) {
	var f checkFlags
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.Var(&f.against, "against", "wire copy to check against: a `PATH` (file or directory); repeat or separate with commas")
	fs.StringVar(&f.format, "format", "line", "output `format`: "+strings.Join(check.Formats, ", "))
	fs.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding reaches `LEVEL`: "+strings.Join(check.FailLevels, ", "))
	fs.StringVar(&f.config, "config", "", "read settings from `FILE` instead of looking for "+check.ConfigName)
	fs.StringVar(&f.baseline, "baseline", "", "report only findings not recorded in the baseline `FILE`")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "record this run's findings (not confirmed ones) in `FILE` as accepted, and exit 0")
	fs.BoolVar(&f.all, "all", false, "also list confirmed quotations in line, table and github output")
	fs.BoolVar(&f.all, "verbose", false, "same as --all")
	fs.Usage = func() { fmt.Fprint(fs.Output(), checkUsage); fs.PrintDefaults() }
	drafts, err := c.parseArgs(fs, &f, args)
	if err != nil {
		return nil, nil, err
	}
	f.set = map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { f.set[fl.Name] = true })
	return &f, drafts, nil
}

// parseArgs parses flags wherever they stand among the drafts. Paths
// right after an --against value are wire copy too (--against A B C); when
// that leaves no draft, the last of them is the draft, as in
// "--against A B DRAFT".
func (c *CheckCommand) parseArgs(fs *flag.FlagSet, f *checkFlags, args []string) ([]string, error) {
	var drafts []string
	greedy := false
	for {
		if err := parseFlags(fs, args, c.Stdout); err != nil {
			return nil, err
		}
		rest := fs.Args()
		k := len(args) - len(rest)
		if len(rest) == 0 || (k >= 1 && args[k-1] == "--") {
			drafts = append(drafts, rest...)
			break
		}
		n := 0
		for n < len(rest) && !isFlag(rest[n]) {
			n++
		}
		if followsAgainst(args[:k]) {
			f.against = append(f.against, rest[:n]...)
			greedy = true
		} else {
			drafts = append(drafts, rest[:n]...)
		}
		args = rest[n:]
	}
	if len(drafts) == 0 && greedy && len(f.against) > 1 {
		drafts = f.against[len(f.against)-1:]
		f.against = f.against[:len(f.against)-1]
	}
	return drafts, nil
}

func isFlag(arg string) bool { return len(arg) > 1 && arg[0] == '-' }

// followsAgainst tells whether the parsed args end with an --against value.
func followsAgainst(parsed []string) bool {
	n := len(parsed)
	if n >= 1 && (strings.HasPrefix(parsed[n-1], "--against=") || strings.HasPrefix(parsed[n-1], "-against=")) {
		return true
	}
	return n >= 2 && (parsed[n-2] == "--against" || parsed[n-2] == "-against")
}

// settings merges the configuration file into the flags and checks the result.
func (f *checkFlags) settings(cfg *check.Config, drafts []string) error {
	usage := func(format string, args ...any) error {
		return &ExitError{Code: ExitFailure, Err: fmt.Errorf("check: "+format, args...)}
	}
	if !f.set["against"] {
		f.against = cfg.Against
	}
	if !f.set["format"] && cfg.Format != "" {
		f.format = cfg.Format
	}
	if !f.set["fail-on"] && cfg.FailOn != "" {
		f.failOn = cfg.FailOn
	}
	if len(f.against) == 0 {
		return usage("no wire copy to check against; name it with --against PATH (or 'against:' in %s)", check.ConfigName)
	}
	if len(drafts) == 0 {
		return usage("no draft given; name the draft files or directories after the flags (see 'quotecheck check -h')")
	}
	if err := checkFormat("check", f.format, check.Formats); err != nil {
		return err
	}
	if !slices.Contains(check.FailLevels, f.failOn) {
		return usage("unknown --fail-on level %q (want %s)", f.failOn, strings.Join(check.FailLevels, ", "))
	}
	return nil
}

// loadConfig reads --config, or the .quotecheck.yaml found from the working
// directory up, or gives the defaults.
func loadConfig(path string) (*check.Config, error) {
	if path == "" {
		if wd, err := os.Getwd(); err == nil {
			path = check.FindConfig(wd)
		}
		if path == "" {
			return check.DefaultConfig(), nil
		}
		if rel, err := filepath.Rel(mustGetwd(), path); err == nil {
			path = rel
		}
	}
	cfg, err := check.LoadConfig(path)
	if err != nil {
		return nil, &ExitError{Code: ExitFailure, Err: err}
	}
	return cfg, nil
}

func mustGetwd() string {
	wd, _ := os.Getwd()
	return wd
}

// Run runs `quotecheck check`.
func (c *CheckCommand) Run(ctx context.Context, args []string) error {
	f, drafts, err := c.parse(args)
	if err != nil {
		return err
	}
	cfg, err := loadConfig(f.config)
	if err != nil {
		return err
	}
	if err := f.settings(cfg, drafts); err != nil {
		return err
	}
	var base *check.Baseline
	if f.baseline != "" {
		if base, err = check.ReadBaseline(f.baseline); err != nil {
			return &ExitError{Code: ExitFailure, Err: err}
		}
	}
	wire, err := loadCorpus(ctx, f.against, c.Stdin, c.Stderr)
	if err != nil {
		return &ExitError{Code: ExitFailure, Err: fmt.Errorf("check: wire copy (--against): %v", err)}
	}
	draft, err := loadCorpus(ctx, drafts, c.Stdin, c.Stderr)
	if err != nil {
		return &ExitError{Code: ExitFailure, Err: fmt.Errorf("check: drafts: %v", err)}
	}
	for _, s := range wire.Sources {
		if s.Transcript != nil && len(cfg.Speakers) > 0 {
			s.Transcript.Rename(cfg.Speakers)
		}
	}
	checker := check.New(cfg, withoutDrafts(wire.Quotes, draft.Quotes))
	checker.Transcripts = align.NewTranscripts(wire.Sources).WithArticles(draft.Sources)
	findings := checker.Check(draft.Quotes)
	if f.writeBaseline != "" {
		if err := check.WriteBaseline(f.writeBaseline, check.NewBaseline(findings)); err != nil {
			return &ExitError{Code: ExitFailure, Err: err}
		}
	}
	res := &report.Check{}
	suppressed := 0
	if base != nil {
		findings, suppressed = base.Filter(findings)
	}
	res.Findings = findings
	res.Summary = report.SummarizeCheck(findings)
	res.Summary.Drafts, res.Summary.Sources, res.Summary.Baselined = len(draft.Sources), len(wire.Sources), suppressed
	res.Summary.FailOn = f.failOn
	res.Summary.ExitCode = exitFor(findings, f.failOn)
	if f.writeBaseline != "" {
		// the findings just recorded are accepted: adopting the check
		// on an existing archive succeeds
		res.Summary.ExitCode = ExitOK
	}
	if err := failedInputs(wire.Failed + draft.Failed); err != nil {
		res.Summary.ExitCode = ExitFailure
	}
	return c.write(f, res)
}

func (c *CheckCommand) write(f *checkFlags, res *report.Check) error {
	if err := report.WriteCheck(c.Stdout, f.format, res, report.CheckOptions{All: f.all}); err != nil {
		return &ExitError{Code: ExitFailure, Err: err}
	}
	if f.format == "line" || f.format == "table" {
		fmt.Fprintln(c.Stderr, res.Summary)
	}
	switch res.Summary.ExitCode {
	case ExitOK:
		return nil
	case ExitFailure:
		return &ExitError{Code: ExitFailure, Err: fmt.Errorf("check: some inputs could not be read (see above)")}
	}
	return &ExitError{Code: res.Summary.ExitCode}
}

// exitFor is 1 when a finding's severity reaches the fail level, else 0.
func exitFor(fs []check.Finding, failOn string) int {
	if failOn == "never" {
		return ExitOK
	}
	level, err := align.ParseSeverity(failOn)
	if err != nil {
		return ExitOK
	}
	for _, f := range fs {
		if f.Status != check.StatusConfirmed && f.Severity >= level && f.Severity > align.None {
			return ExitFindings
		}
	}
	return ExitOK
}

// withoutDrafts leaves out wire quotations from a file that is also a draft,
// so that a draft inside an --against directory does not confirm itself.
func withoutDrafts(wire, draft []quotes.Quote) []quotes.Quote {
	paths := map[string]bool{}
	for _, q := range draft {
		paths[absPath(q.Path)] = true
	}
	out := make([]quotes.Quote, 0, len(wire))
	for _, q := range wire {
		if !paths[absPath(q.Path)] {
			out = append(out, q)
		}
	}
	return out
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
