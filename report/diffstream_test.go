package report

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// streamed writes d through DiffJSON.
func streamed(t *testing.T, d *Diff) string {
	t.Helper()
	var b bytes.Buffer
	s := NewDiffJSON(&b, d.Sources, d.Quotes)
	for i := range d.Utterances {
		if err := s.Utterance(&d.Utterances[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(d.Warnings, d.Problems, d.Hidden); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestDiffJSONSameAsWriteDiff(t *testing.T) {
	raw, err := os.ReadFile("testdata/html_fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	var full Diff
	if err := json.Unmarshal(raw, &full); err != nil {
		t.Fatal(err)
	}
	noUtt := full
	noUtt.Utterances = nil
	oneEach := full
	oneEach.Sources, oneEach.Quotes, oneEach.Utterances = full.Sources[:1], full.Quotes[:1], full.Utterances[:1]
	oneEach.Warnings = []quotes.Warning{{Path: "a.txt", Line: 2, Column: 3, Message: "odd <quote> & mark\x1b[2J"}}
	oneEach.Problems = []sources.Problem{{Path: "b.txt", Line: 1, Message: "binary file", Severity: sources.ProblemError}}
	oneEach.Hidden = 3
	for name, d := range map[string]*Diff{
		"fixture":       &full,
		"no utterances": &noUtt,
		"one of each":   &oneEach,
		"empty":         {},
		"empty non-nil": {Quotes: []quotes.Quote{}, Warnings: []quotes.Warning{}},
	} {
		t.Run(name, func(t *testing.T) {
			var want bytes.Buffer
			if err := WriteDiff(&want, "json", d, Options{}); err != nil {
				t.Fatal(err)
			}
			if got := streamed(t, d); got != want.String() {
				t.Errorf("streamed report differs from WriteDiff's:\n%s\nwant:\n%s", got, want.String())
			}
		})
	}
}
