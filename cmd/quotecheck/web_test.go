package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newsServer serves sources/testdata/web under /news/, with a 404 and a
// PDF beside them.
func newsServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/news/", http.StripPrefix("/news/", http.FileServer(http.Dir("sources/testdata/web"))))
	mux.HandleFunc("/brief.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	t.Setenv("QUOTECHECK_CACHE_DIR", t.TempDir())
	return srv
}

// TestDiffURLs compares pages named by URL; the ones that fail are named
// with what went wrong, the rest still compared, and the run exits 2.
func TestDiffURLs(t *testing.T) {
	srv := newsServer(t)
	herald, coast := srv.URL+"/news/herald-dock.html", srv.URL+"/news/coast-dock.html"
	out, stderr, code := run(t, "", "diff", "--format", "json", herald, coast, srv.URL+"/news/missing.html", srv.URL+"/brief.pdf")
	if code != ExitFailure {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, ExitFailure, stderr)
	}
	for _, want := range []string{
		"quotecheck: " + srv.URL + "/news/missing.html: HTTP 404 Not Found",
		"quotecheck: " + srv.URL + `/brief.pdf: not an HTML page (Content-Type "application/pdf")`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	var doc struct {
		Sources []struct{ ID, Path, Outlet, Published string }
		Quotes  []struct{ Path, Text string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	got := ""
	for _, s := range doc.Sources {
		got += s.ID + " " + s.Outlet + " " + s.Published + " " + strings.TrimPrefix(s.Path, srv.URL) + "\n"
	}
	want := "herald-dock Harbour Herald 2021-03-18T14:05:00Z /news/herald-dock.html\ncoast-dock Coast Daily 2021-03-18T14:45:00Z /news/coast-dock.html\n"
	if got != want {
		t.Errorf("sources:\n%s\nwant:\n%s", got, want)
	}
	if len(doc.Quotes) < 2 {
		t.Errorf("%d quotations, want both pages'", len(doc.Quotes))
	}
}

// TestOfflineAndURLList reads a --urls list, then again offline from the
// cache, naming the one page the cache lacks.
func TestOfflineAndURLList(t *testing.T) {
	srv := newsServer(t)
	list := filepath.Join(t.TempDir(), "urls.txt")
	body := "# the dock story\n" + srv.URL + "/news/herald-dock.html\n" + srv.URL + "/news/bay-dock.html # copy\n"
	if err := os.WriteFile(list, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := run(t, "", "extract", "--format", "json", "--urls", list)
	if code != ExitOK || !strings.Contains(out, "keep it open all summer") || !strings.Contains(out, "keep it open all season") {
		t.Fatalf("online: exit %d\n%s\n%s", code, out, stderr)
	}
	srv.Close()
	coast := srv.URL + "/news/coast-dock.html"
	out, stderr, code = run(t, "", "extract", "--format", "json", "--offline", "--urls", list, coast)
	if code != ExitFailure || !strings.Contains(out, "keep it open all summer") {
		t.Fatalf("offline: exit %d\n%s\n%s", code, out, stderr)
	}
	if want := "quotecheck: " + coast + ": not in the cache (--offline)"; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
}

// TestURLListBadLine: a line of a --urls list that is not a URL is a
// problem naming its line, the list's other pages are still read, and the
// run exits 2 as for an unreadable file.
func TestURLListBadLine(t *testing.T) {
	srv := newsServer(t)
	list := filepath.Join(t.TempDir(), "urls.txt")
	body := "herald-dock.html\n" + srv.URL + "/news/bay-dock.html\n"
	if err := os.WriteFile(list, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := run(t, "", "extract", "--format", "json", "--urls", list)
	if code != ExitFailure || !strings.Contains(out, "keep it open all season") {
		t.Fatalf("exit %d, want %d with the good line's page read\n%s\n%s", code, ExitFailure, out, stderr)
	}
	if want := "quotecheck: " + list + `:1: not an http or https URL: "herald-dock.html"`; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
}

// TestCheckAgainstURL checks a draft against a page named by URL, and
// links the finding's source in Markdown with a text fragment.
func TestCheckAgainstURL(t *testing.T) {
	srv := newsServer(t)
	draft := filepath.Join(t.TempDir(), "draft.md")
	if err := os.WriteFile(draft, []byte("# Dock\n\nThe mayor, Tomas Reyna, said: \"We will open the dock on Monday and keep it open all year.\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := run(t, "", "check", "--against", srv.URL+"/news/herald-dock.html", draft)
	if code != ExitFindings || !strings.Contains(out, "summer") {
		t.Fatalf("exit %d\n%s\n%s", code, out, stderr)
	}
	out, _, _ = run(t, "", "check", "--format", "sarif", "--against", srv.URL+"/news/herald-dock.html", draft)
	if want := `"uri": "` + srv.URL + `/news/herald-dock.html#:~:text=We%20will%20open%20the,it%20open%20all%20summer`; !strings.Contains(out, want) {
		t.Errorf("SARIF lacks %q:\n%s", want, out)
	}
	out, _, _ = run(t, "", "diff", "--format", "markdown", srv.URL+"/news/herald-dock.html", srv.URL+"/news/coast-dock.html")
	if want := "(<" + srv.URL + "/news/herald-dock.html#:~:text=We%20will%20open%20the,it%20open%20all%20summer%2C>)"; !strings.Contains(out, want) {
		t.Errorf("markdown lacks %q:\n%s", want, out)
	}
	out, _, _ = run(t, "", "diff", "--format", "html", srv.URL+"/news/herald-dock.html", srv.URL+"/news/coast-dock.html")
	if want := `<a href="` + srv.URL + `/news/coast-dock.html#:~:text=We%20will%20open%20the,it%20open%20all%20season%2C" rel="noopener noreferrer"`; !strings.Contains(out, want) {
		t.Errorf("HTML lacks %q", want)
	}
}
