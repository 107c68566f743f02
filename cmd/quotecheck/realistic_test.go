package main

import "testing"

// TestScoreRealistic scores the whole command on testdata/realistic: three
// stories, each covered by three or four outlets written as wire services,
// broadcasters and newspapers write (attributions with ages, titles and
// relative clauses, unnamed spokespeople, quotations carried over
// paragraphs, British single marks, an HTML page with its furniture, a
// Markdown page with front matter, two translations of one remark), against
// a hand annotation. The floors are the figures the command reaches.
func TestScoreRealistic(t *testing.T) {
	ex, al := scoreDir(t, "testdata/realistic")
	t.Logf("extract recall %.2f precision %.2f speakers %.2f; align recall %.2f precision %.2f verdicts %.2f conflicts %.2f",
		ex.Recall, ex.Precision, ex.SpeakerAccuracy, al.Recall, al.Precision, al.VerdictAccuracy, al.ConflictsFound)
	checkAtLeast(t, "extract recall", ex.Recall, 1.00)
	checkAtLeast(t, "extract precision", ex.Precision, 1.00)
	checkAtLeast(t, "speaker accuracy", ex.SpeakerAccuracy, 1.00)
	checkAtLeast(t, "align recall", al.Recall, 0.96)
	checkAtLeast(t, "align precision", al.Precision, 1.00)
	checkAtLeast(t, "verdict accuracy", al.VerdictAccuracy, 0.95)
	checkAtLeast(t, "speaker conflicts found", al.ConflictsFound, 1.00)
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
