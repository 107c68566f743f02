//go:build unix

package safefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

func put(w io.Writer, s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// TestWriteFollowsLinks: writing a symbolic link writes its target and
// leaves the link, also when the target does not exist yet.
func TestWriteFollowsLinks(t *testing.T) {
	dir := t.TempDir()
	target, link := filepath.Join(dir, "target.txt"), filepath.Join(dir, "link.txt")
	if err := os.Symlink("target.txt", link); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"first", "second"} {
		if err := Write(link, put(nil, want)); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(target); string(b) != want {
			t.Errorf("target holds %q, want %q", b, want)
		}
		if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced by a file")
		}
	}
}

// TestWriteKeepsMode: an existing file keeps its permissions; a new one
// gets 0666 less the umask.
func TestWriteKeepsMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Write(p, put(nil, "new")); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(p); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 kept", info.Mode().Perm())
	}
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	fresh := filepath.Join(dir, "fresh.txt")
	if err := Write(fresh, put(nil, "x")); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(fresh); info.Mode().Perm() != 0o640 {
		t.Errorf("new file mode %v, want 0640 (0666 less umask 027)", info.Mode().Perm())
	}
}

// TestWriteNonRegularInPlace: a FIFO (like /dev/stdout or a device) is
// written in place, never replaced by a regular file.
func TestWriteNonRegularInPlace(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	got := make(chan string)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- string(b)
	}()
	if err := Write(fifo, put(nil, "report")); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != "report" {
		t.Errorf("the reader got %q", s)
	}
	if info, _ := os.Lstat(fifo); info.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: mode %v", info.Mode())
	}
}

// TestWriteMissingDirNamesTarget: the error for a missing directory names
// the file asked for, not a temporary file.
func TestWriteMissingDirNamesTarget(t *testing.T) {
	p := filepath.Join(t.TempDir(), "no-such-dir", "r.txt")
	err := Write(p, put(nil, "x"))
	if err == nil || !strings.Contains(err.Error(), p) || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("error %v, want one naming %s and no temporary file", err, p)
	}
}

// TestWriteRefusesReadOnly: a file no one may write (mode 0444) is
// refused, not replaced by a rename, as writing it in place would fail.
func TestWriteRefusesReadOnly(t *testing.T) {
	p := filepath.Join(t.TempDir(), "locked.json")
	os.WriteFile(p, []byte("old"), 0o444)
	if err := Write(p, put(nil, "new")); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("err %v, want a refusal naming %s", err, p)
	}
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Errorf("the read-only file now holds %q", b)
	}
}

// TestWriteFailureKeepsOld: a write that fails leaves the old file whole.
func TestWriteFailureKeepsOld(t *testing.T) {
	p := filepath.Join(t.TempDir(), "baseline.json")
	os.WriteFile(p, []byte("old"), 0o644)
	boom := errors.New("no space left on device")
	if err := Write(p, func(w io.Writer) error { io.WriteString(w, "ne"); return boom }); !errors.Is(err, boom) {
		t.Errorf("err %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Errorf("file holds %q", b)
	}
}

// TestReadRefusesNonRegular: Read refuses FIFOs, devices and files over
// the limit, without blocking or reading them.
func TestReadRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	zero := filepath.Join(dir, "zero")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big")
	os.WriteFile(big, make([]byte, 2048), 0o644)
	for _, p := range []string{fifo, zero, big, dir} {
		if _, err := Read(p, 1024); err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("Read(%s): %v, want an error naming it", p, err)
		}
	}
	small := filepath.Join(dir, "small")
	os.WriteFile(small, []byte("ok"), 0o644)
	if b, err := Read(small, 1024); err != nil || string(b) != "ok" {
		t.Errorf("Read(small) = %q, %v", b, err)
	}
}

// TestWriteStdoutPipe: -o /dev/stdout when standard output is a pipe (as
// in `quotecheck check -o /dev/stdout … | tee`) writes into the pipe. The
// link /dev/stdout → /proc/self/fd/1 → "pipe:[…]" names no file, so the
// path, not the end of its links, must be written.
func TestWriteStdoutPipe(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	path := filepath.Join("/proc/self/fd", strconv.Itoa(int(w.Fd())))
	if _, err := os.Lstat(path); err != nil {
		t.Skipf("no %s: %v", path, err)
	}
	got := make(chan string, 1)
	go func() { b, _ := io.ReadAll(r); got <- string(b) }()
	if err := Write(path, put(nil, "report")); err != nil {
		t.Errorf("Write(%s) into a pipe: %v", path, err)
	}
	w.Close()
	if s := <-got; s != "report" {
		t.Errorf("the pipe read %q, want %q", s, "report")
	}
}
