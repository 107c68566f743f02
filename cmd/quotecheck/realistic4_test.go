package main

import "testing"

// TestScoreRealistic4 scores the whole command on testdata/realistic4: a
// prime minister's televised address after a cyclone, a foreign ministry's
// reaction to a collision at sea translated twice, and a minister's
// interview and a president's remarks before peace talks, each covered by
// three or four international English-language outlets relaying one
// another ("…," Dorokhov said, ABC News reported; "according to a
// transcript published by the Kremlin"; "told a news conference in
// Beijing"), as plain text, HTML, Markdown with front matter and a JSON
// Lines file of two records, against a hand annotation. A sister and
// brother share a surname, a family name is printed first ("Ms Lin"), "the
// PM" and "the veteran diplomat" stand for people named before, and one
// outlet credits a remark to the wrong Patnaik. The floors are the figures
// the command reaches.
func TestScoreRealistic4(t *testing.T) {
	checkScores(t, "testdata/realistic4", floors{1.00, 1.00, 0.94, 0.96, 1.00, 1.00, 1.00})
}
