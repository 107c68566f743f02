package main

import (
	"context"
	"fmt"
	"io"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/report"
	"github.com/quotecheck/quotecheck/sources"
)

// loadOptions are the library options for a run that prints problems to
// stderr and shows progress there on a terminal.
func loadOptions(stdin io.Reader, stderr io.Writer, bar *lazyProgress) quotecheck.Options {
	return quotecheck.Options{
		Stdin: stdin,
		OnProblem: func(p quotecheck.Problem) {
			printProblem(stderr, p)
		},
		OnProgress: bar.add,
	}
}

// loadCorpus reads the articles under paths and extracts their quotations,
// files in parallel. Problems with single files are printed to stderr and
// listed in the corpus; the error is set only when no article could be
// read or the run was interrupted.
func loadCorpus(ctx context.Context, paths []string, stdin io.Reader, stderr io.Writer) (*quotecheck.Corpus, error) {
	bar := &lazyProgress{w: stderr, desc: "extracting"}
	defer bar.finish()
	return quotecheck.Load(ctx, paths, loadOptions(stdin, stderr, bar))
}

// eachArticle loads and extracts every article under paths in parallel and
// calls emit for each, in input order; problems go to stderr and are
// counted in failed.
func eachArticle(ctx context.Context, paths []string, stdin io.Reader, stderr io.Writer, emit func(quotecheck.Article) error, failed *int) error {
	bar := &lazyProgress{w: stderr, desc: "extracting"}
	defer bar.finish()
	opts := loadOptions(stdin, stderr, bar)
	print := opts.OnProblem
	opts.OnProblem = func(p quotecheck.Problem) {
		if p.Severity == sources.ProblemError {
			*failed++
		}
		print(p)
	}
	return quotecheck.Each(ctx, paths, opts, emit)
}

// failedInputs is the error for a run in which some inputs could not be read.
func failedInputs(n int) error {
	if n == 0 {
		return nil
	}
	return &ExitError{Code: ExitFailure, Err: fmt.Errorf("%d input%s could not be read (see above)", n, plural(n))}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// printProblem prints a problem to stderr: an input not read as
// "quotecheck: path: message", a caveat as "path:line:col: warning: message".
// The path is escaped as the github format escapes it and control
// characters are shown visibly, so a file name cannot forge a line.
func printProblem(w io.Writer, p quotecheck.Problem) {
	p.Path, p.Message = report.EscapePath(p.Path), report.Visible(p.Message)
	if p.Severity == sources.ProblemWarning {
		msg := p.Message
		p.Message = "warning: " + msg
		fmt.Fprintln(w, p)
		return
	}
	fmt.Fprintf(w, "quotecheck: %s\n", p)
}
