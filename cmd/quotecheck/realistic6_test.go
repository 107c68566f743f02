package main

import "testing"

// TestScoreRealistic6 scores the whole command on testdata/realistic6: an
// embargoed study of a pancreatic-cancer blood test (lead author, co-author,
// an independent professor "of King's College London", a WHO spokesperson,
// a widow and a charity's statement) and a dock strike (union leader,
// company statement, a crane driver on the picket line, a minister, a
// chant and a placard slogan, "A statement from the union read:"), each
// covered by three outlets, against a hand annotation. Headline phrases
// come from a sentence the headline's own article does not print. One
// outlet per story credits a remark to the wrong person. The floors are
// the figures the command reaches: "the charity said" is left unresolved.
func TestScoreRealistic6(t *testing.T) {
	checkScores(t, "testdata/realistic6", floors{1.00, 1.00, 0.97, 1.00, 1.00, 1.00, 1.00})
}
