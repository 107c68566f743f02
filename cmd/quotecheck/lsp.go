package main

import (
	"context"
	"fmt"
	"io"

	"github.com/quotecheck/quotecheck/internal/lsp"
	"github.com/spf13/pflag"
)

// LSPCommand runs the language server.
type LSPCommand struct {
	Stdio
}

const lspUsage = `Usage: quotecheck lsp

Runs a Language Server Protocol server on standard input and output, for
editors: each Markdown, HTML or text document open in the editor is
checked as 'quotecheck check' checks a draft, against the sources that
'against:' names (paths, glob patterns, URLs) in the .quotecheck.yaml
found from the document's directory up (or the workspace's). Findings show as diagnostics at each
quotation; a code action puts in the source's wording, and hovering a
quotation shows the source's passage, outlet and place. The sources are
read once and again when they or the configuration change (pages named
by URL, every five minutes).

Log lines go to standard error.

Flags:
`

// Run runs `quotecheck lsp`.
func (c *LSPCommand) Run(ctx context.Context, args []string) error {
	args, err := parseFlags(lspFlags(), args, c.Stdout)
	if err != nil {
		return err
	}
	if len(args) > 0 {
		return &ExitError{Code: ExitFailure, Err: fmt.Errorf("lsp: takes no arguments (got %q); run 'quotecheck lsp -h'", args[0])}
	}
	srv := lsp.New()
	srv.Version, srv.Log = shortVersion(buildInfo()), c.Stderr
	return srv.Serve(ctx, stdioStream{c.Stdin, flushing{c.Stdout}})
}

// flushing passes each write through at once when w is buffered (main
// buffers standard output): an editor waits for every answer while it
// keeps the server's input open.
type flushing struct{ w io.Writer }

func (f flushing) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if b, ok := f.w.(interface{ Flush() error }); ok && err == nil {
		err = b.Flush()
	}
	return n, err
}

// lspFlags defines the flags of quotecheck lsp.
func lspFlags() *pflag.FlagSet {
	fs := newFlagSet("lsp", lspUsage)
	fs.Bool("stdio", false, "talk on standard input and output (always so; accepted for the editors that pass it)")
	return fs
}

// stdioStream is standard input and output as one stream.
type stdioStream struct {
	io.Reader
	io.Writer
}

// Close does nothing: the process's streams close when it exits.
func (stdioStream) Close() error { return nil }
