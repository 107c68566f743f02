// Command quotecheck checks quotations across news sources: it extracts every
// quotation with its speaker, matches the same utterance across outlets, and
// reports every difference in wording.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/quotecheck/quotecheck/report"
)

func main() {
	keepHeapFloor(heapFloor)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // a second Ctrl-C kills at once
	}()
	out := bufio.NewWriterSize(os.Stdout, 64*1024)
	m := &Main{Stdin: os.Stdin, Stdout: stdout{out, os.Stdout}, Stderr: os.Stderr}
	err := m.Run(ctx, os.Args[1:])
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	if err != nil {
		var ex *ExitError
		if errors.As(err, &ex) {
			if ex.Err != nil {
				fmt.Fprintln(os.Stderr, "quotecheck:", report.Visible(ex.Err.Error()))
			}
			os.Exit(ex.Code)
		}
		fmt.Fprintln(os.Stderr, "quotecheck:", report.Visible(err.Error()))
		os.Exit(2)
	}
}

// stdout buffers writes to the terminal or pipe, while still letting
// commands ask whether it is a terminal.
type stdout struct {
	*bufio.Writer
	file *os.File
}

// Fd gives the underlying file's descriptor.
func (s stdout) Fd() uintptr { return s.file.Fd() }

// Exit codes, stable for CI pipelines.
const (
	ExitOK       = 0 // nothing at or above the fail level
	ExitFindings = 1 // a finding reached the fail level
	ExitFailure  = 2 // the command could not run (bad flags, unreadable input)
	// ExitInterrupted is the status after Ctrl-C (SIGINT): 128 + 2, as shells report it.
	ExitInterrupted = 130
)

// ExitError ends the command with a given exit status; Err, when set, is
// printed first.
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}

func (e *ExitError) Unwrap() error { return e.Err }

// Stdio is the standard streams a command reads and writes.
type Stdio struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// Main is the quotecheck program.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// Run dispatches to the subcommand named by args[0]. When ctx ends first
// (Ctrl-C), the run stops early, with what was already written left
// whole, and the error is ExitInterrupted.
func (m *Main) Run(ctx context.Context, args []string) error {
	err := m.dispatch(ctx, args)
	if err != nil && ctx.Err() != nil {
		return &ExitError{Code: ExitInterrupted, Err: errors.New("interrupted")}
	}
	return err
}

func (m *Main) dispatch(ctx context.Context, args []string) error {
	io := Stdio{Stdin: m.Stdin, Stdout: m.Stdout, Stderr: m.Stderr}
	if len(args) == 0 {
		fmt.Fprint(m.Stderr, usage)
		return &ExitError{Code: ExitFailure}
	}
	switch args[0] {
	case "extract":
		return (&ExtractCommand{Stdio: io}).Run(ctx, args[1:])
	case "diff":
		return (&DiffCommand{Stdio: io}).Run(ctx, args[1:])
	case "check":
		return (&CheckCommand{Stdio: io}).Run(ctx, args[1:])
	case "lsp":
		return (&LSPCommand{Stdio: io}).Run(ctx, args[1:])
	case "completion":
		return (&CompletionCommand{Stdio: io}).Run(ctx, args[1:])
	case "man":
		return (&ManCommand{Stdio: io}).Run(ctx, args[1:])
	case "version", "--version", "-version", "-V":
		fs := newFlagSet("version", "Usage: quotecheck version\n\nPrints the version, the revision it was built from and the Go release.\n")
		rest, err := parseFlags(fs, args[1:], m.Stdout)
		if err != nil {
			return err
		}
		if len(rest) > 0 {
			return &ExitError{Code: ExitFailure, Err: fmt.Errorf("version: takes no arguments (got %q)", rest[0])}
		}
		fmt.Fprintln(m.Stdout, versionLine(buildInfo()))
		return nil
	case "help", "-h", "--help", "-help":
		return m.help(ctx, args[1:])
	default:
		return unknownCommand(args[0])
	}
}

// unknownCommand is the usage error for a command that is none of
// quotecheck's, suggesting the one probably meant.
func unknownCommand(name string) error {
	var names []string
	for _, d := range commandDefs() {
		names = append(names, d.name)
	}
	hint := ""
	if c := closest(name, names); c != "" {
		hint = fmt.Sprintf(" (did you mean %q?)", c)
	}
	return &ExitError{Code: ExitFailure, Err: fmt.Errorf("unknown command %q%s; run 'quotecheck help'", name, hint)}
}

// help prints the overview, or a command's usage (help check). Asking
// help for help (help -h, --help --help) is the overview too.
func (m *Main) help(ctx context.Context, args []string) error {
	if len(args) > 0 && !isHelp(args[0]) {
		return m.Run(ctx, []string{args[0], "--help"})
	}
	fmt.Fprint(m.Stdout, usage)
	return nil
}

// isHelp tells whether arg asks for help.
func isHelp(arg string) bool {
	switch arg {
	case "help", "-h", "--help", "-help":
		return true
	}
	return false
}

const usage = `quotecheck checks quotations across news sources.

Usage:

	quotecheck <command> [flags] PATH...

Commands:

	extract     list every quotation in the articles, with speaker and position
	diff        match the same utterance across outlets and show every difference
	check       check a draft's quotations against wire copy (for editors and CI)
	lsp         run a language server that checks drafts as an editor edits them
	version     print the version, revision and build (also --version)
	completion  print a shell completion script: bash, zsh or fish
	man         print the manual page (roff)
	help        show this, or a command's usage (help check)

PATH is an article file (plain text, Markdown, HTML, JSON, JSON Lines), a
directory (read recursively) or - for standard input.

Examples:

	quotecheck extract testdata/seeds
	quotecheck diff --format markdown testdata/seeds
	quotecheck check --against wire.txt draft.md
	quotecheck diff testdata/seeds --format json

A PATH holding * ? [ or ** that the shell left as it was
('drafts/**/*.md') is expanded by quotecheck; --exclude GLOB leaves paths
out. --quiet prints the findings only, --verbose adds diagnostics.

Exit status: 0 when nothing reached the fail level, 1 when something did,
2 when the command could not run, 130 when interrupted. Run
'quotecheck <command> -h' for details, 'quotecheck man' for the manual.
`
