package check

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteBaselineFullDisk: on a full disk --write-baseline fails and the
// old baseline stays whole and readable. It needs a small tmpfs, so it
// runs only where the test may mount one (as root, in a container).
func TestWriteBaselineFullDisk(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=64k"); err != nil {
		t.Skip("cannot mount a small file system here:", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, 0) })
	path := filepath.Join(dir, "baseline.json")
	old := NewBaseline([]Finding{{Path: "d.md", Text: "We will", Status: StatusNotFound, Fingerprint: "f1"}})
	if err := WriteBaseline(path, old); err != nil {
		t.Fatal(err)
	}
	filler := make([]byte, 48<<10)
	os.WriteFile(filepath.Join(dir, "filler"), filler, 0o644) // leaves less room than the new baseline takes
	var many []Finding
	for i := range 2000 {
		many = append(many, Finding{Path: "d.md", Text: fmt.Sprintf("quotation number %d of a long draft", i), Status: StatusNotFound, Fingerprint: fmt.Sprint(i)})
	}
	if err := WriteBaseline(path, NewBaseline(many)); err == nil {
		t.Fatal("writing a baseline larger than the free space succeeded")
	}
	b, err := ReadBaseline(path)
	if err != nil || len(b.Findings) != 1 || b.Findings[0].Fingerprint != "f1" {
		t.Errorf("the old baseline did not survive: %v, %v", b, err)
	}
}
