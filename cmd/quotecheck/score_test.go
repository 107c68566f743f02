package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/quotecheck/quotecheck/internal/corpus"
	"github.com/quotecheck/quotecheck/internal/eval"
)

// scoredRun is what `quotecheck diff --format json` printed, as the scorer reads it.
type scoredRun struct {
	Sources []struct {
		ID, Path string
	} `json:"sources"`
	Quotes []struct {
		ID, Source, Text, Speaker, Kind string
	} `json:"quotes"`
	Utterances []struct {
		ID       string   `json:"id"`
		Quotes   []string `json:"quotes"`
		Severity string   `json:"severity"`
		Versions []struct {
			Differences []struct {
				Kind string `json:"kind"`
			} `json:"differences"`
		} `json:"versions"`
	} `json:"utterances"`
}

var severityRank = map[string]int{"none": 0, "info": 1, "warning": 2, "error": 3}

// forEval turns the command's output into the scorer's terms.
func (r scoredRun) forEval() ([]eval.Quote, []eval.Utterance) {
	path := map[string]string{}
	for _, s := range r.Sources {
		path[s.ID] = filepath.Base(s.Path)
	}
	var qs []eval.Quote
	for _, q := range r.Quotes {
		qs = append(qs, eval.Quote{ID: q.ID, Source: path[q.Source], Text: q.Text, Speaker: q.Speaker, Kind: q.Kind})
	}
	var us []eval.Utterance
	for _, u := range r.Utterances {
		eu := eval.Utterance{ID: u.ID, Quotes: u.Quotes, Severity: severityRank[u.Severity]}
		for _, v := range u.Versions {
			for _, d := range v.Differences {
				eu.Kinds = append(eu.Kinds, string(d.Kind))
			}
		}
		us = append(us, eu)
	}
	return qs, us
}

// scoreDir runs the command on the articles of dir and scores it against dir/gold.json.
func scoreDir(t *testing.T, dir string) (eval.ExtractScore, eval.AlignScore) {
	t.Helper()
	g, err := eval.ReadGold(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, s := range g.Sources() {
		files = append(files, filepath.Join(dir, s))
	}
	out, stderr, code := run(t, "", append([]string{"diff", "--format", "json"}, files...)...)
	if code != ExitOK {
		t.Fatalf("diff exit %d: %s", code, stderr)
	}
	var r scoredRun
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	qs, us := r.forEval()
	return eval.ScoreExtract(g, qs), eval.ScoreAlign(g, qs, us)
}

// floors are the least figures a scored run must reach.
type floors struct {
	recall, precision, speakers          float64 // extraction
	alignRecall, alignPrecision, verdict float64 // alignment
	conflicts                            float64 // speaker conflicts found
}

// checkScores runs the command on dir, logs every figure and what went
// wrong, and fails each figure below its floor.
func checkScores(t *testing.T, dir string, f floors) {
	t.Helper()
	ex, al := scoreDir(t, dir)
	t.Logf("extract recall %.2f precision %.2f speakers %.2f; align recall %.2f precision %.2f verdicts %.2f conflicts %.2f",
		ex.Recall, ex.Precision, ex.SpeakerAccuracy, al.Recall, al.Precision, al.VerdictAccuracy, al.ConflictsFound)
	for _, c := range []struct {
		what      string
		got, want float64
	}{
		{"extract recall", ex.Recall, f.recall},
		{"extract precision", ex.Precision, f.precision},
		{"speaker accuracy", ex.SpeakerAccuracy, f.speakers},
		{"align recall", al.Recall, f.alignRecall},
		{"align precision", al.Precision, f.alignPrecision},
		{"verdict accuracy", al.VerdictAccuracy, f.verdict},
		{"speaker conflicts found", al.ConflictsFound, f.conflicts},
	} {
		if c.got < c.want {
			t.Errorf("%s = %.3f, below %.2f", c.what, c.got, c.want)
		}
	}
	for _, m := range ex.Missed {
		t.Logf("missed: %s: %q", m.Source, m.Text)
	}
	for _, w := range ex.WrongSpeaker {
		t.Logf("wrong speaker: %q → %q", w[0], w[1])
	}
	if len(al.WrongVerdict) > 0 {
		t.Logf("wrong verdicts: %v", al.WrongVerdict)
	}
}

// TestScoreGenerated scores the whole command on a generated corpus of 80
// articles in plain text, HTML and Markdown, whose ground truth the
// generator wrote, so accuracy is known beyond the hand-annotated articles.
func TestScoreGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and scores a corpus")
	}
	dir := t.TempDir()
	cfg := corpus.Config{Stories: 20, Outlets: 4, Seed: 7, Formats: []string{"text", "html", "markdown"}}
	if err := corpus.Write(dir, cfg); err != nil {
		t.Fatal(err)
	}
	checkScores(t, dir, floors{0.95, 0.95, 0.90, 0.85, 0.90, 0.85, 0.5})
}
