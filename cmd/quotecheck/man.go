package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"
)

// ManCommand prints quotecheck's manual page.
type ManCommand struct {
	Stdio
}

// Run runs `quotecheck man`: the page in roff, for man(1) to read
// (quotecheck man > quotecheck.1; man ./quotecheck.1).
func (c *ManCommand) Run(ctx context.Context, args []string) error {
	fs := newFlagSet("man", "Usage: quotecheck man > quotecheck.1\n\nPrints the manual page in roff.\n")
	args, err := parseFlags(fs, args, c.Stdout)
	if err != nil {
		return err
	}
	if len(args) > 0 {
		return &ExitError{Code: ExitFailure, Err: fmt.Errorf("man: takes no arguments")}
	}
	writeMan(c.Stdout, commandDefs())
	return nil
}

// roff escapes text for a roff line: backslashes, hyphens (so they stay
// hyphen-minus), and a leading dot or quote.
func roff(s string) string {
	s = strings.NewReplacer(`\`, `\e`, "-", `\-`).Replace(s)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}

func writeMan(w io.Writer, defs []commandDef) {
	fmt.Fprintln(w, `.TH QUOTECHECK 1 "" "quotecheck" "User Commands"`)
	fmt.Fprintln(w, ".SH NAME\nquotecheck \\- check quotations across news sources")
	fmt.Fprintln(w, ".SH SYNOPSIS")
	for _, d := range defs {
		if d.paths {
			fmt.Fprintf(w, ".B quotecheck %s\n[\\fIflags\\fR] \\fIPATH\\fR...\n.br\n", d.name)
		}
	}
	fmt.Fprintln(w, ".SH DESCRIPTION")
	fmt.Fprintln(w, roff("quotecheck finds every quotation in news articles, says who said it, matches the same utterance across outlets, and reports every difference in wording. A PATH is an article file (plain text, Markdown, HTML, JSON, JSON Lines), a directory (read recursively) or - for standard input."))
	fmt.Fprintln(w, ".SH COMMANDS")
	for _, d := range defs {
		fmt.Fprintf(w, ".SS %s\n%s.\n", roff(d.name), roff(d.summary))
		if body := manBody(d.usage); body != "" {
			fmt.Fprintf(w, ".PP\n%s\n", body)
		}
		d.flags().VisitAll(func(f *pflag.Flag) { writeManFlag(w, f) })
	}
	fmt.Fprintln(w, ".SH EXIT STATUS\n0 when nothing reached the fail level, 1 when something did, 2 when the command could not run (bad flags, unreadable input, bad configuration).")
	fmt.Fprintln(w, ".SH ENVIRONMENT\n.TP\n.B NO_COLOR\nWhen set to a non\\-empty value, no colour is written, even to a terminal.")
	fmt.Fprintln(w, ".SH FILES\n.TP\n.B .quotecheck.yaml\nSettings for \\fBcheck\\fR and \\fBdiff\\fR (against, fail_on, format, severities, fragment_words, ignore), looked for in the working directory and its parents.")
	fmt.Fprintln(w, ".SH SEE ALSO\nhttps://github.com/quotecheck/quotecheck")
}

// manBody is a usage text's description: the paragraphs between the
// Usage line and the first example or flag list, as roff paragraphs.
func manBody(usage string) string {
	var paras []string
	for _, p := range strings.Split(usage, "\n\n")[1:] {
		if strings.HasPrefix(p, "Example") || strings.HasPrefix(p, "Flags:") || strings.HasPrefix(p, "\t") {
			break
		}
		paras = append(paras, roff(strings.Join(strings.Fields(p), " ")))
	}
	return strings.Join(paras, "\n.PP\n")
}

func writeManFlag(w io.Writer, f *pflag.Flag) {
	name, usage := pflag.UnquoteUsage(f)
	head := `\fB\-\-` + roff(f.Name) + `\fR`
	if f.Shorthand != "" {
		head = `\fB\-` + f.Shorthand + `\fR, ` + head
	}
	if name != "" && f.NoOptDefVal == "" {
		head += ` \fI` + roff(name) + `\fR`
	}
	if f.DefValue != "" && f.NoOptDefVal == "" {
		usage += fmt.Sprintf(" (default %s)", f.DefValue)
	}
	fmt.Fprintf(w, ".TP\n%s\n%s\n", head, roff(usage))
}
