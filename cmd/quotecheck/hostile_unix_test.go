//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestOutputKeepsWhatUserHad: -o writes a link's target, keeps an
// existing file's mode, refuses a read-only file, respects the umask,
// writes a FIFO in place, and names the target when its directory is
// missing.
func TestOutputKeepsWhatUserHad(t *testing.T) {
	dir := t.TempDir()
	a, b := article(t, dir, "a.md", "One"), article(t, dir, "b.md", "Two")
	out := t.TempDir()
	target, link := filepath.Join(out, "target.md"), filepath.Join(out, "link.md")
	os.Symlink(target, link)
	if _, _, code := run(t, "", "diff", "--format", "markdown", a, b, "-o", link); code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("-o replaced the link with a file")
	}
	if got, _ := os.ReadFile(target); !strings.Contains(string(got), "Quotations across") {
		t.Errorf("the link's target holds no report")
	}
	private := filepath.Join(out, "private.md")
	os.WriteFile(private, nil, 0o600)
	run(t, "", "diff", a, b, "-o", private)
	if info, _ := os.Stat(private); info.Mode().Perm() != 0o600 {
		t.Errorf("-o changed a 0600 file to %v", info.Mode().Perm())
	}
	locked := filepath.Join(out, "locked.md")
	os.WriteFile(locked, []byte("keep"), 0o444)
	if _, _, code := run(t, "", "diff", a, b, "-o", locked); code != ExitFailure || string(mustRead(t, locked)) != "keep" {
		t.Errorf("-o replaced a read-only file (exit %d)", code)
	}
	old := syscall.Umask(0o027)
	fresh := filepath.Join(out, "fresh.md")
	run(t, "", "diff", a, b, "-o", fresh)
	syscall.Umask(old)
	if info, err := os.Stat(fresh); err != nil || info.Mode().Perm() != 0o640 {
		t.Errorf("a new -o file under umask 027: %v, want 0640", info.Mode().Perm())
	}
	fifo := filepath.Join(out, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err == nil {
		got := make(chan []byte)
		go func() {
			f, _ := os.Open(fifo)
			b, _ := io.ReadAll(f)
			f.Close()
			got <- b
		}()
		run(t, "", "diff", a, b, "-o", fifo)
		if info, _ := os.Lstat(fifo); info.Mode()&os.ModeNamedPipe == 0 {
			t.Errorf("-o replaced the FIFO with a %v", info.Mode()) // its reader waits forever
		} else if len(<-got) == 0 {
			t.Errorf("nothing written to the FIFO")
		}
	}
	missing := filepath.Join(out, "no-such-dir", "r.txt")
	_, stderr, code := run(t, "", "diff", a, b, "-o", missing)
	if code != ExitFailure || !strings.Contains(stderr, missing) || strings.Contains(stderr, ".tmp") {
		t.Errorf("exit %d, stderr %q; want 2 naming %s", code, stderr, missing)
	}
}
