package main

import (
	"io"
	"os"

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
