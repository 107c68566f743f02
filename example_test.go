package quotecheck_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/check"
)

// Read every article under a folder, with its quotations and their
// speakers. A path that cannot be read is a problem of the corpus, not
// an error of the run.
func ExampleLoad() {
	corpus, err := quotecheck.Load(context.Background(), []string{"testdata/example/wire", "testdata/example/missing.txt"}, quotecheck.Options{})
	if err != nil {
		log.Fatal(err)
	}
	for _, src := range corpus.Sources {
		fmt.Printf("%s (%s, %s)\n", src.ID, src.Outlet, src.Date)
	}
	for _, q := range corpus.Quotes {
		fmt.Printf("  %s:%d:%d %s: %q\n", q.Path, q.Line, q.Column, q.Speaker, q.Text)
	}
	for _, p := range corpus.Problems {
		fmt.Println("problem:", p)
	}
	// Output:
	// coast-daily-2025-03-02 (coast-daily, 2025-03-02)
	// harbour-gazette-2025-03-02 (harbour-gazette, 2025-03-02)
	//   testdata/example/wire/coast-daily-2025-03-02.txt:5:2 Mara Lindqvist: "We will keep one lane open for buses at all times,"
	//   testdata/example/wire/coast-daily-2025-03-02.txt:7:26 Tomas Reyes: "Nobody told us anything until this morning."
	//   testdata/example/wire/harbour-gazette-2025-03-02.txt:5:2 Mara Lindqvist: "We will keep one lane open for buses and bicycles at all times,"
	//   testdata/example/wire/harbour-gazette-2025-03-02.txt:7:44 Tomas Reyes: "Nobody told us anything until this morning,"
	// problem: testdata/example/missing.txt: no such file or directory
}

// Extract the quotations of one article held in memory.
func ExampleReadArticle() {
	article := `Council votes on park plan

"The park belongs to everyone," said Ana Silva, the council leader.
`
	arts, err := quotecheck.ReadArticle("council.txt", strings.NewReader(article))
	if err != nil {
		log.Fatal(err)
	}
	for _, q := range arts[0].Quotes {
		fmt.Printf("%s:%d:%d %s: %q\n", q.Path, q.Line, q.Column, q.Speaker, q.Text)
	}
	// Output:
	// council.txt:3:2 Ana Silva: "The park belongs to everyone,"
}

// Match the same utterance across the articles of a folder and list how
// each outlet's wording differs from the canonical one.
func ExampleDiff() {
	corpus, err := quotecheck.Load(context.Background(), []string{"testdata/example/wire"}, quotecheck.Options{})
	if err != nil {
		log.Fatal(err)
	}
	utterances, err := quotecheck.Diff(context.Background(), corpus, align.Options{})
	if err != nil {
		log.Fatal(err)
	}
	for _, u := range utterances {
		if u.SingleSource {
			continue
		}
		fmt.Printf("%s: %q\n", u.Speaker, u.Canonical)
		for _, v := range u.Versions {
			for _, d := range v.Differences {
				fmt.Printf("  %s %s: %q -> %q\n", v.Source, d.Kind, d.Canonical, d.Version)
			}
		}
	}
	// Output:
	// Mara Lindqvist: "We will keep one lane open for buses at all times,"
	//   harbour-gazette-2025-03-02 inserted: "" -> "and bicycles"
	// Tomas Reyes: "Nobody told us anything until this morning."
	//   harbour-gazette-2025-03-02 punctuation: "." -> ","
}

// Check a draft's quotations against wire copy.
func ExampleCheck() {
	ctx := context.Background()
	wire, err := quotecheck.Load(ctx, []string{"testdata/example/wire"}, quotecheck.Options{})
	if err != nil {
		log.Fatal(err)
	}
	draft, err := quotecheck.Load(ctx, []string{"testdata/example/draft.md"}, quotecheck.Options{})
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range quotecheck.Check(nil, wire, draft) {
		fmt.Printf("%s:%d:%d %s %q\n", f.Path, f.Line, f.Column, f.Status, f.Text)
	}
	// Output:
	// testdata/example/draft.md:3:65 differs "one lane will stay open for buses and bicycles at all times"
	// testdata/example/draft.md:5:2 confirmed "Nobody told us anything until this morning,"
}

// Stream a large run: each article comes as soon as its turn does, with
// at most 256 MiB of estimated working memory in flight, and problems
// reported as they are found.
func ExampleEach() {
	opts := quotecheck.Options{
		MemoryBudget: 256 << 20,
		OnProblem:    func(p quotecheck.Problem) { fmt.Println("problem:", p) },
	}
	err := quotecheck.Each(context.Background(), []string{"testdata/example/wire", "testdata/example/missing.txt"}, opts, func(a quotecheck.Article) error {
		fmt.Printf("%s: %d quotations\n", a.Source.ID, len(a.Quotes))
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// problem: testdata/example/missing.txt: no such file or directory
	// coast-daily-2025-03-02: 2 quotations
	// harbour-gazette-2025-03-02: 2 quotations
}

// Check drafts against wire copy in one call, as `quotecheck check`
// does: configuration, the drafts' suppression comments and the wire's
// people included.
func ExampleCheckPaths() {
	cfg, err := check.ParseConfig(".quotecheck.yaml", []byte("severities:\n  inserted: warning\n"))
	if err != nil {
		log.Fatal(err)
	}
	res, err := quotecheck.CheckPaths(context.Background(), cfg,
		[]string{"testdata/example/wire/*.txt"}, []string{"testdata/example/draft.md"}, quotecheck.Options{})
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range res.Findings {
		fmt.Printf("%s:%d:%d %s %s %s\n", f.Path, f.Line, f.Column, f.Status, f.Severity, f.Speaker)
	}
	// Output:
	// testdata/example/draft.md:3:65 differs warning Mara Lindqvist
	// testdata/example/draft.md:5:2 confirmed none Tomas Reyes
}
