package quotes

import "testing"

// TestNewsAttribution covers attributions as wire services and newspapers
// write them: appositives with ages and relative clauses, roles with a
// place or body after them, unnamed sources, objects before a colon and
// role nouns opening a sentence. Each case names the quotation and the
// speaker and method it must get.
func TestNewsAttribution(t *testing.T) {
	tests := []speakerCase{
		{"continuation past a body named in the appositive",
			"\"We warned them,\" said Alan Price, president of Teamsters Local 20, which represents 900 drivers.\n\n\"Nobody listened.\n\n\"We are ready.\"",
			"Nobody listened.", "Alan Price", MethodContinuation},
		{"second quotation of the paragraph after a body in the appositive",
			"\"No,\" said Alan Price, head of Carpenters Union Local 9. \"Not now.\"",
			"Not now.", "Alan Price", MethodContinuation},
		{"age and relative clause between subject and verb",
			"Mayor Kate Moss spoke first.\n\nEmma Bell, 31, who runs a bakery in Leeds, said the road mattered.\n\n\"We lost half our trade,\" she said.",
			"We lost half our trade,", "Emma Bell", MethodPronoun},
		{"role with a place after it",
			"Senator Jim Hale spoke on Monday.\n\n\"It is wrong,\" the senator from Iowa said.",
			"It is wrong,", "Jim Hale", MethodRole},
		{"role with a body after it, verb first",
			"Director Sara Lind spoke.\n\n\"It is closed,\" said the director of the agency.",
			"It is closed,", "Sara Lind", MethodRole},
		{"according to an unnamed spokesperson is not a continuation",
			"Judge Ann Cole spoke.\n\n\"We are done,\" Cole said.\n\n\"The spill was hidden for hours,\" according to a spokesperson for the agency.",
			"The spill was hidden for hours,", "", ""},
		{"indefinite role and name in apposition after the quotation",
			"\"We urge calm,\" a commission spokeswoman, Anna Berg, said.",
			"We urge calm,", "Anna Berg", MethodExplicit},
		{"object of the verb before a colon",
			"Mayor Paul Roux told the daily Ouest France: \"We are angry.\"",
			"We are angry.", "Paul Roux", MethodExplicit},
		{"role noun opening a sentence is not part of the name",
			"Campaigner Sue Hart wrote on X: \"Nothing changes.\"",
			"Nothing changes.", "Sue Hart", MethodExplicit},
		{"role noun opening a sentence, then a pronoun",
			"Campaigner Sue Hart spoke.\n\nAngler Tom Birch, 67, said the river was dead.\n\n\"It was a catastrophe,\" he said.",
			"It was a catastrophe,", "Tom Birch", MethodPronoun},
		{"an age in apposition marks a person",
			"\"My father fished here,\" said Tavish Quenby, 46, who captains a trawler.",
			"My father fished here,", "Tavish Quenby", MethodExplicit},
		{"a company in the appositive before the verb",
			"Owen Lake, chief executive of Anglia Water, said: \"We are sorry.\"",
			"We are sorry.", "Owen Lake", MethodExplicit},
	}
	runSpeakerCases(t, tests)
}
