package main

import (
	"context"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress counts work done; it draws a bar only on a terminal.
type progress interface {
	Add(int) error
	Finish() error
}

type noProgress struct{}

func (noProgress) Add(int) error { return nil }
func (noProgress) Finish() error { return nil }

// minProgress is how many articles a run must have before a bar is worth
// drawing: smaller runs finish before a person could read it.
const minProgress = 200

// newProgress gives a progress bar on w when w is a terminal and the run is
// long enough, and a silent counter otherwise (piped output stays clean).
func newProgress(w io.Writer, n int, desc string) progress {
	f, ok := w.(*os.File)
	if !ok || n < minProgress || !term.IsTerminal(int(f.Fd())) {
		return noProgress{}
	}
	return progressbar.NewOptions(n,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription(desc),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100_000_000),
		progressbar.OptionClearOnFinish(),
	)
}

// lazyProgress draws a bar once the run's size is known (at the first
// file done).
type lazyProgress struct {
	w    io.Writer
	desc string
	bar  progress
}

func (l *lazyProgress) add(done, total int) {
	if l.bar == nil {
		l.bar = newProgress(l.w, total, l.desc)
	}
	l.bar.Add(1)
}

func (l *lazyProgress) finish() {
	if l.bar != nil {
		l.bar.Finish()
	}
}

// minBusy is how many quotations an alignment must have before a spinner
// is worth showing while it runs.
const minBusy = 5000

// busy runs work, showing a spinner labelled desc on w meanwhile when w is
// a terminal and the work is large (n items); piped output stays clean.
// When ctx ends first it returns ctx's error at once, leaving work to
// finish in the background (the process is about to exit).
func busy(ctx context.Context, w io.Writer, n int, desc string, work func()) error {
	done := make(chan struct{})
	go func() {
		defer close(done)
		work()
	}()
	f, ok := w.(*os.File)
	if !ok || n < minBusy || !term.IsTerminal(int(f.Fd())) {
		select {
		case <-done:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	bar := progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription(desc),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
	)
	defer bar.Finish()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
			bar.Add(1)
		}
	}
}
