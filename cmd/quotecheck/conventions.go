package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/report"
	"github.com/quotecheck/quotecheck/sources"
	"github.com/spf13/pflag"
)

// runFlags are the flags the commands that read articles share, as the
// linters and search tools their users know have them.
type runFlags struct {
	quiet, verbose bool
	color          string
	exclude        []string
	start          time.Time
	web            *sources.Web // fetches the paths that are URLs (set from the command's webFlags); nil for the default
}

// colorModes are the values of --color.
var colorModes = []string{"auto", "always", "never"}

// register defines the shared flags on fs; --color only where the output
// has colour.
func (f *runFlags) register(fs *pflag.FlagSet, color bool) {
	fs.StringArrayVar(&f.exclude, "exclude", nil, "leave out paths matching `GLOB` ('drafts/old/**', '*.bak'), named or found in a directory; repeatable")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "print the findings only: no summary, warnings or progress on standard error")
	fs.BoolVar(&f.verbose, "verbose", false, "print diagnostics on standard error: the configuration used (check, diff), files skipped and why, timings")
	if color {
		fs.StringVar(&f.color, "color", "auto", "colour the output: `WHEN` is auto (on a terminal, unless NO_COLOR is set), always or never")
		enumFlag(fs, "color", colorModes)
	}
}

// check reports a bad --color value or --exclude pattern as a usage
// error, and starts the clock for --verbose's timings.
func (f *runFlags) check(cmd string) error {
	f.start = time.Now()
	if f.color != "" && !slices.Contains(colorModes, f.color) {
		return &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: --color: want auto, always or never, not %q", cmd, f.color)}
	}
	if f.quiet && f.verbose {
		return &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: --quiet and --verbose ask for opposite things; give one", cmd)}
	}
	for _, p := range f.exclude {
		if err := sources.CheckGlob(p); err != nil {
			return &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: --exclude: %v", cmd, err)}
		}
	}
	return nil
}

// useColorFor tells whether output to w is coloured: --color always or
// never decides; with auto, a non-empty NO_COLOR (no-color.org) turns
// colour off, a FORCE_COLOR other than "", "0" or "false" turns it on
// (force-color.org), and otherwise only a terminal gets colour.
func useColorFor(mode string, w any) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if noColor() {
		return false
	}
	if v := os.Getenv("FORCE_COLOR"); v != "" && v != "0" && v != "false" {
		return true
	}
	isTerm, _ := terminal(w)
	return isTerm
}

// diag prints a --verbose diagnostic line on stderr.
func (f *runFlags) diag(stderr io.Writer, format string, args ...any) {
	if f.verbose {
		fmt.Fprintf(stderr, "quotecheck: "+format+"\n", args...)
	}
}

// timing prints, under --verbose, how long the run has taken so far.
func (f *runFlags) timing(stderr io.Writer, what string) {
	f.diag(stderr, "%s after %s", what, time.Since(f.start).Round(time.Millisecond))
}

// onSkip gives the library a callback that lists skipped paths under
// --verbose, or nil.
func (f *runFlags) onSkip(stderr io.Writer) func(path, why string) {
	if !f.verbose {
		return nil
	}
	return func(path, why string) {
		f.diag(stderr, "skipped %s: %s", report.EscapePath(path), why)
	}
}

// expandPaths expands the glob patterns among paths that the shell left
// as they were ('drafts/**/*.md', quoted, or on Windows), in order; a
// path that exists as named, "-" and a URL stay as they are. A pattern
// that matches nothing is a usage error naming it.
func expandPaths(cmd string, paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		found, err := sources.ExpandPath(p)
		switch {
		case errors.Is(err, sources.ErrNoMatch):
			return nil, &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: no file matches %s", cmd, report.EscapePath(p))}
		case err != nil:
			return nil, &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: %v", cmd, err)}
		}
		out = append(out, found...)
	}
	return out, nil
}

// closest gives the candidate nearest to s in edit distance, when it is
// near enough to be what was meant: at most a third of its length away,
// or s is a prefix of it.
func closest(s string, candidates []string) string {
	best, bestD := "", 0
	for _, c := range candidates {
		d := editDistance(s, c)
		if len(s) >= 2 && strings.HasPrefix(c, s) {
			d = min(d, 1)
		}
		if best == "" || d < bestD {
			best, bestD = c, d
		}
	}
	if best == "" || bestD > max(1, len([]rune(best))/3) {
		return ""
	}
	return best
}

// editDistance is the edit distance between a and b in runes, a swap of
// two neighbours counting as one edit (optimal string alignment).
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	var prev2 []int
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1) // two letters swapped
			}
		}
		prev2, prev = prev, cur
	}
	return prev[len(rb)]
}

// suggestFlag adds "did you mean --x?" to pflag's message for an unknown
// flag, when fs has one near the name given.
func suggestFlag(fs *pflag.FlagSet, err error) string {
	msg := err.Error()
	var name string
	switch {
	case strings.HasPrefix(msg, "unknown flag: --"):
		name = strings.TrimPrefix(msg, "unknown flag: --")
	case strings.HasPrefix(msg, "unknown shorthand flag: "):
		// "unknown shorthand flag: 'x' in -xyz": -xyz was likely --xyz
		if _, after, ok := strings.Cut(msg, " in -"); ok {
			name = after
		}
	default:
		return msg
	}
	var names []string
	fs.VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
	if c := closest(name, names); c != "" {
		return msg + " (did you mean --" + c + "?)"
	}
	return msg
}

// progressTo gives where progress is drawn: stderr, or nowhere under --quiet.
func (f *runFlags) progressTo(stderr io.Writer) io.Writer {
	if f.quiet {
		return io.Discard
	}
	return stderr
}

// readCounts says, for --verbose, what a corpus holds.
func readCounts(c *quotecheck.Corpus) string {
	return fmt.Sprintf("%d quotation%s read from %d source%s", len(c.Quotes), plural(len(c.Quotes)), len(c.Sources), plural(len(c.Sources)))
}
