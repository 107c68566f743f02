package quotes

import "testing"

// TestSameSpeakerHonorifics checks that courtesy titles of different
// genders printed with one name make two people, and that titles which
// agree, say no gender, or are missing on one side do not.
func TestSameSpeakerHonorifics(t *testing.T) {
	for _, c := range []struct {
		a, b Speaker
		same bool
	}{
		{Speaker{Name: "Tanaka", Role: "Mr."}, Speaker{Name: "Tanaka", Role: "Mrs."}, false},
		{Speaker{Name: "Tanaka", Role: "Mr"}, Speaker{Name: "Tanaka", Role: "Ms"}, false},
		{Speaker{Name: "Tanaka", Role: "Miss"}, Speaker{Name: "Tanaka", Role: "Mr."}, false},
		{Speaker{Name: "Tanaka", Role: "Ms."}, Speaker{Name: "Tanaka", Role: "Mrs."}, true},
		{Speaker{Name: "Tanaka", Role: "Mr."}, Speaker{Name: "Tanaka"}, true},
		{Speaker{Name: "Tanaka", Role: "Dr."}, Speaker{Name: "Tanaka", Role: "Mrs."}, true},
		{Speaker{Name: "Tanaka", Role: "Mr."}, Speaker{Name: "Tanaka", Role: "prime minister"}, true},
		{Speaker{Name: "Tanaka", Role: "Mr."}, Speaker{Name: "Sato", Role: "Mr."}, false},
	} {
		if got := c.a.Same(c.b); got != c.same {
			t.Errorf("%q %q / %q %q: same %v, want %v", c.a.Role, c.a.Name, c.b.Role, c.b.Name, got, c.same)
		}
		if got := c.a.Conflict(c.b); got == c.same {
			t.Errorf("%q %q / %q %q: conflict %v, want %v", c.a.Role, c.a.Name, c.b.Role, c.b.Name, got, !c.same)
		}
	}
}
