package quotes

import "testing"

// TestSpeakerManyVoices covers attributions of articles quoting many
// people: a colon after a sentence whose subject is named with an
// appositive, a named organisation with "of" in its name, one taken up
// again by its head noun ("the board"), and a bare role that stands for
// the subject of the sentence before ("the candidate").
func TestSpeakerManyVoices(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"colon after a sentence whose named subject has an appositive",
			"Rescuers worked all night.\n\nTomás Ruiz, a firefighter leading one of the teams, described the conditions: “The water is strong.”",
			"The water is strong.", "Tomás Ruiz", MethodExplicit},
		{"colon after a sentence whose subject is a surname",
			"Denise Carver won on Tuesday.\n\nCarver took the stage just before midnight and thanked her volunteers: “Tonight we won.”",
			"Tonight we won.", "Denise Carver", MethodExplicit},
		{"organisation named then taken up by its head noun",
			"The Harbor County Board of Elections said results would be certified. \"Every ballot will be counted,\" the board said.",
			"Every ballot will be counted,", "Harbor County Board of Elections", MethodOrganisation},
		{"organisation's statement after a colon",
			"Results came in late.\n\nThe Harbor County Board of Elections said in a statement: \"Every ballot will be counted.\"",
			"Every ballot will be counted.", "Harbor County Board of Elections", MethodOrganisation},
		{"bare role nobody has, after a sentence naming its subject",
			"Denise Carver, a former council member, declared victory. \"Tonight we won,\" the candidate told supporters.",
			"Tonight we won,", "Denise Carver", MethodRole},
		{"bare role nobody has, opening a paragraph after a quotation",
			"Denise Carver addressed the ballroom. \"Tonight we won,\" Carver said.\n\n\"We ran on buses,\" the mayor-elect said.",
			"We ran on buses,", "Denise Carver", MethodRole},
		{"a spokesman is not the subject of the sentence before",
			"Mark Holloway conceded. \"We are proud,\" the spokesman said.",
			"We are proud,", "", ""},
	})
}
