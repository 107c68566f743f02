package main

// The conventions table of docs/ci.md is made from the flag definitions;
// TestConventionsTable keeps the page in step with them (-update rewrites
// it). Only the tests need it, so it is not in the command.

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/spf13/pflag"
)

// conventionFlags are the flags the conventions table lists: those that
// behave as in the linters and search tools quotecheck's users know.
var conventionFlags = []string{"format", "output", "fail-on", "config", "exclude", "quiet", "verbose", "color", "all"}

// elseDefault finds the default a flag's usage gives after the
// configuration's: "(default: the configuration's fail_on, else never)".
var elseDefault = regexp.MustCompile(`else (\w+)\)$`)

// conventionsTable gives, in Markdown, the conventions quotecheck shares
// with the command-line tools its users know: flags, arguments,
// environment and exit codes, from the definitions the program runs on.
func conventionsTable(defs []commandDef) string {
	var b strings.Builder
	row := func(cells ...string) {
		for i, c := range cells {
			cells[i] = strings.ReplaceAll(c, "|", `\|`)
		}
		fmt.Fprintf(&b, "| %s |\n", strings.Join(cells, " | "))
	}
	row("Convention", "Where", "What it does")
	row("---", "---", "---")
	for _, name := range conventionFlags {
		var where, values, defaults []string
		var flag *pflag.Flag
		for _, d := range defs {
			f := d.flags().Lookup(name)
			if f == nil {
				continue
			}
			if flag == nil {
				flag = f
			}
			where = append(where, d.name)
			values = append(values, d.name+": "+strings.Join(f.Annotations[valuesAnnotation], ", "))
			if m := elseDefault.FindStringSubmatch(f.Usage); m != nil {
				defaults = append(defaults, m[1]+" for "+d.name)
			}
		}
		if flag == nil {
			continue
		}
		arg, usage := pflag.UnquoteUsage(flag)
		if name == "format" {
			usage = "output format; " + strings.Join(values, "; ")
		}
		if len(defaults) > 1 { // each command's own default
			usage = elseDefault.ReplaceAllString(usage, "else "+strings.Join(defaults, ", ")+")")
		}
		head := "--" + name
		if flag.Shorthand != "" {
			head = "-" + flag.Shorthand + ", " + head
		}
		if arg != "" {
			head += " " + arg
		}
		row("`"+head+"`", strings.Join(where, ", "), usage)
	}
	row("`PATH` glob patterns", "extract, diff, check", "a pattern the shell left as it was ('drafts/**/*.md') is expanded by quotecheck, ** matching any number of directories; one that matches nothing is an error naming it")
	row("`-`", "extract, diff, check", "standard input as an article")
	row("`--`", "every command", "ends the flags: what follows is a path even if it starts with -")
	for _, e := range environment {
		row("`"+e.name+"`", "environment", e.meaning)
	}
	for _, e := range exitStatuses {
		row(fmt.Sprintf("exit `%d`", e.code), "exit status", e.meaning)
	}
	return b.String()
}
