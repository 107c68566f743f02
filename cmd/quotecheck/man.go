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
		fmt.Fprintf(w, ".B quotecheck %s\n", d.name)
		if syn := manSynopsis(d); syn != "" {
			fmt.Fprintln(w, syn)
		}
		fmt.Fprintln(w, ".br")
	}
	fmt.Fprintln(w, ".SH DESCRIPTION")
	fmt.Fprintln(w, roff("quotecheck finds every quotation in news articles, says who said it, matches the same utterance across outlets, and reports every difference in wording. A PATH is an article file (plain text, Markdown, HTML, JSON, JSON Lines), a directory (read recursively) or - for standard input. A PATH holding * ? [ or ** that the shell left as it was ('drafts/**/*.md') is expanded by quotecheck; one that matches nothing is an error naming it."))
	fmt.Fprintln(w, ".SH COMMANDS")
	for _, d := range defs {
		fmt.Fprintf(w, ".SS %s\n%s.\n", roff(d.name), roff(d.summary))
		if body := manBody(d.usage); body != "" {
			fmt.Fprintf(w, ".PP\n%s\n", body)
		}
		d.flags().VisitAll(func(f *pflag.Flag) { writeManFlag(w, f) })
	}
	fmt.Fprintln(w, ".SH EXIT STATUS")
	for _, e := range exitStatuses {
		fmt.Fprintf(w, ".TP\n.B %d\n%s\n", e.code, roff(e.meaning))
	}
	fmt.Fprintln(w, ".SH ENVIRONMENT")
	for _, e := range environment {
		fmt.Fprintf(w, ".TP\n.B %s\n%s\n", e.name, roff(e.meaning))
	}
	fmt.Fprintln(w, ".SH FILES\n.TP\n.B .quotecheck.yaml\nSettings for \\fBcheck\\fR and \\fBdiff\\fR (against, fail_on, format, severities, fragment_words, ignore, speakers), looked for in the working directory and its parents; flags override it.")
	fmt.Fprintln(w, ".SH SEE ALSO\nhttps://github.com/quotecheck/quotecheck")
}

// exitStatuses are the exit codes, as the man page and the README's
// conventions table give them.
var exitStatuses = []struct {
	code    int
	meaning string
}{
	{ExitOK, "Nothing reached the fail level (--fail-on, or fail_on in the configuration)."},
	{ExitFindings, "A finding reached the fail level."},
	{ExitFailure, "The command could not run, or some inputs could not be read: bad flags, a glob matching nothing, an unreadable file, a bad configuration."},
	{ExitInterrupted, "Interrupted (Ctrl-C, SIGINT): what was already written is left whole, a file named with -o is not written."},
}

// environment lists the environment variables quotecheck reads.
var environment = []struct{ name, meaning string }{
	{"NO_COLOR", "When set to a non-empty value, no colour is written, even to a terminal, unless --color=always (no-color.org)."},
	{"FORCE_COLOR", "When set to a value other than empty, 0 or false, colour is written even when the output is not a terminal, unless NO_COLOR is set or --color=never (force-color.org)."},
	{"QUOTECHECK_MEMORY", "The working memory the files being extracted at once may take together: bytes, or with a K, M, G or T suffix (powers of 1024), such as 512M or 2G. Unset or 0 sizes it from the machine."},
}

// manSynopsis gives a command's synopsis line from its usage text's
// first line: flags in bold, placeholders in italics.
func manSynopsis(d commandDef) string {
	line, _, _ := strings.Cut(d.usage, "\n")
	rest, ok := strings.CutPrefix(line, "Usage: quotecheck "+d.name)
	if !ok {
		return ""
	}
	var out []string
	for _, word := range strings.Fields(rest) {
		switch {
		case strings.HasPrefix(word, "-"):
			out = append(out, `\fB`+roff(word)+`\fR`)
		case word == ">":
			return strings.Join(out, " ")
		case strings.HasPrefix(word, "["):
			out = append(out, "[\\fI"+roff(strings.Trim(word, "[]"))+`\fR]`)
		default:
			base := strings.TrimSuffix(word, "...")
			out = append(out, `\fI`+roff(base)+`\fR`+word[len(base):])
		}
	}
	return strings.Join(out, " ")
}

// manBody is a usage text's description: the paragraphs between the
// Usage line and the flag list, as roff paragraphs, indented blocks
// (lists, examples) kept as they are laid out.
func manBody(usage string) string {
	var paras []string
	for _, p := range strings.Split(usage, "\n\n")[1:] {
		p = strings.TrimRight(p, "\n")
		switch {
		case strings.HasPrefix(p, "Flags:"):
			return strings.Join(paras, "\n.PP\n")
		case strings.HasPrefix(p, "\t"):
			var lines []string
			for _, l := range strings.Split(p, "\n") {
				lines = append(lines, roff(strings.TrimPrefix(l, "\t")))
			}
			paras = append(paras, ".RS 4\n.nf\n"+strings.Join(lines, "\n")+"\n.fi\n.RE")
		default:
			paras = append(paras, roff(strings.Join(strings.Fields(p), " ")))
		}
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
	if f.DefValue != "" && f.DefValue != "[]" && f.NoOptDefVal == "" {
		usage += fmt.Sprintf(" (default %s)", f.DefValue)
	}
	fmt.Fprintf(w, ".TP\n%s\n%s\n", head, roff(usage))
}
