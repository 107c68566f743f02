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
	checkScores(t, "testdata/realistic", floors{1.00, 1.00, 1.00, 0.96, 1.00, 1.00, 1.00})
}
