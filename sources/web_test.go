package sources

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// webServer serves testdata/web, a page missing and a PDF.
func webServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/news/", http.StripPrefix("/news/", http.FileServer(http.Dir("testdata/web"))))
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestLoadURL reads a page by URL as an HTML file: its metadata from the
// page, its Path the URL, positions in the page as fetched.
func TestLoadURL(t *testing.T) {
	srv := webServer(t)
	web := NewWeb(WebOptions{CacheDir: t.TempDir()})
	for _, tc := range []struct {
		page, outlet, title, byline, published, words string
		line, col                                     int
	}{
		{"herald-dock.html", "Harbour Herald", "Dock to reopen on Monday", "Ines Marlow", "2021-03-18T14:05:00Z", "We will open the dock", 15, 5},
		{"coast-dock.html", "Coast Daily", "East dock reopens next week, mayor says", "Pavel Ostrander", "2021-03-18T14:45:00Z", "We will open the dock", 18, 5},
	} {
		u := srv.URL + "/news/" + tc.page
		srcs, err := Load(u, Options{Web: web})
		if err != nil || len(srcs) != 1 {
			t.Fatalf("%s: %v", tc.page, err)
		}
		s := srcs[0]
		got := []string{s.Path, s.URL, s.Outlet, s.Title, s.Byline, s.Published, s.Format}
		want := []string{u, u, tc.outlet, tc.title, tc.byline, tc.published, "html"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", tc.page, got, want)
		}
		off := strings.Index(s.Text, tc.words)
		if pos := s.Locate(off); pos.Line != tc.line || pos.Column != tc.col {
			t.Errorf("%s: %q at %d:%d, want %d:%d", tc.page, tc.words, pos.Line, pos.Column, tc.line, tc.col)
		}
	}
}

// TestLoadURLFailures names the URL and what went wrong, as for a file.
func TestLoadURLFailures(t *testing.T) {
	srv := webServer(t)
	dir := t.TempDir()
	web := NewWeb(WebOptions{CacheDir: dir})
	for _, tc := range []struct{ url, msg string }{
		{srv.URL + "/news/gone.html", "HTTP 404 Not Found"},
		{srv.URL + "/report.pdf", `not an HTML page (Content-Type "application/pdf")`},
	} {
		_, err := Load(tc.url, Options{Web: web})
		var e *Error
		if !errors.As(err, &e) || e.Path != tc.url || e.Err.Error() != tc.msg {
			t.Errorf("%s: got %v, want %s: %s", tc.url, err, tc.url, tc.msg)
		}
	}
	offline := NewWeb(WebOptions{CacheDir: dir, Offline: true})
	u := srv.URL + "/news/bay-dock.html"
	_, err := Load(u, Options{Web: offline})
	if p := ProblemOf(err); p.Path != u || !strings.Contains(p.Message, "not in the cache (--offline)") {
		t.Errorf("offline, not cached: %v", err)
	}
	if _, err := Load(u, Options{Web: web}); err != nil {
		t.Fatal(err)
	}
	srv.Close()
	if srcs, err := Load(u, Options{Web: offline}); err != nil || srcs[0].Outlet != "Bay Courier" {
		t.Errorf("offline, cached, server gone: %v", err)
	}
}

// TestFilesURL lists URLs as they are, once each.
func TestFilesURL(t *testing.T) {
	files, errs := Files([]string{"https://example.com/a", "https://example.com/a", "https://example.com/b"})
	if strings.Join(files, " ") != "https://example.com/a https://example.com/b" || len(errs) != 0 {
		t.Errorf("got %q, %v", files, errs)
	}
	if ids := FileIDs(files); strings.Join(ids, " ") != "a b" {
		t.Errorf("ids %q", ids)
	}
}

func TestReadURLList(t *testing.T) {
	dir := t.TempDir()
	name := writeFile(t, dir, "urls.txt", []byte("# dock story\nhttps://example.com/a\n\nhttp://example.org/b  # the copy\n"))
	urls, err := ReadURLList(name)
	if err != nil || strings.Join(urls, " ") != "https://example.com/a http://example.org/b" {
		t.Errorf("got %q, %v", urls, err)
	}
	// One bad line loses that line: the lines after it are read.
	writeFile(t, dir, "urls.txt", []byte("https://example.com/a\nexample.org/b\nhttps://example.net/c\nhttp://00 0\n"))
	urls, err = ReadURLList(name)
	if strings.Join(urls, " ") != "https://example.com/a https://example.net/c" {
		t.Errorf("good lines around bad ones: got %q", urls)
	}
	var got []string
	for _, e := range Flatten(err) {
		got = append(got, e.Error())
	}
	want := []string{name + `:2: not an http or https URL: "example.org/b"`, name + `:4: not an http or https URL: "http://00 0"`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("bad lines: got %q, want %q", got, want)
	}
}
