package align

import "testing"

// TestRetoldCoverage checks evidence.need: two translations of one remark
// credited to one person match at RetoldCoverage when their matched words
// weigh enough, and at MinCoverage otherwise.
func TestRetoldCoverage(t *testing.T) {
	tests := []struct {
		name string
		ev   evidence
		w    float64
		want float64
	}{
		{"one person, weighty match", evidence{person: true, vouched: true}, retoldInformative, retoldCoverage},
		{"one person, light match", evidence{person: true, vouched: true}, retoldInformative - 0.1, minCoverage},
		{"one organisation", evidence{vouched: true}, retoldInformative, minCoverage},
		{"speaker unknown", evidence{}, retoldInformative, minCoverage},
		{"speakers conflict", evidence{conflict: true}, retoldInformative, conflictCoverage},
	}
	for _, tt := range tests {
		if got := tt.ev.need(tt.w); got != tt.want {
			t.Errorf("%s: need = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestTwoTranslationsOfOnePerson aligns two agencies' renderings of one
// spokeswoman's remark that share under half their words, and keeps them
// apart when one outlet credits nobody.
func TestTwoTranslationsOfOnePerson(t *testing.T) {
	texts := []string{
		"China urges the Philippine side to stop its provocations immediately and return to the right track of dialogue and consultation,",
		"China demands that the Philippines immediately stop its provocative acts and return to the correct path of dialogue and consultation,",
	}
	fill := []string{
		"The collision happened at about 6.40am on Friday near the reef.",
		"Two sailors were treated for minor injuries after the incident.",
		"We will not be bullied out of our own waters.",
		"The responsibility lies entirely with Manila.",
		"Our sailors were doing their jobs, delivering food and water to our troops.",
		"The Philippines will file a diplomatic protest today.",
		"This is what happens when we provoke a giant.",
		"Every day of delay costs lives.",
		"We are ready for talks, but only on the basis of the realities on the ground.",
		"Those who send weapons are prolonging the war, not ending it.",
		"No family that has lost its home will be left alone.",
		"We will rebuild every road, every school and every hospital within one year.",
		"Germany stands ready to support the people with medical teams.",
		"Relief has not reached the villages. People are drinking flood water.",
		"The Centre has been with us from the first hour.",
		"India is on the side of peace.",
		"Ukraine will not trade land for promises.",
		"Russia is not negotiating, it is stalling.",
		"The West will tire before we do.",
		"Entire villages here have simply vanished.",
	}
	items, v := testItems(append(texts, fill...)...)
	a, b := items[0], items[1]
	a.credit("Lin Jiayi")
	b.credit("Lin Jiayi")
	if _, ok := matchItems(&a, &b, v); !ok {
		t.Errorf("same person: two translations did not match")
	}
	b.credit("")
	if _, ok := matchItems(&a, &b, v); ok {
		t.Errorf("unknown speaker: two translations sharing under half their words matched")
	}
}
