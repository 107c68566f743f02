package quotes

import "testing"

// TestSpeakerPatterns covers attribution patterns of varied news: each case
// names the quotation (by its text) and the speaker and method it must get.
// speakerCase is an article, one of its quotations, and who said it.
type speakerCase struct {
	name, article, quote, speaker, method string
}

// runSpeakerCases checks each case's quotation has the speaker and method.
func runSpeakerCases(t *testing.T, tests []speakerCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs, _ := extract(tc.article)
			for _, q := range qs {
				if q.Text != tc.quote {
					continue
				}
				if q.Speaker != tc.speaker || q.SpeakerMethod != tc.method {
					t.Errorf("%q: speaker %q (%s), want %q (%s)", q.Text, q.Speaker, q.SpeakerMethod, tc.speaker, tc.method)
				}
				return
			}
			t.Fatalf("quotation %q not found in %+v", tc.quote, qs)
		})
	}
}

func TestSpeakerPatterns(t *testing.T) {
	tests := []speakerCase{
		{"role by title words, not latest of head noun",
			"White House press secretary Jen Psaki and Health Secretary Tom Price met. Price spoke first.\n\n\"We agree,\" the press secretary said.",
			"We agree,", "Jen Psaki", MethodRole},
		{"abbreviated title matches its role noun",
			"Dr. Malik Dlamini’s office declined to comment.\n\n“That is why we are bold,” said the doctor.",
			"That is why we are bold,", "Malik Dlamini", MethodRole},
		{"role in an appositive before the name",
			"The city's chief engineer, Marta Kowalski, said the bridge was safe.\n\nMayor John Ruiz agreed.\n\n\"It will hold,\" the chief engineer added.",
			"It will hold,", "Marta Kowalski", MethodRole},
		{"lower-case role words before a name",
			"Council member Leila Espinoza criticized the plan.\n\nGovernor Quinn Muller spoke too.\n\n\"We do not want it,\" the council member said.",
			"We do not want it,", "Leila Espinoza", MethodRole},
		{"two-word role after the quotation",
			"Chief executive Marco Fischer’s office declined to comment. Union leader Pierre Toussaint spoke.\n\n“We want to rescue the list,” the chief executive added.",
			"We want to rescue the list,", "Marco Fischer", MethodRole},
		{"unresolved attribution is not a continuation",
			"Mayor Ann Lee spoke.\n\n\"We are ready,\" Lee said.\n\n\"It is late,\" the spokesman said.",
			"It is late,", "", ""},
		{"pronoun after paragraphs without people",
			"Judge Joanna Krause defended the plan.\n\nCritics say it was rushed.\n\nRegulars said the bar was busy.\n\nThe fire service was silent.\n\n“I absolutely,” she said, “am ready.”",
			"I absolutely,", "Joanna Krause", MethodPronoun},
		{"pronoun to a possessive name of the right gender",
			"Senator Franz Romero defended the tribunal.\n\nRussian President Aisha Nowak’s office did not respond.\n\n‘We want to protect this,’ she told reporters.",
			"We want to protect this,", "Aisha Nowak", MethodPronoun},
		{"pronoun to the latest subject over an earlier speaker",
			"Governor Wanjiru Beaumont questioned the recall.\n\nKeiko Lambert, the doctor, said: \"We must pause.\"\n\nThe governor has dismissed the embargo as a failure.\n\nShe told reporters that \"nobody wants to reopen the reef.\"",
			"nobody wants to reopen the reef.", "Wanjiru Beaumont", MethodPronoun},
		{"byline author is not a speaker",
			"By Joanna Gallagher\n\nSuperintendent Hannah Ortega’s office did not respond.\n\n\"We are ready,\" she explained.",
			"We are ready,", "Hannah Ortega", MethodPronoun},
		{"capitalised name after the is not a person",
			"Mayor Leila Espinoza’s office declined to comment.\n\nThe Lakeshore Record’s requests for comment were not returned.\n\n“We’ll challenge it,” she insisted.",
			"We’ll challenge it,", "Leila Espinoza", MethodPronoun},
		{"subject of an embedded clause is not the antecedent",
			"White House press secretary Jen Psaki spoke.\n\nWhen Psaki was later asked if President Biden regretted the remarks, she said, \"Nope.\"",
			"Nope.", "Jen Psaki", MethodPronoun},
		{"subject with a time adjunct before its verb",
			"Governor Anna Weber on Thursday questioned the plan sent by Mayor Joanna Ruiz.\n\n\"It is wrong,\" she said.",
			"It is wrong,", "Anna Weber", MethodPronoun},
		{"news outlet in the possessive is not a person",
			"Mayor Leila Espinoza’s office declined to comment.\n\nLakeshore Record’s requests for comment were not returned.\n\n“We’ll challenge it,” she insisted.",
			"We’ll challenge it,", "Leila Espinoza", MethodPronoun},
		{"pronoun chain carries a person past the window",
			"Council member Leila Espinoza said: \"We object.\"\n\nThe report was late.\n\nAdvertisement\n\nIn a statement on Wednesday, she referred to the exam.\n\nThe council met.\n\nThe vote was close.\n\nThe hall was full.\n\n“We’ll challenge it,” she insisted.",
			"We’ll challenge it,", "Leila Espinoza", MethodPronoun},
		{"longest role phrase after according to",
			"Chief executive Mei Pereira spoke.\n\nPolice Chief Stefan Olsen spoke.\n\nAccording to the chief executive, \"Nobody is bitter.\"",
			"Nobody is bitter.", "Mei Pereira", MethodRole},
		{"role noun in the possessive is a mention",
			"Police Chief Samuel Bianchi said, \"We will rebuild.\"\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nThe police chief's remarks drew criticism.\n\nFive.\n\nHe argued: \"We want to expand every toll.\"",
			"We want to expand every toll.", "Samuel Bianchi", MethodPronoun},
		{"singular they",
			"Mayor Rowan Morales defended the plan.\n\n‘Who is going to pay?’ Morales said.\n\nThe Civic Post’s requests for comment were not returned.\n\nThey told reporters that ‘we will reopen the quarry.’",
			"we will reopen the quarry.", "Rowan Morales", MethodPronoun},
		{"plural they stays unknown",
			"Jane Smith left on Monday, police said. \"We will find her,\" they said.",
			"We will find her,", "", ""},
		{"they with a gendered person stays unknown",
			"Governor Tom Walsh spoke.\n\n\"We will win,\" they said.",
			"We will win,", "", ""},
	}
	runSpeakerCases(t, tests)
}

