package quotes

import "testing"

// TestPoliticsAttribution covers attribution forms of political and
// diplomatic reporting: anonymous officials, "according to her",
// participial and absolute clauses, epithets standing for a named person,
// heckles, and subordinate clauses after a quotation.
func TestPoliticsAttribution(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"anonymous official after the quotation is nobody, not the last speaker",
			"President Tom Hale wrote on X: \"We go to Geneva.\"\n\n\"Nobody should expect a joint statement,\" a senior administration official, who spoke on condition of anonymity, told reporters.",
			"Nobody should expect a joint statement,", "", ""},
		{"anonymous official before the quotation is nobody",
			"\"We go,\" President Tom Hale said.\n\nA senior official, speaking on condition of anonymity, said \"nothing is agreed.\"",
			"nothing is agreed.", "", ""},
		{"according to a pronoun",
			"Spokeswoman Maria Kovaleva spoke in Moscow. According to her, Helsinki has \"chosen confrontation\" on orders.",
			"chosen confrontation", "Maria Kovaleva", MethodPronoun},
		{"participle after a comma takes the sentence's subject",
			"Prime Minister Richard Ashdown defended the deal on Wednesday, telling the BBC that \"nobody voted to be poorer.\"",
			"nobody voted to be poorer.", "Richard Ashdown", MethodExplicit},
		{"participle after a comma with an organisation as subject",
			"Moscow was angry. The Kremlin also weighed in, calling the expulsions an \"unfriendly step\".",
			"unfriendly step", "Kremlin", MethodOrganisation},
		{"absolute clause with a name after with",
			"The White House ruled out concessions, with press secretary Nina Calloway telling reporters it would not \"negotiate in public\".",
			"negotiate in public", "Nina Calloway", MethodExplicit},
		{"epithet noun stands for the person named before",
			"Russian Foreign Ministry spokeswoman Maria Kovaleva said at a briefing on Wednesday that Russia would respond.\n\n\"Moscow's response will not be long in coming,\" the diplomat said.",
			"Moscow's response will not be long in coming,", "Maria Kovaleva", MethodRole},
		{"heckle is nobody's words but the crowd's",
			"\"He has sold our waters,\" Mr Graham Thorne told MPs, to cries of \"Rubbish!\" from the government benches.",
			"Rubbish!", "", ""},
		{"was heard to shout, and a subordinate clause after the quotation",
			"Graham Thorne spoke first.\n\nForeign Secretary Priya Lal, sitting beside him, was heard to shout \"Nonsense!\" as Thorne spoke.",
			"Nonsense!", "Priya Lal", MethodExplicit},
	})
}

// TestQualifiedOfficeRole covers a qualified office phrase ("the Tory
// leader") standing for a person named without a role, and the cases it
// must leave alone.
func TestQualifiedOfficeRole(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"qualified office for a person named without a role",
			"Richard Ashdown spoke first.\n\nThe prime minister faced Graham Thorne across the despatch box.\n\n\"He has sold our waters,\" the Tory leader said.",
			"He has sold our waters,", "Graham Thorne", MethodRole},
		{"bare office noun is not guessed",
			"Graham Thorne spoke first.\n\n\"He has sold our waters,\" the leader said.",
			"He has sold our waters,", "", ""},
		{"a person with another role does not fit",
			"Mayor Ann Lee spoke.\n\n\"It is late,\" the Tory leader said.",
			"It is late,", "", ""},
		{"nobody within two paragraphs",
			"Graham Thorne spoke.\n\nIt rained.\n\nThe vote was close.\n\nThe bill passed.\n\n\"It is late,\" the Tory leader said.",
			"It is late,", "", ""},
	})
}
