// Command quotebeam aligns a corpus too large for one machine on an Apache
// Beam runner: the quotations of article files (or of `quotecheck extract
// --format jsonl` shards) are matched across sources as `quotecheck diff`
// matches them, and the utterances are written as JSON Lines.
//
// Usage:
//
//	quotebeam --output=utterances.jsonl [--reference=SOURCE] ARTICLE...
//	quotebeam --output=utterances.jsonl --quotes SHARD.jsonl...
//
// Beam's own flags choose the runner: --runner=direct (the default) or
// prism run here; --runner=flink, --runner=spark (with --endpoint of the
// job server) or --runner=dataflow submit the same pipeline to a cluster.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/quotecheck/quotecheck/align"
	qbeam "github.com/quotecheck/quotecheck/beam"
	"github.com/quotecheck/quotecheck/sources"
)

var (
	output    = flag.String("output", "", "write the utterances (JSON Lines) to `FILE` (a prefix: runners may write several files)")
	quotesIn  = flag.Bool("quotes", false, "the arguments are JSON Lines files written by 'quotecheck extract --format jsonl'")
	reference = flag.String("reference", "", "the source (`ID`) whose wording is canonical")
)

func main() {
	flag.Parse()
	beam.Init()
	if err := run(context.Background(), flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "quotebeam:", err)
		os.Exit(2)
	}
}

func run(ctx context.Context, args []string) error {
	if *output == "" || len(args) == 0 {
		return fmt.Errorf("usage: quotebeam --output=FILE [--quotes] PATH…")
	}
	p, s := beam.NewPipelineWithRoot()
	var records beam.PCollection
	if *quotesIn {
		records = qbeam.Shards(s, args)
	} else {
		files, errs := sources.Files(args)
		for _, err := range errs {
			fmt.Fprintln(os.Stderr, "quotebeam:", err)
		}
		if len(files) == 0 {
			return fmt.Errorf("no articles under %v", args)
		}
		ids := sources.FileIDs(files)
		in := make([]qbeam.File, len(files))
		for i, f := range files {
			in[i] = qbeam.File{Path: f, ID: ids[i], Order: i}
		}
		records = qbeam.Articles(s, in)
	}
	qbeam.Write(s, *output, qbeam.Utterances(s, records, align.Options{Reference: *reference}))
	return beamx.Run(ctx, p)
}
