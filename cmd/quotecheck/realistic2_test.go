package main

import "testing"

// TestScoreRealistic2 scores the whole command on testdata/realistic2: a
// football match report, a Crown Court sentencing and a tech company's
// results, each covered by three or four outlets (wire, broadcaster,
// newspaper, blog; plain text, an HTML page, Markdown with front matter),
// against a hand annotation. Attributions by age ("said the 31-year-old"),
// nationality ("the Frenchman"), role after a title ("the chief
// executive"), organisation ("the Crown Prosecution Service said"), and a
// colon after a sentence with no reporting verb ("Rao was blunter:"). The
// floors are the figures the command reaches.
func TestScoreRealistic2(t *testing.T) {
	checkScores(t, "testdata/realistic2", floors{1.00, 1.00, 0.96, 0.95, 1.00, 1.00, 1.00})
}
