package quotes

import "testing"

// TestStatementAndAffiliation covers texts quoted as a statement from an
// organisation and speakers whose affiliation names an organisation after
// "of" ("Greaves of King's College London").
func TestStatementAndAffiliation(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"statement from a named organisation read",
			"The test is new.\n\nA statement from the Pancreatic Action Trust read: \"Today's findings give real hope.\"",
			"Today's findings give real hope.", "Pancreatic Action Trust", MethodOrganisation},
		{"letter by an organisation",
			"Talks failed.\n\nA letter by the Harbour Residents Association said: \"We were never consulted.\"",
			"We were never consulted.", "Harbour Residents Association", MethodOrganisation},
		{"affiliation with a possessive name after of",
			"Professor Alan Greaves of King's College London called the study \"a promising piece of work\" but said: \"It is not a screening programme.\"",
			"It is not a screening programme.", "Alan Greaves", MethodContinuation},
	})
}
