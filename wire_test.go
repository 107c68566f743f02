package quotecheck_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/check"
)

// summary gives each finding as "line:column status text".
func summary(fs []check.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%d:%d %s %q\n", f.Line, f.Column, f.Status, f.Text)
	}
	return b.String()
}

func TestCheckPathsGlobSameAsDirectory(t *testing.T) {
	ctx := context.Background()
	drafts := []string{"testdata/example/draft.md"}
	dir, err := quotecheck.CheckPaths(ctx, nil, []string{"testdata/example/wire"}, drafts, quotecheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	glob, err := quotecheck.CheckPaths(ctx, nil, []string{"testdata/example/wire/*.txt"}, drafts, quotecheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "3:65 differs \"one lane will stay open for buses and bicycles at all times\"\n" +
		"5:2 confirmed \"Nobody told us anything until this morning,\"\n"
	if got := summary(dir.Findings); got != want {
		t.Errorf("directory:\n%s\nwant:\n%s", got, want)
	}
	if got := summary(glob.Findings); got != want {
		t.Errorf("glob:\n%s\nwant:\n%s", got, want)
	}
	if len(glob.Wire.Sources) != 2 {
		t.Errorf("glob read %d wire sources, want 2", len(glob.Wire.Sources))
	}
}

func TestExpandGlobsKeepsUnmatchedPattern(t *testing.T) {
	got := quotecheck.ExpandGlobs([]string{"testdata/example/wire/coast-*", "testdata/nowhere/*.md", "testdata/example", "https://news.example/te*data/?id=[1]", "testdata/ex*/**/harbour-*.txt"})
	want := []string{"testdata/example/wire/coast-daily-2025-03-02.txt", "testdata/nowhere/*.md", "testdata/example", "https://news.example/te*data/?id=[1]", "testdata/example/wire/harbour-gazette-2025-03-02.txt"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("ExpandGlobs = %q, want %q", got, want)
	}
}

// A nil configuration is the defaults, also when the wire holds a
// transcript (it used to be read for its speaker names and panic).
func TestCheckNilConfigWithTranscript(t *testing.T) {
	ctx := context.Background()
	wire, err := quotecheck.Load(ctx, []string{"testdata/transcripts/briefing-2026-02-12.md"}, quotecheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts, err := quotecheck.ReadArticle("draft.txt", strings.NewReader(`"We kept the coastal road open all night," Omar Reyes said.`+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	draft := &quotecheck.Corpus{}
	draft.Add(arts[0])
	fs := quotecheck.Check(nil, wire, draft)
	if len(fs) != 1 || fs[0].Status != check.StatusConfirmed {
		t.Errorf("findings:\n%s", summary(fs))
	}
}

// A draft in memory: its suppression comments count, its surnames are
// the wire's people, and its sources keep their text.
func TestWireCheckArticle(t *testing.T) {
	w, err := quotecheck.LoadWire(context.Background(), nil, []string{"testdata/example/wire"}, quotecheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	draft := "# Bridge\n\n\"Nobody told us anything until this evening,\" Reyes said.\n\n" +
		"<!-- quotecheck-disable-next-line -->\n\"We will keep two lanes open for buses at all times,\" said Lindqvist.\n"
	res, err := w.CheckArticle("draft.md", []byte(draft))
	if err != nil {
		t.Fatal(err)
	}
	want := "3:37 differs \"Nobody told us anything until this evening,\"\n"
	if got := summary(res.Findings); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
	if res.Suppressed != 1 {
		t.Errorf("suppressed %d, want 1", res.Suppressed)
	}
	if f := res.Findings[0]; f.SourceText != "Nobody told us anything until this morning." {
		t.Errorf("source text %q", f.SourceText)
	}
	if res.Drafts.Sources[0].Text == "" {
		t.Error("the draft's text was released")
	}
}

// A draft read from standard input under the name of a wire file is not
// confirmed by that file.
func TestCheckPathsStdinNamedAsWireFile(t *testing.T) {
	dir := t.TempDir()
	text := "\"The ferry will run every hour from Monday,\" said harbour master Ines Okafor.\n"
	if err := os.WriteFile(filepath.Join(dir, "story.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := quotecheck.Options{Stdin: strings.NewReader(text), StdinName: filepath.Join(dir, "story.txt")}
	res, err := quotecheck.CheckPaths(context.Background(), nil, []string{dir}, []string{"-"}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Status != check.StatusNotFound || res.Findings[0].Path != opts.StdinName {
		t.Errorf("findings:\n%s", summary(res.Findings))
	}
}
