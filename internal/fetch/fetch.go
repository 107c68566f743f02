// Package fetch gets web pages for quotecheck: over HTTP with timeouts, a
// size cap, a bound on redirects and on requests per host, and an on-disk
// cache revalidated with ETag and Last-Modified.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Defaults for a Config's zero fields.
const (
	DefaultConnectTimeout = 10 * time.Second
	DefaultTimeout        = 30 * time.Second
	DefaultMaxRedirects   = 10
	DefaultPerHost        = 2
)

// Repository is the project's home, named in the User-Agent.
const Repository = "https://github.com/quotecheck/quotecheck"

// Config tunes a Client. Zero fields take the defaults above.
type Config struct {
	ConnectTimeout time.Duration // to set up a connection
	Timeout        time.Duration // for the whole request, body included
	MaxBytes       int64         // the largest body accepted (required)
	MaxRedirects   int
	PerHost        int    // requests at once to one host
	UserAgent      string // "" gives UserAgent("devel")
	// CacheDir holds cached pages; "" means no cache.
	CacheDir string
	// Offline reads only the cache: a page it lacks is an error.
	Offline bool
}

// UserAgent names quotecheck, its version and its repository.
func UserAgent(version string) string {
	return "quotecheck/" + version + " (+" + Repository + ")"
}

// IsURL tells whether s is an http or https URL.
func IsURL(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// Page is a fetched page.
type Page struct {
	URL         string // the URL asked for
	Final       string // the URL after redirects
	ContentType string
	Body        []byte
	Cached      bool // served from the cache (offline, or not modified)
}

// Client fetches pages; it is safe for use from several goroutines.
type Client struct {
	cfg   Config
	http  *http.Client
	mu    sync.Mutex
	hosts map[string]chan struct{}
}

// errTooManyRedirects marks a redirect chain past the limit.
var errTooManyRedirects = errors.New("too many redirects")

// New makes a Client with cfg.
func New(cfg Config) *Client {
	if cfg.ConnectTimeout <= 0 {
		cfg.ConnectTimeout = DefaultConnectTimeout
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxRedirects <= 0 {
		cfg.MaxRedirects = DefaultMaxRedirects
	}
	if cfg.PerHost <= 0 {
		cfg.PerHost = DefaultPerHost
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = UserAgent("devel")
	}
	dialer := &net.Dialer{Timeout: cfg.ConnectTimeout}
	tr := &http.Transport{
		Proxy:               http.ProxyFromEnvironment,
		DialContext:         dialer.DialContext,
		TLSHandshakeTimeout: cfg.ConnectTimeout,
		MaxConnsPerHost:     cfg.PerHost,
	}
	c := &Client{cfg: cfg, hosts: map[string]chan struct{}{}}
	c.http = &http.Client{
		Transport: tr,
		Timeout:   cfg.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > cfg.MaxRedirects {
				return errTooManyRedirects
			}
			return nil
		},
	}
	return c
}

// Get gives the page at rawURL: from the cache when offline or when the
// server says it has not changed, else over the network. Its error is an
// *Error saying what went wrong.
func (c *Client) Get(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, &Error{Class: ClassURL, Msg: "not an http or https URL"}
	}
	cached := c.readCache(rawURL)
	if c.cfg.Offline {
		if cached == nil {
			return nil, &Error{Class: ClassOffline, Msg: "not in the cache (--offline); fetch it once without --offline"}
		}
		return cached.page(rawURL), nil
	}
	release := c.acquire(u.Host)
	defer release()
	return c.fetch(ctx, rawURL, cached)
}

// acquire waits for a slot among the requests to host.
func (c *Client) acquire(host string) func() {
	c.mu.Lock()
	sem, ok := c.hosts[host]
	if !ok {
		sem = make(chan struct{}, c.cfg.PerHost)
		c.hosts[host] = sem
	}
	c.mu.Unlock()
	sem <- struct{}{}
	return func() { <-sem }
}

