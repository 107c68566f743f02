//go:build unix

package fetch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"syscall"
	"testing"
	"time"
)

// TestCacheEntryNotRegular: a cache entry that is not a regular file (a
// FIFO left in the cache directory) is no entry; reading it must neither
// block nor read without a bound.
func TestCacheEntryNotRegular(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>\"We sail at dawn,\" Ana Lima said.</p></body></html>")
	}))
	defer srv.Close()
	dir := t.TempDir()
	u := srv.URL + "/dock.html"
	if _, err := newClient(t, Config{CacheDir: dir}).Get(context.Background(), u); err != nil {
		t.Fatal(err)
	}
	offline := newClient(t, Config{CacheDir: dir, Offline: true})
	body := offline.cachePath(u) + ".html"
	if err := os.Remove(body); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(body, 0o644); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := offline.Get(context.Background(), u)
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil {
			t.Error("a FIFO in the cache was read as the page")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("reading a FIFO in the cache blocked")
	}
}
