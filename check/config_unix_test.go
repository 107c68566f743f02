//go:build unix

package check

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestConfigAndBaselineNotRegular: a configuration or baseline that is a
// FIFO, a link to /dev/zero, or too large is refused at once, naming it.
func TestConfigAndBaselineNotRegular(t *testing.T) {
	dir := t.TempDir()
	zero := filepath.Join(dir, "zero.yaml")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs:", err)
	}
	big := filepath.Join(dir, "big.yaml")
	os.WriteFile(big, bytes.Repeat([]byte("# comment\n"), (1<<20)/10+1), 0o644) // past MaxConfigSize
	for _, p := range []string{fifo, big, zero} {                               // before the fix: a FIFO hung, /dev/zero ate memory
		done := make(chan error, 2)
		go func() {
			_, err := LoadConfig(p)
			done <- err
			_, err = ReadBaseline(p)
			done <- err
		}()
		for range 2 {
			select {
			case err := <-done:
				if err == nil || !strings.Contains(err.Error(), p) {
					t.Errorf("%s: %v, want an error naming it", p, err)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("%s: still reading after 10 s", p)
			}
		}
	}
}
