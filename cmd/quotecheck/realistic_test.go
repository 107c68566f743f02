package main

import (
	"path/filepath"
	"testing"
)

// scoredSets are the hand-annotated article sets in testdata, each with
// what it exercises and the floors the command must reach on it (the
// figures it reaches today). Speaker conflicts score 1 on a set whose
// annotation has none, so that floor still fails if a conflict is missed
// once one is annotated.
var scoredSets = []struct {
	dir  string
	what string
	floors
}{
	{"testdata/seeds", "the four articles the project started from",
		floors{0.95, 0.95, 0.90, 0.90, 0.90, 0.90, 1.00}},
	{"testdata/realistic", "three stories by wire services, broadcasters and newspapers: attributions with ages, titles and relative clauses, unnamed spokespeople, quotations carried over paragraphs, British single marks, an HTML page with its furniture, Markdown with front matter, two translations of one remark",
		floors{1.00, 1.00, 1.00, 0.96, 1.00, 1.00, 1.00}},
	{"testdata/realistic2", "a football match, a Crown Court sentencing and company results: attributions by age, nationality, role after a title, organisation, and a colon after a sentence with no reporting verb",
		floors{1.00, 1.00, 0.96, 0.95, 1.00, 1.00, 1.00}},
	{"testdata/realistic3", "diplomacy and parliament laid out as scraped pages arrive (section labels, doubled headlines, Advertisement lines, no blank lines): anonymous officials, participial attributions, heckles, an organisation quoted by two outlets",
		floors{1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00}},
	{"testdata/realistic4", "the international and relayed press (\"…,\" he said, ABC News reported), family names first, a sister and brother sharing a surname, one outlet crediting the wrong person, a JSON Lines file of two records",
		floors{1.00, 1.00, 0.94, 0.96, 1.00, 1.00, 1.00}},
	{"testdata/realistic5", "a flood and an election night, five to seven voices a story: speakers by role then name, \"she went on\", colons after a sentence naming the speaker, back-to-back quotations from people of the same gender",
		floors{1.00, 1.00, 0.98, 0.95, 1.00, 1.00, 1.00}},
	{"testdata/realistic6", "a medical study and a dock strike: statements from organisations, possessive affiliations, a chant and a placard, headline phrases from a sentence the article does not print (\"the charity said\" is left unresolved)",
		floors{1.00, 1.00, 0.97, 1.00, 1.00, 1.00, 1.00}},
}

// TestScoreSets scores the whole command on every annotated set against
// its hand annotation, and fails each figure below its floor.
func TestScoreSets(t *testing.T) {
	listed := map[string]bool{}
	for _, s := range scoredSets {
		listed[s.dir] = true
		t.Run(filepath.Base(s.dir), func(t *testing.T) {
			t.Log(s.what)
			checkScores(t, s.dir, s.floors)
		})
	}
	dirs, err := filepath.Glob("testdata/realistic*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no testdata/realistic* sets: %v", err)
	}
	for _, d := range dirs {
		if !listed[filepath.ToSlash(d)] {
			t.Errorf("%s has no floors in scoredSets", d)
		}
	}
}

// TestFloorsNotZero: a floor of 0 is a test that cannot fail.
func TestFloorsNotZero(t *testing.T) {
	for _, s := range scoredSets {
		f := s.floors
		for _, v := range []float64{f.recall, f.precision, f.speakers, f.alignRecall, f.alignPrecision, f.verdict, f.conflicts} {
			if v <= 0 {
				t.Errorf("%s has a floor of %v", s.dir, v)
			}
		}
	}
}
