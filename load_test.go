package quotecheck

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/sources"

	_ "github.com/quotecheck/quotecheck/internal/golden" // defines -update, so "go test ./... -update" runs here too
)

func write(t testing.TB, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const article = "Harbour bridge to close\n\n\"We will keep one lane open,\" said Mara Lindqvist.\n"

// TestLoadReportsDuplicates: the same article under two names is read (it
// may be two outlets' copies) but reported as an exact duplicate; the
// same file through a symlink is read once.
func TestLoadReportsDuplicates(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", article)
	write(t, dir, "b.txt", article)
	if err := os.Symlink(a, filepath.Join(dir, "c.txt")); err != nil {
		t.Fatal(err)
	}
	c, err := Load(context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Sources) != 2 {
		t.Errorf("%d sources, want 2 (a and b; c is a)", len(c.Sources))
	}
	var msgs []string
	for _, p := range c.Problems {
		msgs = append(msgs, p.String())
	}
	want := []string{
		filepath.Join(dir, "c.txt") + ": same file as " + a + "; read once",
		filepath.Join(dir, "b.txt") + ": same text as " + a + " (exact duplicate)",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
	if c.Failed() != 0 {
		t.Errorf("%d failed; duplicates are warnings", c.Failed())
	}
}

// TestLoadReleasesText: article text is dropped after extraction unless
// asked to keep it.
func TestLoadReleasesText(t *testing.T) {
	p := write(t, t.TempDir(), "a.txt", article)
	for _, keep := range []bool{false, true} {
		c, err := Load(context.Background(), []string{p}, Options{KeepText: keep})
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Sources[0].Text != ""; got != keep || len(c.Quotes) != 1 {
			t.Errorf("KeepText %v: text kept %v, %d quotes", keep, got, len(c.Quotes))
		}
	}
}

// TestLoadStopsOnCancel: a cancelled context stops the run with its error.
func TestLoadStopsOnCancel(t *testing.T) {
	dir := t.TempDir()
	for i := range 50 {
		write(t, dir, "a"+strings.Repeat("x", i)+".txt", article+strings.Repeat("More words. ", i))
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Each(ctx, []string{dir}, Options{Workers: 2}, func(Article) error {
		n++
		if n == 3 {
			cancel()
		}
		return nil
	})
	if err != context.Canceled || n != 3 {
		t.Errorf("err %v after %d articles, want context.Canceled after 3", err, n)
	}
}

// TestDiffStopsOnCancel: Diff takes a context, and an ended one stops it
// with ctx.Err() instead of aligning the whole corpus.
func TestDiffStopsOnCancel(t *testing.T) {
	corpus, err := Load(context.Background(), []string{"testdata/example/wire"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	all, err := Diff(context.Background(), corpus, align.Options{})
	if err != nil || len(all) < 2 {
		t.Fatalf("Diff: %d utterances, %v; want several and no error", len(all), err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	us, err := Diff(ctx, corpus, align.Options{})
	if err != context.Canceled || len(us) != 0 {
		t.Errorf("cancelled Diff: %d utterances, %v; want none and context.Canceled", len(us), err)
	}
}

// TestLoadURLStopsOnCancel: a page that is slow to come does not hold the
// run once its context ends (Ctrl-C): the request itself is abandoned, not
// left running in the background until the fetch's own time limit.
func TestLoadURLStopsOnCancel(t *testing.T) {
	abandoned := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
			close(abandoned)
		case <-time.After(20 * time.Second):
		}
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	web := sources.NewWeb(sources.WebOptions{CacheDir: t.TempDir()})
	if _, err := Load(ctx, []string{srv.URL + "/slow.html"}, Options{Web: web}); err == nil {
		t.Error("a fetch cut short by its context loaded without error")
	}
	select {
	case <-abandoned:
	case <-time.After(5 * time.Second):
		t.Fatal("the request was still open 5 s after the run's context ended")
	}
}
