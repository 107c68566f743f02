package main

import "testing"

// TestScoreRealistic3 scores the whole command on testdata/realistic3:
// a White House briefing before a summit, a foreign ministry's reaction to
// expelled diplomats translated by two agencies, and a prime minister's
// interview and a Commons clash, each covered by three or four outlets laid
// out as scraped pages arrive (section label and doubled headline,
// "Advertisement" lines, a ` date` first line, no blank lines, indented
// agency copy with captions and a no-break space after a quotation), against
// a hand annotation. Anonymous officials, "according to her", participial
// attributions ("…, telling the BBC that"), "the diplomat said", heckles,
// "the Tory leader" for a person named without a role, and an organisation
// quoted by two outlets. The floors are the figures the command reaches.
func TestScoreRealistic3(t *testing.T) {
	checkScores(t, "testdata/realistic3", floors{1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00})
}
