package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/report"
	"github.com/quotecheck/quotecheck/sources"
)

// loadOptions are the library options for a run that prints problems to
// stderr and shows progress there on a terminal.
//
// With --quiet, caveats (warnings) and progress are left out; inputs that
// could not be read are still printed. With --verbose, skipped paths are
// listed. rf may be nil for the defaults.
func loadOptions(stdin io.Reader, stderr io.Writer, bar *lazyProgress, rf *runFlags) quotecheck.Options {
	if rf == nil {
		rf = &runFlags{}
	}
	opts := quotecheck.Options{
		MemoryBudget: memoryBudget(stderr),
		Stdin:        stdin,
		Web:          rf.web,
		OnProblem: func(p quotecheck.Problem) {
			if rf.quiet && p.Severity == sources.ProblemWarning {
				return
			}
			printProblem(stderr, p)
		},
		OnProgress: bar.add,
		Exclude:    rf.exclude,
		OnSkip:     rf.onSkip(stderr),
	}
	if rf.quiet {
		opts.OnProgress = nil
	}
	return opts
}

// loadCorpus reads the articles under paths and extracts their quotations,
// files in parallel. Problems with single files are printed to stderr and
// listed in the corpus; the error is set only when no article could be
// read or the run was interrupted.
//
// people are persons named in full in other sources (a draft's wire copy):
// their bare surnames count as persons' names (quotecheck.Options.People).
func loadCorpus(ctx context.Context, paths []string, stdin io.Reader, stderr io.Writer, people []string, rf *runFlags) (*quotecheck.Corpus, error) {
	bar := &lazyProgress{w: stderr, desc: "extracting"}
	defer bar.finish()
	opts := loadOptions(stdin, stderr, bar, rf)
	opts.People = people
	return quotecheck.Load(ctx, paths, opts)
}

// eachArticle loads and extracts every article under paths in parallel and
// calls emit for each, in input order; problems go to stderr and are
// counted in failed.
func eachArticle(ctx context.Context, paths []string, stdin io.Reader, stderr io.Writer, emit func(quotecheck.Article) error, failed *int, rf *runFlags) error {
	bar := &lazyProgress{w: stderr, desc: "extracting"}
	defer bar.finish()
	opts := loadOptions(stdin, stderr, bar, rf)
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

// memoryBudget reads QUOTECHECK_MEMORY (bytes, or with a K, M or G suffix,
// powers of 1024): the working memory the files being extracted may take
// together. 0, the default, sizes it from the machine.
func memoryBudget(stderr io.Writer) int64 {
	v := strings.TrimSpace(os.Getenv("QUOTECHECK_MEMORY"))
	if v == "" {
		return 0
	}
	n, err := parseBytes(v)
	if err != nil {
		fmt.Fprintf(stderr, "quotecheck: warning: QUOTECHECK_MEMORY: %v; sizing the memory budget from the machine\n", err)
		return 0
	}
	return n
}

// parseBytes reads "1073741824", "512M", "2G" or "2GiB".
func parseBytes(s string) (int64, error) {
	t := strings.TrimSuffix(strings.TrimSuffix(strings.ToUpper(s), "IB"), "B")
	shift := 0
	if t != "" {
		switch t[len(t)-1] {
		case 'K':
			shift = 10
		case 'M':
			shift = 20
		case 'G':
			shift = 30
		case 'T':
			shift = 40
		}
	}
	if shift > 0 {
		t = t[:len(t)-1]
	}
	n, err := strconv.ParseInt(strings.TrimSpace(t), 10, 64)
	if err != nil || n <= 0 || n > (1<<62)>>shift {
		return 0, fmt.Errorf("want a size such as 2G or 512M, not %q", s)
	}
	return n << shift, nil
}
