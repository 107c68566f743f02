package main

import (
	"bytes"
	"os"
	"testing"
)

// TestProgressSilentWhenPiped: a bar is drawn only on a terminal, so piped
// or captured output stays clean whatever the run's size.
func TestProgressSilentWhenPiped(t *testing.T) {
	var buf bytes.Buffer
	if _, ok := newProgress(&buf, 10*minProgress, "x").(noProgress); !ok {
		t.Error("a bar for a buffer")
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	bar := newProgress(f, 10*minProgress, "x")
	if _, ok := bar.(noProgress); !ok {
		t.Error("a bar for a plain file")
	}
	bar.Add(1)
	bar.Finish()
	if info, _ := f.Stat(); info.Size() != 0 {
		t.Errorf("wrote %d bytes to a non-terminal", info.Size())
	}
}
