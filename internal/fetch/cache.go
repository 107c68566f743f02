package fetch

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/quotecheck/quotecheck/internal/safefile"
)

// entry is a cached page's metadata; its body is in a file beside it.
type entry struct {
	URL          string `json:"url"`
	Final        string `json:"final"`
	ContentType  string `json:"content_type"`
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	body         []byte
}

func (e *entry) page(rawURL string) *Page {
	return &Page{URL: rawURL, Final: e.Final, ContentType: e.ContentType, Body: e.body, Cached: true}
}

// cachePath gives the file stem of rawURL's cache entry.
func (c *Client) cachePath(rawURL string) string {
	sum := sha256.Sum256([]byte(rawURL))
	return filepath.Join(c.cfg.CacheDir, hex.EncodeToString(sum[:16]))
}

// readCache gives rawURL's cached entry, or nil when there is none (or it
// cannot be read: the cache is a convenience, never a source of errors).
func (c *Client) readCache(rawURL string) *entry {
	if c.cfg.CacheDir == "" {
		return nil
	}
	stem := c.cachePath(rawURL)
	meta, err := safefile.Read(stem+".json", 1<<16)
	if err != nil {
		return nil
	}
	var e entry
	if json.Unmarshal(meta, &e) != nil || e.URL != rawURL {
		return nil
	}
	if e.body, err = safefile.Read(stem+".html", c.cfg.MaxBytes); err != nil {
		return nil
	}
	return &e
}

// writeCache stores a fetched page; failing to is not an error.
func (c *Client) writeCache(p *Page, etag, lastModified string) {
	if c.cfg.CacheDir == "" {
		return
	}
	if os.MkdirAll(c.cfg.CacheDir, 0o755) != nil {
		return
	}
	stem := c.cachePath(p.URL)
	meta, err := json.Marshal(entry{URL: p.URL, Final: p.Final, ContentType: p.ContentType, ETag: etag, LastModified: lastModified})
	if err != nil {
		return
	}
	if writeAtomic(stem+".html", p.Body) == nil {
		_ = writeAtomic(stem+".json", meta)
	}
}

// writeAtomic writes a file by renaming a temporary one into place, so a
// concurrent reader never sees half of it.
func writeAtomic(name string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".tmp-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(b)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
