package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/check"
	"github.com/quotecheck/quotecheck/report"
	"github.com/spf13/pflag"
)

// CheckCommand checks a draft's quotations against wire copy.
type CheckCommand struct {
	Stdio
}

const checkUsage = `Usage: quotecheck check --against PATH [flags] DRAFT...

Checks every quotation in each draft against the wire copy: it is
confirmed (a source has the same words), differs (a source has other
words, or credits it to someone else), or not-found (no source has it).
Findings read path:line:column, sorted, one a line.

--against takes one path (a file or a directory, read recursively, or an
http or https URL, fetched); give it again for more, or separate paths
with commas. Every other argument is a draft, whatever its place among
the flags. A draft inside an --against
directory is not checked against itself.

In a Markdown or HTML draft, <!-- quotecheck-disable-next-line --> accepts
the quotations of the next line as they stand, and <!-- quotecheck off -->
... <!-- quotecheck on --> those in between.

Settings can also come from .quotecheck.yaml in the working directory or a
parent (against, fail_on, format, severities, fragment_words, ignore,
speakers); flags override it.

Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 when
the check could not run (bad flags, unreadable input, bad config).

Examples:

	quotecheck check --against testdata/seeds testdata/check/example-draft.md
	quotecheck check --against wire/ --format github --fail-on warning drafts/*.md
	quotecheck check --against wire/ --write-baseline .quotecheck-baseline.json drafts/
	quotecheck check --against wire/ --baseline .quotecheck-baseline.json drafts/
	cat draft.md | quotecheck check --against wire/ --stdin-filename draft.md -

Flags:
`

// checkFlags are the flags of `quotecheck check`, and which were given.
type checkFlags struct {
	against                 pathList
	format, failOn, config  string
	baseline, writeBaseline string
	output, stdinName       string
	all                     bool
	run                     runFlags
	web                     webFlags
	prof                    profileFlags
	set                     map[string]bool
}

// register defines check's flags on fs.
func (f *checkFlags) register(fs *pflag.FlagSet) {
	fs.Var(&f.against, "against", "wire copy to check against: one `PATH` (file or directory); repeat, or separate with commas")
	fs.StringVar(&f.format, "format", "line", "output `format`: "+strings.Join(check.Formats(), ", "))
	fs.StringVar(&f.failOn, "fail-on", "", "exit 1 when a finding reaches `LEVEL`: "+strings.Join(check.FailLevels(), ", ")+" (default: the configuration's fail_on, else error)")
	fs.StringVarP(&f.output, "output", "o", "", "write the findings to `FILE` instead of standard output")
	fs.StringVar(&f.config, "config", "", "read settings from `FILE` instead of looking for "+check.ConfigName)
	fs.StringVar(&f.baseline, "baseline", "", "report only findings not recorded in the baseline `FILE`")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "record this run's findings (not confirmed ones) in `FILE` as accepted, and exit 0")
	fs.StringVar(&f.stdinName, "stdin-filename", "", "the `NAME` findings give standard input (-)")
	fs.BoolVar(&f.all, "all", false, "also list confirmed quotations in line, table and github output")
	f.run.register(fs, false)
	f.web.register(fs, "read wire copy URLs from `FILE`, one a line (# starts a comment), as if each were given to --against; repeatable")
	f.prof.register(fs)
	enumFlag(fs, "format", check.Formats())
	enumFlag(fs, "fail-on", check.FailLevels())
	pathFlag(fs, "against", "output", "config", "baseline", "write-baseline")
}

func (c *CheckCommand) parse(args []string) (*checkFlags, []string, error) {
	var f checkFlags
	fs := newFlagSet("check", checkUsage)
	f.register(fs)
	drafts, err := parseFlags(fs, args, c.Stdout)
	if err != nil {
		return nil, nil, err
	}
	f.set = map[string]bool{}
	fs.Visit(func(fl *pflag.Flag) { f.set[fl.Name] = true })
	return &f, drafts, nil
}

