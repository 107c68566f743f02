package quotes

import "testing"

func TestSameSpeaker(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"Martin Luther King Jr.", "King", true},
		{"José Álvarez", "Alvarez", true},
		{"José Álvarez", "Jose Alvarez", true},
		{"Dr. Priya Raman", "Raman", true},
		{"Joe Biden", "Joseph Biden", true},
		{"J. Smith", "John Smith", true},
		{"Meera Patnaik", "Rohan Patnaik", false},
		{"Rohan", "Rohan Patnaik", true},       // the given name alone, as an outlet prints someone it has named
		{"Rohan Patnaik", "Rohan", true},       // either way round
		{"Rohan", "Meera Patnaik", false},      // another given name
		{"Rohan Vell", "Rohan Patnaik", false}, // two family names
		{"Putin", "Vladimir Putin", true},
		{"Harbor City Alderman Jason Ervin", "Jason Ervin", true}, // words before the name no title list holds
		{"Jason Ervin", "Chicago Alderman Jason C. Ervin", true},
		{"Harbor City Alderman Jason Ervin", "Carla Ervin", false},
		{"Ana Maria Ruiz", "Maria Ruiz", true},
		{"Chicago Alderman Jason C. Ervin", "Charles Ervin", false}, // an initial or a shortening decides only as the first word
		{"O’Brien", "Sean O'Brien", true},
		{"O\u02bcBrien", "Sean O'Brien", true}, // a modifier-letter apostrophe, folded as align folds words
		{"Psaki's", "Jen Psaki", true},
		{"Putin", "Biden", false},
		{"Shri Sahni", "Vikram Sahni", true},
		{"", "Biden", false},
		{"", "", false},
	}
	for _, c := range cases {
		if got := SameSpeaker(c.a, c.b); got != c.want {
			t.Errorf("SameSpeaker(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestSpeakerConflictAndInferred(t *testing.T) {
	a := Speaker{Name: "Tomás Ruiz", Method: MethodExplicit}
	if a.Conflict(Speaker{Name: "Ruiz", Method: MethodPronoun}) {
		t.Error("Tomás Ruiz and Ruiz conflict")
	}
	if !a.Conflict(Speaker{Name: "Carla Souza", Method: MethodExplicit}) {
		t.Error("Tomás Ruiz and Carla Souza do not conflict")
	}
	if a.Conflict(Speaker{}) {
		t.Error("a known and an unknown speaker conflict")
	}
	for m, want := range map[string]bool{MethodExplicit: false, MethodOrganisation: false, MethodPronoun: true,
		MethodContinuation: true, MethodReported: true, MethodRole: true, MethodDocument: true} {
		if got := (Speaker{Name: "X", Method: m}).Inferred(); got != want {
			t.Errorf("Inferred(%s) = %v, want %v", m, got, want)
		}
	}
	if !(Speaker{Name: "Kim Lee", Aliases: []string{"Lee Kim-ho"}}).Same(Speaker{Name: "Kim-ho"}) {
		t.Error("an alias is not compared")
	}
}
