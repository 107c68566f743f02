package main

import (
	"context"
	"io"
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
(plain text, Markdown, HTML, JSON or JSON Lines), a directory, - for
standard input, or an http or https URL, fetched and read as an HTML page
(--urls FILE reads a list of them; --offline reads only the cache).

Example:

	quotecheck extract testdata/seeds
	quotecheck extract --format json testdata/seeds/001_df291eccda40f15d.txt

Flags:
`

// extractFlags are the flags of `quotecheck extract`.
type extractFlags struct {
	format, output string
	run            runFlags
	web            webFlags
	prof           profileFlags
}

// register defines extract's flags on fs.
func (f *extractFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.format, "format", "table", "output `format`: "+strings.Join(report.ExtractFormats(), ", "))
	fs.StringVarP(&f.output, "output", "o", "", "write the quotations to `FILE` instead of standard output (whole, or not at all)")
	enumFlag(fs, "format", report.ExtractFormats())
	pathFlag(fs, "output")
	f.run.register(fs, false)
	f.web.register(fs, "read article URLs from `FILE`, one a line (# starts a comment); repeatable")
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
	if err := f.run.check("extract"); err != nil {
		return err
	}
	if paths, err = f.web.paths("extract", paths, c.Stderr); err != nil {
		return err
	}
	f.run.web = f.web.web()
	if err := needPaths("extract", paths); err != nil {
		return err
	}
	if paths, err = expandPaths("extract", paths); err != nil {
		return err
	}
	if err := refuseInputs("extract", append(f.prof.outputs(), output{"-o", f.output}), paths, nil); err != nil {
		return err
	}
	prof := f.prof
	stop, err := prof.start()
	if err != nil {
		return err
	}
	defer func() { err = firstErr(err, stop()) }()
	defer f.run.timing(c.Stderr, "done")
	if f.format == "jsonl" {
		return c.stream(ctx, &f, paths)
	}
	corp, err := loadCorpus(ctx, paths, c.Stdin, c.Stderr, nil, &f.run)
	if err != nil {
		return &ExitError{Code: ExitFailure, Err: err}
	}
	f.run.timing(c.Stderr, readCounts(corp))
	x := &report.Extract{Sources: corp.Sources, Quotes: corp.Quotes, Warnings: corp.Warnings, Problems: corp.Problems}
	err = writeOutput(f.output, c.Stdout, func(w io.Writer) error {
		_, width := terminal(w)
		return report.WriteExtract(w, f.format, x, report.Options{Width: width})
	})
	if err != nil {
		return &ExitError{Code: ExitFailure, Err: err}
	}
	return failedInputs(corp.Failed() + f.web.bad)
}

// stream writes JSON Lines as each article is done, so huge runs need not
// hold every quotation in memory; to -o's file, it is renamed into place
// once whole.
func (c *ExtractCommand) stream(ctx context.Context, f *extractFlags, paths []string) error {
	failed := 0
	var runErr error
	err := writeOutput(f.output, c.Stdout, func(w io.Writer) error {
		jw := report.NewJSONLWriter(w)
		runErr = eachArticle(ctx, paths, c.Stdin, c.Stderr, func(a quotecheck.Article) error {
			return jw.Write(a.Source, a.Quotes)
		}, &failed, &f.run)
		return runErr
	})
	if err != nil {
		return &ExitError{Code: ExitFailure, Err: err}
	}
	return failedInputs(failed + f.web.bad)
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
