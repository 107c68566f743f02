package main

import "testing"

// TestScoreRealistic5 scores the whole command on testdata/realistic5: a
// flood in a Brazilian river town and a mayoral election night, each
// covered by three outlets that quote five to seven people apiece
// (rescuers, officials, residents given by age and trade, candidates, a
// campaign manager, a spokesman, voters and a board of elections), with
// speakers introduced by role then name, "…," Ruiz added, "she went on",
// "the candidate told supporters", "the board said", colons after a
// sentence naming the speaker, and back-to-back quotations from people of
// the same gender, against a hand annotation. One outlet per story credits
// a remark to the wrong person. The floors are the figures the command
// reaches.
func TestScoreRealistic5(t *testing.T) {
	checkScores(t, "testdata/realistic5", floors{1.00, 1.00, 0.98, 0.95, 1.00, 1.00, 1.00})
}
