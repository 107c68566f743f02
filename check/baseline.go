package check

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/quotecheck/quotecheck/internal/safefile"
)

// BaselineVersion is the version of the baseline file format written.
// Version 2 fingerprints include the draft's path (see Fingerprint).
const BaselineVersion = 2

// Baseline is the findings recorded on one day, to be left out of later
// reports so that only new findings show.
type Baseline struct {
	Version  int             `json:"version"`
	Tool     string          `json:"tool"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one recorded finding. Only Fingerprint is used to match;
// the rest is for people reading the file.
type BaselineEntry struct {
	Fingerprint string   `json:"fingerprint"`
	Path        string   `json:"path"`
	Text        string   `json:"text"`
	Status      string   `json:"status"`
	Source      string   `json:"source,omitempty"`
	Kinds       []string `json:"kinds"`
}

// NewBaseline records every finding that is not confirmed.
func NewBaseline(fs []Finding) *Baseline {
	b := &Baseline{Version: BaselineVersion, Tool: "quotecheck", Findings: []BaselineEntry{}}
	for i := range fs {
		f := &fs[i]
		if f.Status == StatusConfirmed {
			continue
		}
		b.Findings = append(b.Findings, BaselineEntry{
			Fingerprint: f.Fingerprint, Path: f.Path, Text: f.Text,
			Status: f.Status, Source: f.Source, Kinds: f.Kinds(),
		})
	}
	return b
}

// WriteBaseline writes b to path as indented JSON, whole or not at all:
// on a full disk the old baseline stays as it was.
func WriteBaseline(path string, b *Baseline) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return safefile.Write(path, func(w io.Writer) error {
		_, err := w.Write(append(data, '\n'))
		return err
	})
}

// MaxBaselineSize is the largest baseline file read.
const MaxBaselineSize = 64 << 20

// ReadBaseline reads a baseline file; a missing, unreadable or corrupt file
// is an error naming it.
func ReadBaseline(path string) (*Baseline, error) {
	data, err := safefile.Read(path, MaxBaselineSize)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("baseline %s: no such file (write one with --write-baseline)", path)
	}
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, unwrapPath(err))
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("baseline %s: not a quotecheck baseline: %v", path, err)
	}
	if b.Version == 0 {
		return nil, fmt.Errorf("baseline %s: not a quotecheck baseline (no version: a report, not a baseline? write one with --write-baseline)", path)
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("baseline %s: version %d, want %d (write a new one with --write-baseline)", path, b.Version, BaselineVersion)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("baseline %s: finding %d has no fingerprint", path, i+1)
		}
	}
	return &b, nil
}

// Filter splits findings into those the baseline does not record and the
// number it suppressed. Each recorded entry suppresses one finding, so a
// misquotation repeated since the baseline was written still shows.
func (b *Baseline) Filter(fs []Finding) (kept []Finding, suppressed int) {
	left := map[string]int{}
	for _, e := range b.Findings {
		left[e.Fingerprint]++
	}
	for _, f := range fs {
		if f.Status != StatusConfirmed && left[f.Fingerprint] > 0 {
			left[f.Fingerprint]--
			suppressed++
			continue
		}
		kept = append(kept, f)
	}
	return kept, suppressed
}

// unwrapPath leaves out the path an error about a file names, for
// messages that name it already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
