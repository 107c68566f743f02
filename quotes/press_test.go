package quotes

import "testing"

// TestInternationalPressAttribution covers attribution forms of
// international English-language press relaying each other: relatives
// sharing a surname, a family name printed first, "the PM", a descriptor
// with a modifier, a name in apposition to a role opening its sentence,
// and an indefinite phrase describing a quotation rather than naming its
// speaker.
func TestInternationalPressAttribution(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a sister and brother sharing a surname stay two people",
			"Chief Minister Meera Patnaik thanked the Centre. \"We are grateful today,\" she told reporters.\n\nOpposition MLA Rohan Patnaik, her brother, disagreed. \"It was slow,\" Rohan Patnaik said.",
			"We are grateful today,", "Meera Patnaik", MethodPronoun},
		{"a bare shared surname is the one named last",
			"Meera Patnaik spoke first.\n\nHer brother Rohan Patnaik disagreed. \"It was far too slow,\" Patnaik said.",
			"It was far too slow,", "Rohan Patnaik", MethodExplicit},
		{"a family name printed first",
			"Foreign ministry spokeswoman Lin Jiayi spoke in Beijing.\n\n\"China urges restraint now,\" Ms Lin said.",
			"China urges restraint now,", "Lin Jiayi", MethodExplicit},
		{"the PM is the prime minister",
			"Prime Minister Vikram Sahni toured Puri.\n\n\"We will rebuild every road,\" the PM said.",
			"We will rebuild every road,", "Vikram Sahni", MethodRole},
		{"a descriptor with a modifier",
			"Foreign Secretary Teodoro Villanueva spoke in Manila.\n\n\"We will not be bullied,\" the veteran diplomat said.",
			"We will not be bullied,", "Teodoro Villanueva", MethodRole},
		{"a name in apposition to a role is the subject a pronoun takes",
			"Russian President Anatoly Dorokhov said Tuesday that Moscow is open to talks.\n\"We are ready for talks,\" Dorokhov said, ABC News reported.\n\"Those who send weapons are prolonging the war,\" the 73-year-old said in comments carried by state media.\nAdvertisement\nUkraine's foreign minister, Olena Hrytsenko, dismissed the offer. \"Russia is not negotiating, it is stalling,\" she told the Kyiv Independent.",
			"Russia is not negotiating, it is stalling,", "Olena Hrytsenko", MethodPronoun},
		{"an indefinite phrase after a quotation describes it",
			"Olena Hrytsenko said Ukraine \"won't trade territory for promises,\" a stance Kremlin spokesman Yuri Pankov called \"unconstructive\".",
			"won't trade territory for promises,", "Olena Hrytsenko", MethodExplicit},
		{"an indefinite role with the name set off by commas still names the speaker",
			"\"We will respond,\" a Kremlin spokesman, Yuri Pankov, said.",
			"We will respond,", "Yuri Pankov", MethodExplicit},
	})
}
