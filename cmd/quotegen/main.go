// Command quotegen writes a synthetic news corpus with its ground truth:
// stories quoted by several outlets, each quotation changed the way real
// outlets change them, and a gold.json the project's scorer reads.
//
//	quotegen -stories 100 -outlets 5 -seed 1 -o DIR [-formats text,html,markdown] [-times]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/quotecheck/quotecheck/internal/corpus"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("quotegen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	stories := fs.Int("stories", 10, "number of news stories")
	outlets := fs.Int("outlets", 4, "outlets covering each story (one article each)")
	seed := fs.Uint64("seed", 1, "random seed; the same seed writes the same files")
	dir := fs.String("o", "", "directory to write the articles and gold.json into (required)")
	formats := fs.String("formats", "text", "comma-separated article formats to vary over: text, html, markdown")
	times := fs.Bool("times", false, "give articles publication times (each outlet at its own delay after the event), let later outlets copy earlier ones' wordings, and write where each wording comes from to "+corpus.LineageFile)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *dir == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "quotegen: usage: quotegen -stories N -outlets M -seed S -o DIR [-formats text,html,markdown] [-times]")
		return 2
	}
	cfg := corpus.Config{Stories: *stories, Outlets: *outlets, Seed: *seed, Times: *times}
	for _, f := range strings.Split(*formats, ",") {
		if f = strings.TrimSpace(f); f != "" {
			cfg.Formats = append(cfg.Formats, f)
		}
	}
	if err := corpus.Write(*dir, cfg); err != nil {
		fmt.Fprintln(stderr, "quotegen:", err)
		return 1
	}
	return 0
}
