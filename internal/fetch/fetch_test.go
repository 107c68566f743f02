package fetch

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const page = `<!doctype html><html><head><title>Dock</title></head><body><p>"We will open the dock," the mayor said.</p></body></html>`

func newClient(t *testing.T, cfg Config) *Client {
	t.Helper()
	if cfg.MaxBytes == 0 {
		cfg.MaxBytes = 1 << 20
	}
	return New(cfg)
}

// TestFailures gives each failure class its own message naming what went
// wrong.
func TestFailures(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", http.StatusBadGateway) })
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7")
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, strings.Repeat("<p>word</p>", 200))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := newClient(t, Config{MaxBytes: 1000, Timeout: 200 * time.Millisecond})
	for _, tc := range []struct{ path, class, msg string }{
		{"/missing", ClassStatus, "HTTP 404 Not Found"},
		{"/broken", ClassStatus, "HTTP 502 Bad Gateway"},
		{"/pdf", ClassNotHTML, `not an HTML page (Content-Type "application/pdf")`},
		{"/big", ClassTooLarge, "page too large (over 1000 bytes)"},
		{"/loop", ClassRedirects, "more than 10 redirects"},
		{"/slow", ClassTimeout, "timed out (connect limit 10s, total 200ms)"},
	} {
		_, err := c.Get(context.Background(), srv.URL+tc.path)
		var fe *Error
		if !errors.As(err, &fe) || fe.Class != tc.class || fe.Msg != tc.msg {
			t.Errorf("%s: got %#v, want class %s, %q", tc.path, err, tc.class, tc.msg)
		}
	}
}

// TestConnectionRefused says in words that nothing listens at the address,
// not Go's "dial tcp 127.0.0.1:N: connect: connection refused".
func TestConnectionRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	addr := srv.URL
	srv.Close() // nothing listens there now
	_, err := newClient(t, Config{}).Get(context.Background(), addr+"/gone.html")
	var fe *Error
	if !errors.As(err, &fe) || fe.Class != ClassNetwork || fe.Msg != "cannot connect: connection refused (no server at that address)" {
		t.Errorf("got %#v", err)
	}
}

// TestDNSFailure names the host that could not be resolved. The dialer is
// replaced so that no resolver is asked.
func TestDNSFailure(t *testing.T) {
	c := newClient(t, Config{})
	c.http.Transport.(*http.Transport).DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		return nil, &net.OpError{Op: "dial", Net: network, Err: &net.DNSError{Err: "no such host", Name: "news.invalid", IsNotFound: true}}
	}
	_, err := c.Get(context.Background(), "http://news.invalid/story")
	var fe *Error
	if !errors.As(err, &fe) || fe.Class != ClassDNS || fe.Msg != "cannot resolve host news.invalid: no such host" {
		t.Errorf("got %#v", err)
	}
}

// TestRedirectsUpToTen follows ten redirects and refuses the eleventh.
func TestRedirectsUpToTen(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/%d", &n)
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/%d", n-1), http.StatusMovedPermanently)
			return
		}
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	c := newClient(t, Config{})
	p, err := c.Get(context.Background(), srv.URL+"/10")
	if err != nil || p.Final != srv.URL+"/0" {
		t.Fatalf("10 redirects: %v", err)
	}
	if _, err := c.Get(context.Background(), srv.URL+"/11"); err == nil {
		t.Error("11 redirects: followed")
	}
}

// TestUserAgentAndGzip sends quotecheck's User-Agent and reads a gzipped body.
func TestUserAgentAndGzip(t *testing.T) {
	var ua, ae string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua, ae = r.Header.Get("User-Agent"), r.Header.Get("Accept-Encoding")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		gz := gzip.NewWriter(w)
		fmt.Fprint(gz, page)
		gz.Close()
	}))
	defer srv.Close()
	p, err := newClient(t, Config{UserAgent: UserAgent("v1.2.3")}).Get(context.Background(), srv.URL)
	if err != nil || string(p.Body) != page {
		t.Fatalf("got %v, %+v", err, p)
	}
	if ua != "quotecheck/v1.2.3 (+https://github.com/quotecheck/quotecheck)" {
		t.Errorf("User-Agent %q", ua)
	}
	if !strings.Contains(ae, "gzip") {
		t.Errorf("Accept-Encoding %q", ae)
	}
}

// TestPerHost never has more than two requests to one host at once.
func TestPerHost(t *testing.T) {
	var now, most atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := now.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		now.Add(-1)
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	c := newClient(t, Config{})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			if _, err := c.Get(context.Background(), fmt.Sprintf("%s/%d", srv.URL, i)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if most.Load() != 2 {
		t.Errorf("at most %d requests at once, want 2", most.Load())
	}
}

// TestCache revalidates a cached page with its ETag or Last-Modified, and
// offline reads only the cache.
func TestCache(t *testing.T) {
	var hits, full atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch r.URL.Path {
		case "/etag":
			w.Header().Set("ETag", `"v1"`)
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		case "/modified":
			w.Header().Set("Last-Modified", "Thu, 18 Mar 2021 14:05:00 GMT")
			if r.Header.Get("If-Modified-Since") == "Thu, 18 Mar 2021 14:05:00 GMT" {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		full.Add(1)
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	dir := t.TempDir()
	c := newClient(t, Config{CacheDir: dir})
	for _, path := range []string{"/etag", "/modified"} {
		for round := range 2 {
			p, err := c.Get(context.Background(), srv.URL+path)
			if err != nil || string(p.Body) != page || p.Cached != (round == 1) {
				t.Fatalf("%s round %d: %v cached=%v", path, round, err, p != nil && p.Cached)
			}
		}
	}
	if hits.Load() != 4 || full.Load() != 2 {
		t.Errorf("%d requests, %d full bodies; want 4 and 2", hits.Load(), full.Load())
	}
	off := newClient(t, Config{CacheDir: dir, Offline: true})
	if p, err := off.Get(context.Background(), srv.URL+"/etag"); err != nil || string(p.Body) != page {
		t.Errorf("offline, cached: %v", err)
	}
	_, err := off.Get(context.Background(), srv.URL+"/never")
	var fe *Error
	if !errors.As(err, &fe) || fe.Class != ClassOffline {
		t.Errorf("offline, not cached: %v", err)
	}
	if hits.Load() != 4 {
		t.Errorf("offline reads made %d requests", hits.Load()-4)
	}
}
