package sources

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/quotecheck/quotecheck/internal/fetch"
)

// WebOptions tunes how articles named by URL are fetched. The zero value
// fetches with the defaults and caches in DefaultCacheDir.
type WebOptions struct {
	// Offline reads pages only from the cache; a URL it lacks is an error.
	Offline bool
	// CacheDir holds fetched pages; "" means DefaultCacheDir().
	CacheDir string
	// NoCache neither reads nor writes the cache.
	NoCache bool
	// ConnectTimeout and Timeout bound setting up a connection and a whole
	// request; 0 means 10 s and 30 s.
	ConnectTimeout, Timeout time.Duration
	// Version is the quotecheck version the User-Agent names.
	Version string
}

// Web fetches articles named by URL, at most two requests at a time per
// host; one Web is shared by all the loads of a run.
type Web struct {
	client *fetch.Client
}

// NewWeb makes a Web with opts.
func NewWeb(opts WebOptions) *Web {
	dir := opts.CacheDir
	if dir == "" {
		dir = DefaultCacheDir()
	}
	if opts.NoCache {
		dir = ""
	}
	version := opts.Version
	if version == "" {
		version = "devel"
	}
	return &Web{client: fetch.New(fetch.Config{
		ConnectTimeout: opts.ConnectTimeout,
		Timeout:        opts.Timeout,
		MaxBytes:       MaxFileSize,
		UserAgent:      fetch.UserAgent(version),
		CacheDir:       dir,
		Offline:        opts.Offline,
	})}
}

// DefaultCacheDir is where fetched pages are kept: $QUOTECHECK_CACHE_DIR
// when set, else quotecheck in the user cache directory
// (os.UserCacheDir).
func DefaultCacheDir() string { return fetch.DefaultCacheDir() }

var (
	defaultWebOnce sync.Once
	defaultWeb     *Web
)

// web gives opts' Web, or the process's default one.
func (o Options) web() *Web {
	if o.Web != nil {
		return o.Web
	}
	defaultWebOnce.Do(func() { defaultWeb = NewWeb(WebOptions{}) })
	return defaultWeb
}

// IsURL tells whether a path argument is an http or https URL.
func IsURL(path string) bool { return fetch.IsURL(path) }

// loadURL fetches the page at rawURL and reads it as an HTML article whose
// Path is the URL and whose positions are in the page as fetched.
func loadURL(ctx context.Context, rawURL string, opts Options) ([]*Source, error) {
	page, err := opts.web().client.Get(ctx, rawURL)
	if err != nil {
		return nil, &Error{Path: rawURL, Err: err}
	}
	if len(page.Body) == 0 {
		return nil, &Error{Path: rawURL, Err: errors.New("empty page")}
	}
	d, err := decodeBytes(page.Body)
	if err != nil {
		return nil, setPath(err, rawURL)
	}
	src, err := parseHTML(rawURL, d)
	if err == nil && strings.TrimSpace(src.Text) == "" {
		err = errors.New("empty article (no text after metadata)")
	}
	if err != nil {
		return nil, &Error{Path: rawURL, Err: err}
	}
	src.URL = rawURL
	if src.Outlet == "" || src.Outlet == nameOnly(rawURL) {
		src.Outlet = hostOf(page.Final)
	}
	if src.Published == "" {
		src.Published = Published(src.Date)
	}
	srcs := []*Source{src}
	if len(d.warns) > 0 {
		return srcs, setPath(errors.Join(d.warns...), rawURL)
	}
	return srcs, nil
}

// nameOnly gives the outlet nameMeta makes of a URL's last path element,
// which says nothing about who published it.
func nameOnly(rawURL string) string {
	o, _ := nameMeta(rawURL)
	return o
}

// hostOf names a page's site by its host, without "www.".
func hostOf(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return rawURL
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// maxURLListSize bounds a --urls file.
const maxURLListSize = 4 << 20

// ReadURLList reads a list of article URLs, one a line; blank lines and
// lines starting with # are skipped, and text after " #" is a comment. A
// line that is not an http or https URL is an *Error naming its line, and
// the lines after it are still read: the error joins one *Error a bad line
// (see Flatten), beside the URLs of the good ones.
func ReadURLList(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, &Error{Path: name, Err: unwrapPathError(err)}
	}
	defer f.Close()
	var urls []string
	var bad []error
	sc := bufio.NewScanner(&limitedReader{r: f, n: maxURLListSize})
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if i := strings.Index(s, " #"); i >= 0 {
			s = strings.TrimSpace(s[:i])
		}
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if u, err := url.Parse(s); err != nil || !IsURL(s) || u.Host == "" || strings.ContainsAny(s, " \t") {
			bad = append(bad, &Error{Path: name, Line: line, Err: fmt.Errorf("not an http or https URL: %q", s)})
			continue
		}
		urls = append(urls, s)
	}
	if err := sc.Err(); err != nil {
		bad = append(bad, &Error{Path: name, Err: err})
	}
	return urls, errors.Join(bad...)
}

// limitedReader fails once more than n bytes are read.
type limitedReader struct {
	r interface{ Read([]byte) (int, error) }
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, fmt.Errorf("list too large (over %d bytes)", maxURLListSize)
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}
