package eval

import (
	"testing"
)

func TestNorm(t *testing.T) {
	tests := map[string]string{
		"You’ll see it shortly,":       "you'll see it shortly",
		"“Quite  Busy”":                "quite busy",
		"ＦＵＬＬ width — dash":            "full width dash",
		"evaluate [a person's] action": "evaluate a person's action",
		"":                             "",
	}
	for in, want := range tests {
		if got := Norm(in); got != want {
			t.Errorf("Norm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSimilarity(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"It takes one to know one.", "it takes one to know one", 1},
		{"you'll see it shortly", "you’ll see shortly", 0.75},
		{"a b c d e", "x y z", 0},
		{"", "x", 0},
	}
	for _, tt := range tests {
		if got := Similarity(tt.a, tt.b); got != tt.want {
			t.Errorf("Similarity(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSurname(t *testing.T) {
	tests := map[string]string{"Jen Psaki": "psaki", "Martin Luther King Jr.": "king", "José Núñez": "nunez", "Biden's": "biden", "": ""}
	for in, want := range tests {
		if got := Surname(in); got != want {
			t.Errorf("Surname(%q) = %q, want %q", in, got, want)
		}
	}
}

func cluster(s string) *string { return &s }

// TestScores checks every figure on a small hand-made case with known answers.
func TestScores(t *testing.T) {
	g := &Gold{
		Quotes: []GoldQuote{
			{Source: "a.txt", Text: "you'll see it shortly", Speaker: "Joe Biden", Kind: "utterance", Cluster: cluster("c1")},
			{Source: "b.txt", Text: "you'll see shortly", Speaker: "Joe Biden", Kind: "utterance", Cluster: cluster("c1")},
			{Source: "a.txt", Text: "Nope.", Speaker: "Jen Psaki", Kind: "utterance", Cluster: cluster("c2")},
			{Source: "b.txt", Text: "Nope.", Speaker: "Jen Psaki", Kind: "utterance", Cluster: cluster("c2")},
			{Source: "b.txt", Text: "attack", Speaker: "", Kind: "fragment"},
		},
		Material: map[string]bool{"c1": true, "c2": false},
	}
	pred := []Quote{
		{ID: "a1", Source: "a.txt", Text: "you’ll see it shortly", Speaker: "Biden"},
		{ID: "b1", Source: "b.txt", Text: "you'll see shortly,", Speaker: "Psaki"},
		{ID: "a2", Source: "a.txt", Text: "Nope.", Speaker: "Jen Psaki"},
		{ID: "b2", Source: "b.txt", Text: "Nope.", Speaker: "Psaki"},
		{ID: "b3", Source: "b.txt", Text: "something else entirely"},
		{ID: "z1", Source: "unscored.txt", Text: "ignored"},
	}
	ex := ScoreExtract(g, pred)
	if ex.Recall != 0.8 || ex.Precision != 0.8 || ex.SpeakerAccuracy != 0.75 {
		t.Errorf("extract = %+v, want recall 0.8, precision 0.8, speaker 0.75", ex)
	}
	us := []Utterance{
		{ID: "u1", Quotes: []string{"a1", "b1"}, Severity: 3},
		{ID: "u2", Quotes: []string{"a2"}, Severity: 0},
		{ID: "u3", Quotes: []string{"b2", "b3"}, Severity: 0},
	}
	al := ScoreAlign(g, pred, us)
	if al.GoldPairs != 2 || al.Pairs != 1 || al.Recall != 0.5 || al.Precision != 1 {
		t.Errorf("align pairs = %+v, want 2 gold pairs, 1 predicted, recall 0.5, precision 1", al)
	}
	if al.VerdictAccuracy != 1 || al.ConflictsFound != 1 {
		t.Errorf("verdicts = %+v, want all right", al)
	}
}
