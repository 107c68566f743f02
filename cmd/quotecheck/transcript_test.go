package main

import (
	"encoding/json"
	"strings"
	"testing"
)

const fixtureBriefing = "testdata/transcripts/briefing-2026-02-12.md"

// TestCheckTranscriptGolden holds the report of the fixture articles
// checked against the fixture briefing: the four findings the seeds give
// against the 2021-03-18 briefing, re-enacted in invented words.
func TestCheckTranscriptGolden(t *testing.T) {
	for _, format := range []string{"line", "json"} {
		t.Run(format, func(t *testing.T) {
			out, stderr, code := run(t, "", "check", "--all", "--format", format, "--against", fixtureBriefing, "--", "testdata/transcripts/articles")
			if code != ExitFindings {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, ExitFindings, stderr)
			}
			golden(t, "check-transcript."+map[string]string{"line": "txt", "json": "json"}[format], out)
		})
	}
}

// TestCheckTranscriptFindings asserts the four findings by kind and
// transcript position, so that a golden file accepted by mistake cannot
// hide a wrong verdict.
func TestCheckTranscriptFindings(t *testing.T) {
	out, _, _ := run(t, "", "check", "--format", "json", "--against", fixtureBriefing, "--", "testdata/transcripts/articles")
	var doc struct {
		Findings []struct {
			Path, Status, Text string
			Differences        []struct {
				Kind, Subkind, Severity string
				RefLine                 int `json:"ref_line"`
				RefColumn               int `json:"ref_column"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range doc.Findings {
		if f.Status == "confirmed" {
			continue
		}
		var kinds []string
		for _, d := range f.Differences {
			if d.Severity == "error" || d.Kind == "disfluency" {
				kinds = append(kinds, strings.TrimSuffix(d.Kind+"-"+d.Subkind, "-")+"@"+itoa(d.RefLine)+":"+itoa(d.RefColumn))
			}
		}
		got[f.Path[strings.LastIndexByte(f.Path, '/')+1:]] = f.Status + " " + strings.Join(kinds, " ")
	}
	want := map[string]string{
		"coast-wire.txt":   "differs substituted@34:17",
		"harbor-daily.txt": "differs substituted@34:17",
		"island-times.txt": "differs substituted-contraction@55:11 disfluency@56:8 reordered@58:62",
	}
	if len(got) != len(want) {
		t.Errorf("findings %v, want %v", got, want)
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %q, want %q", k, got[k], w)
		}
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestDiffTranscriptGolden: a transcript among diff's inputs gives the
// canonical wording of every utterance it holds.
func TestDiffTranscriptGolden(t *testing.T) {
	out, stderr, code := run(t, "", "diff", "--format", "table", fixtureBriefing, "testdata/transcripts/articles")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	golden(t, "diff-transcript.txt", out)
	d := diffJSON(t, fixtureBriefing, "testdata/transcripts/articles")
	for _, u := range d.Utterances {
		if !strings.Contains(u.Canonical, "No.") && !strings.Contains(u.Canonical, "Portland") {
			continue
		}
		if u.Versions[0].Source != "briefing-2026-02-12" {
			t.Errorf("%q: canonical from %s, want the transcript", u.Canonical, u.Versions[0].Source)
		}
	}
}

// TestDiffReferenceOverridesTranscript: --reference still chooses the
// canonical wording where its source has the utterance.
func TestDiffReferenceOverridesTranscript(t *testing.T) {
	d := diffJSON(t, "--reference", "testdata/transcripts/articles/coast-wire.txt", fixtureBriefing, "testdata/transcripts/articles")
	for _, u := range d.Utterances {
		if strings.HasPrefix(u.Canonical, "No") && u.Canonical != "Nope." {
			t.Errorf("canonical %q, want the reference's \"Nope.\"", u.Canonical)
		}
	}
}

// TestCheckTranscriptForms checks articles against a transcript in each
// supported form (interview, court record, WebVTT, SRT, briefing).
func TestCheckTranscriptForms(t *testing.T) {
	args := []string{"check", "--all"}
	for _, tr := range []string{"interview-2026-02-15.txt", "court-2026-03-02.txt", "captions-2026-02-20.vtt", "captions-2026-02-21.srt", "briefing-2026-02-12.md"} {
		args = append(args, "--against", "testdata/transcripts/"+tr)
	}
	out, stderr, code := run(t, "", append(args, "--", "testdata/transcripts/more")...)
	if code != ExitFindings {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	golden(t, "check-transcript-forms.txt", out)
}
