package main

import (
	"context"
	"strings"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/report"
	"github.com/spf13/pflag"
)

// ExtractCommand lists every quotation in some articles.
type ExtractCommand struct {
	Stdio
}

const extractUsage = `Usage: quotecheck extract [flags] PATH...

Lists every quotation in the articles with its speaker, role, kind
(utterance or fragment) and position (path:line:column). PATH is an article
(plain text, Markdown, HTML, JSON or JSON Lines), a directory, or - for
standard input.

Example:

	quotecheck extract testdata/seeds
	quotecheck extract --format json testdata/seeds/001_df291eccda40f15d.txt

Flags:
`

// extractFlags are the flags of `quotecheck extract`.
type extractFlags struct {
	format string
	prof   profileFlags
}

// register defines extract's flags on fs.
func (f *extractFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.format, "format", "table", "output `format`: "+strings.Join(report.ExtractFormats(), ", "))
	enumFlag(fs, "format", report.ExtractFormats())
	f.prof.register(fs)
}

// Run runs `quotecheck extract`.
func (c *ExtractCommand) Run(ctx context.Context, args []string) (err error) {
	fs := newFlagSet("extract", extractUsage)
	var f extractFlags
	f.register(fs)
	paths, err := parseFlags(fs, args, c.Stdout)
	if err != nil {
		return err
	}
	if err := checkFormat("extract", f.format, report.ExtractFormats()); err != nil {
		return err
	}
	if err := needPaths("extract", paths); err != nil {
		return err
	}
	prof := f.prof
	stop, err := prof.start()
	if err != nil {
		return err
	}
	defer func() { err = firstErr(err, stop()) }()
	if f.format == "jsonl" {
		return c.stream(ctx, paths)
	}
	corp, err := loadCorpus(ctx, paths, c.Stdin, c.Stderr, nil)
	if err != nil {
		return &ExitError{Code: ExitFailure, Err: err}
	}
	x := &report.Extract{Sources: corp.Sources, Quotes: corp.Quotes, Warnings: corp.Warnings, Problems: corp.Problems}
	_, width := terminal(c.Stdout)
	if err := report.WriteExtract(c.Stdout, f.format, x, report.Options{Width: width}); err != nil {
		return err
	}
	return failedInputs(corp.Failed())
}

// stream writes JSON Lines as each article is done, so huge runs need not
// hold every quotation in memory.
func (c *ExtractCommand) stream(ctx context.Context, paths []string) error {
	jw := report.NewJSONLWriter(c.Stdout)
	failed := 0
	err := eachArticle(ctx, paths, c.Stdin, c.Stderr, func(a quotecheck.Article) error {
		return jw.Write(a.Source, a.Quotes)
	}, &failed)
	if err != nil {
		return &ExitError{Code: ExitFailure, Err: err}
	}
	return failedInputs(failed)
}

// firstErr returns the first non-nil error.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
