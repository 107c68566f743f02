package main

import (
	"bytes"
	"context"
	"io"
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

// TestBusyStopsOnCancel: Ctrl-C during a long step (alignment) returns at
// once with the context's error.
func TestBusyStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	block := make(chan struct{})
	defer close(block)
	if err := busy(ctx, io.Discard, 10*minBusy, "x", func() { <-block }); err != context.Canceled {
		t.Errorf("err %v, want context.Canceled", err)
	}
	ran := false
	if err := busy(context.Background(), io.Discard, 1, "x", func() { ran = true }); err != nil || !ran {
		t.Errorf("err %v, ran %v; want the work done", err, ran)
	}
}
