package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/report"
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

// Run runs `quotecheck extract`.
func (c *ExtractCommand) Run(ctx context.Context, args []string) (err error) {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	format := fs.String("format", "table", "output `format`: table, json, jsonl, csv or markdown")
	var prof profileFlags
	prof.register(fs)
	fs.Usage = func() { fmt.Fprint(fs.Output(), extractUsage); fs.PrintDefaults() }
	if err := parseFlags(fs, args, c.Stdout); err != nil {
		return err
	}
	if err := checkFormat("extract", *format, report.ExtractFormats); err != nil {
		return err
	}
	if err := needPaths("extract", fs.Args()); err != nil {
		return err
	}
	stop, err := prof.start()
	if err != nil {
		return err
	}
	defer func() { err = firstErr(err, stop()) }()
	if *format == "jsonl" {
		return c.stream(ctx, fs.Args())
	}
	corp, err := loadCorpus(ctx, fs.Args(), c.Stdin, c.Stderr)
	if err != nil {
		return &ExitError{Code: ExitFailure, Err: err}
	}
	x := &report.Extract{Sources: corp.Sources, Quotes: corp.Quotes, Warnings: corp.Warnings, Problems: corp.Problems}
	_, width := terminal(c.Stdout)
	if err := report.WriteExtract(c.Stdout, *format, x, report.Options{Width: width}); err != nil {
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