// fetch asks the server for the page, revalidating cached when given.
func (c *Client) fetch(ctx context.Context, rawURL string, cached *entry) (*Page, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, &Error{Class: ClassURL, Msg: err.Error()}
	}
	req.Header.Set("User-Agent", c.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	if cached != nil {
		if cached.ETag != "" {
			req.Header.Set("If-None-Match", cached.ETag)
		}
		if cached.LastModified != "" {
			req.Header.Set("If-Modified-Since", cached.LastModified)
		}
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, c.classify(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified && cached != nil {
		return cached.page(rawURL), nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &Error{Class: ClassStatus, Msg: "HTTP " + resp.Status}
	}
	ctype := resp.Header.Get("Content-Type")
	if !isHTML(ctype) {
		return nil, &Error{Class: ClassNotHTML, Msg: fmt.Sprintf("not an HTML page (Content-Type %q)", ctype)}
	}
	if resp.ContentLength > c.cfg.MaxBytes {
		return nil, c.tooLarge()
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.cfg.MaxBytes+1))
	if err != nil {
		return nil, c.classify(err)
	}
	if int64(len(body)) > c.cfg.MaxBytes {
		return nil, c.tooLarge()
	}
	p := &Page{URL: rawURL, Final: resp.Request.URL.String(), ContentType: ctype, Body: body}
	c.writeCache(p, resp.Header.Get("ETag"), resp.Header.Get("Last-Modified"))
	return p, nil
}

func (c *Client) tooLarge() error {
	return &Error{Class: ClassTooLarge, Msg: fmt.Sprintf("page too large (over %d bytes)", c.cfg.MaxBytes)}
}

// isHTML tells whether a Content-Type names an HTML page; a server that
// names none is given the benefit of the doubt (the page is sniffed later).
func isHTML(ctype string) bool {
	if strings.TrimSpace(ctype) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ctype)
	return err == nil && (mt == "text/html" || mt == "application/xhtml+xml")
}

// classify turns a transport error into an *Error.
func (c *Client) classify(err error) error {
	var dns *net.DNSError
	var ne net.Error
	switch {
	case errors.Is(err, errTooManyRedirects):
		return &Error{Class: ClassRedirects, Msg: fmt.Sprintf("more than %d redirects", c.cfg.MaxRedirects)}
	case errors.As(err, &dns):
		return &Error{Class: ClassDNS, Msg: "cannot resolve host " + dns.Name + ": " + dns.Err}
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return &Error{Class: ClassTimeout, Msg: fmt.Sprintf("timed out (connect limit %s, total %s)", c.cfg.ConnectTimeout, c.cfg.Timeout)}
	case errors.Is(err, context.Canceled):
		return &Error{Class: ClassNetwork, Msg: "canceled"}
	case errors.Is(err, syscall.ECONNREFUSED):
		return &Error{Class: ClassNetwork, Msg: "cannot connect: connection refused (no server at that address)"}
	case errors.Is(err, syscall.ECONNRESET):
		return &Error{Class: ClassNetwork, Msg: "connection reset by the server"}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return &Error{Class: ClassNetwork, Msg: err.Error()}
}

// Failure classes of an Error.
const (
	ClassURL       = "url"
	ClassDNS       = "dns"
	ClassTimeout   = "timeout"
	ClassStatus    = "status"
	ClassNotHTML   = "not-html"
	ClassTooLarge  = "too-large"
	ClassRedirects = "redirects"
	ClassNetwork   = "network"
	ClassOffline   = "offline"
)

// Error is why a page could not be had.
type Error struct {
	Class string // one of the Class constants
	Msg   string
}

func (e *Error) Error() string { return e.Msg }

// DefaultCacheDir gives $QUOTECHECK_CACHE_DIR when set, else quotecheck's
// directory in the user cache directory; "" when there is none.
func DefaultCacheDir() string {
	if d := os.Getenv("QUOTECHECK_CACHE_DIR"); d != "" {
		return d
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "quotecheck")
}