// settings merges the configuration file into the flags and checks the result.
func (f *checkFlags) settings(cfg *check.Config, drafts []string, stderr io.Writer) error {
	usage := func(format string, args ...any) error {
		return &ExitError{Code: ExitFailure, Err: fmt.Errorf("check: "+format, args...)}
	}
	if !f.set["against"] {
		f.against = cfg.Against
	}
	wire, err := f.web.paths("check", f.against, stderr)
	if err != nil {
		return err
	}
	f.against = wire
	f.run.web = f.web.web()
	if !f.set["format"] && cfg.Format != "" {
		f.format = cfg.Format
	}
	if !f.set["fail-on"] && cfg.FailOn != "" {
		f.failOn = cfg.FailOn
	}
	if f.failOn == "" {
		f.failOn = "error"
	}
	if len(f.against) == 0 {
		return usage("no wire copy to check against; name it with --against PATH (or 'against:' in %s)", check.ConfigName)
	}
	if len(drafts) == 0 {
		return usage("no draft given; name the draft files or directories after the flags (see 'quotecheck check -h')")
	}
	if slices.Contains(f.against, "-") && slices.Contains(drafts, "-") {
		return usage("standard input (-) is read once: give it to --against or as a draft, not both")
	}
	if err := checkFormat("check", f.format, check.Formats()); err != nil {
		return err
	}
	if err := f.run.check("check"); err != nil {
		return err
	}
	if !slices.Contains(check.FailLevels(), f.failOn) {
		return usage("unknown --fail-on level %q (want %s)", f.failOn, strings.Join(check.FailLevels(), ", "))
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

// sayConfig tells, when verbose, which configuration file the run uses.
func sayConfig(stderr io.Writer, verbose bool, cfg *check.Config) {
	if !verbose {
		return
	}
	if cfg.File == "" {
		fmt.Fprintf(stderr, "quotecheck: no %s found; default settings\n", check.ConfigName)
		return
	}
	fmt.Fprintf(stderr, "quotecheck: settings from %s\n", report.EscapePath(cfg.File))
}

func mustGetwd() string {
	wd, _ := os.Getwd()
	return wd
}

// Run runs `quotecheck check`.
func (c *CheckCommand) Run(ctx context.Context, args []string) (err error) {
	f, drafts, err := c.parse(args)
	if err != nil {
		return err
	}
	cfg, err := loadConfig(f.config)
	if err != nil {
		return err
	}
	sayConfig(c.Stderr, f.run.verbose, cfg)
	if err := f.settings(cfg, drafts, c.Stderr); err != nil {
		return err
	}
	if drafts, err = expandPaths("check", drafts); err != nil {
		return err
	}
	against, err := expandPaths("check: --against", f.against)
	if err != nil {
		return err
	}
	f.against = against
	inputs := append(slices.Clone(f.against), drafts...)
	if err := refuseInputs("check", append(f.prof.outputs(), output{"-o", f.output}), inputs, []string{cfg.File, f.baseline}); err != nil {
		return err
	}
	if err := refuseInputs("check", []output{{"--write-baseline", f.writeBaseline}}, inputs, []string{cfg.File}); err != nil {
		return err
	}
	if err := refuseSameOutput("check", append(f.prof.outputs(), output{"-o", f.output}, output{"--write-baseline", f.writeBaseline})); err != nil {
		return err
	}
	stop, err := f.prof.start()
	if err != nil {
		return err
	}
	defer func() { err = firstErr(err, stop()) }()
	var base *check.Baseline
	if f.baseline != "" {
		if base, err = check.ReadBaseline(f.baseline); err != nil {
			return &ExitError{Code: ExitFailure, Err: err}
		}
	}
	in, err := c.load(ctx, cfg, f, drafts)
	if err != nil {
		return err
	}
	findings := in.Findings
	f.run.timing(c.Stderr, fmt.Sprintf("%d quotation%s checked", len(findings), plural(len(findings))))
	if f.writeBaseline != "" {
		if err := check.WriteBaseline(f.writeBaseline, check.NewBaseline(findings)); err != nil {
			return &ExitError{Code: ExitFailure, Err: err}
		}
	}
	baselined := 0
	if base != nil {
		findings, baselined = base.Filter(findings)
	}
	res := &report.Check{Findings: findings, Summary: report.SummarizeCheck(findings), Problems: append(in.Wire.Problems, in.Drafts.Problems...)}
	res.Summary.Drafts, res.Summary.Sources = len(in.Drafts.Sources), len(in.Wire.Sources)
	res.Summary.Baselined, res.Summary.Suppressed = baselined, in.Suppressed
	res.Summary.FailOn, res.Summary.Config = f.failOn, cfg.File
	res.Summary.ExitCode = exitFor(findings, f.failOn)
	if f.writeBaseline != "" {
		// the findings just recorded are accepted: adopting the check
		// on an existing archive succeeds
		res.Summary.ExitCode = ExitOK
	}
	if err := failedInputs(in.Wire.Failed() + in.Drafts.Failed() + f.web.bad); err != nil {
		res.Summary.ExitCode = ExitFailure
	}
	return c.write(f, res)
}

// load reads the wire copy, then the drafts, and checks them, with the
// library's LoadWire and Wire.Check (what CheckPaths does in one call).
func (c *CheckCommand) load(ctx context.Context, cfg *check.Config, f *checkFlags, drafts []string) (*quotecheck.CheckResult, error) {
	bar := &lazyProgress{w: c.Stderr, desc: "extracting"}
	opts := loadOptions(c.Stdin, c.Stderr, bar, &f.run)
	opts.StdinName = f.stdinName
	w, err := quotecheck.LoadWire(ctx, cfg, f.against, opts)
	bar.finish()
	if err != nil {
		return nil, &ExitError{Code: ExitFailure, Err: fmt.Errorf("check: wire copy (--against): %v", err)}
	}
	f.run.timing(c.Stderr, "wire copy: "+readCounts(w.Corpus))
	bar = &lazyProgress{w: c.Stderr, desc: "extracting"}
	defer bar.finish()
	if opts.OnProgress != nil {
		opts.OnProgress = bar.add
	}
	res, err := w.Check(ctx, drafts, opts)
	if err != nil {
		return nil, &ExitError{Code: ExitFailure, Err: fmt.Errorf("check: drafts: %v", err)}
	}
	return res, nil
}

// write renders the findings to -o or standard output, then the summary
// to standard error once the findings are out.
func (c *CheckCommand) write(f *checkFlags, res *report.Check) error {
	render := func(w io.Writer) error {
		_, width := terminal(w)
		return report.WriteCheck(w, f.format, res, report.CheckOptions{All: f.all, Width: width, Version: shortVersion(buildInfo())})
	}
	if err := writeOutput(f.output, c.Stdout, render); err != nil {
		return &ExitError{Code: ExitFailure, Err: err}
	}
	if fl, ok := c.Stdout.(interface{ Flush() error }); ok {
		_ = fl.Flush() // on a terminal the summary comes after the findings
	}
	if !f.run.quiet && (f.format == "line" || f.format == "table" || f.output != "") {
		fmt.Fprintln(c.Stderr, res.Summary)
	}
	f.run.timing(c.Stderr, "done")
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