// TestSpeakerPatternsNews covers attributions of sports, court and business
// reporting: descriptors, organisations, appositive clauses, colon intros.
func TestSpeakerPatternsNews(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"age descriptor names the person of that age",
			"Captain Ryan Pike, 31, headed in. Manager Sean Doherty was furious.\n\n\"We're all gutted,\" said the 31-year-old.",
			"We're all gutted,", "Ryan Pike", MethodRole},
		{"demonym descriptor names the latest subject",
			"Striker Jules Moreau scored twice. Moreau was in a great mood.\n\n\"We showed character,\" the Frenchman said.",
			"We showed character,", "Jules Moreau", MethodRole},
		{"demonym descriptor names a one-word subject",
			"Manager Sean Doherty was not happy.\n\nNine goals in 10 games. Moreau was in a great mood.\n\n\"We showed character,\" the Frenchman said.",
			"We showed character,", "Moreau", MethodRole},
		{"pronoun to a subject past its relative clause",
			"Prosecutor Simon Castle spoke. \"It was deliberate,\" Mr Castle said.\n\nGraham Whitlock, who pleaded guilty at an earlier hearing, wept in the dock.\n\nIn a letter, he wrote: \"I am sorry.\"",
			"I am sorry.", "Graham Whitlock", MethodPronoun},
		{"role in apposition before a titled name",
			"The hospice's chief executive, Dr Fiona Hart, spoke. Mayor Ann Lee spoke.\n\n\"It has been hard,\" the chief executive said.",
			"It has been hard,", "Fiona Hart", MethodRole},
		{"organisation as subject",
			"Whitlock was jailed.\n\nThe Crown Prosecution Service said in a statement: \"Today's sentence reflects his offending.\"",
			"Today's sentence reflects his offending.", "Crown Prosecution Service", MethodOrganisation},
		{"organisation after the quotation",
			"Whitlock was jailed.\n\n\"Today's sentence reflects his offending,\" the Crown Prosecution Service said.",
			"Today's sentence reflects his offending,", "Crown Prosecution Service", MethodOrganisation},
		{"no pronoun stands for an organisation",
			"The Crown Prosecution Service said: \"Justice was done.\"\n\n\"We are pleased,\" he said.",
			"We are pleased,", "", ""},
		{"a name that goes on is not an organisation subject",
			"Biden spoke. He warned that the United States will act if Russia continues to \"attack\" Ukraine.",
			"attack", "", ""},
		{"colon after a sentence with no reporting verb",
			"Lumora cut jobs.\n\nHalden Securities analyst Priyanka Rao was blunter: \"The stock is dead money.\"",
			"The stock is dead money.", "Priyanka Rao", MethodExplicit},
	})
}

func TestQuoteAcrossParagraphsSingleMarks(t *testing.T) {
	qs, ws := extract("She said: ‘We are reckless.\n\n‘This website should recover every deficit.’\n")
	if len(qs) != 2 || qs[0].Text != "We are reckless." || qs[1].Utterance != qs[0].ID || len(ws) != 0 {
		t.Fatalf("got %+v, warnings %v", qs, ws)
	}
}

func TestKindAfterAccordingTo(t *testing.T) {
	qs, _ := extract("According to Governor Quinn Muller, “Let me be clear: I am quiet.”")
	if len(qs) != 1 || qs[0].Kind != KindUtterance || qs[0].Speaker != "Quinn Muller" {
		t.Fatalf("got %+v", qs)
	}
}

func TestKindAfterVerbObjectThat(t *testing.T) {
	for _, text := range []string{
		"Mayor Rowan Morales told reporters that ‘the port will reopen in May.’",
		"Mayor Rowan Morales said on Monday that \"the port will reopen in May.\"",
	} {
		qs, _ := extract(text)
		if len(qs) != 1 || qs[0].Kind != KindUtterance || qs[0].Speaker != "Rowan Morales" {
			t.Errorf("%s: got %+v", text, qs)
		}
	}
}
