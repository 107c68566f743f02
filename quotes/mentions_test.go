package quotes

import (
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/sources"
)

func peopleOf(text string) *personTable {
	src := sources.FromText("t", text)
	paras, spans, _, _ := scanText(src.Text)
	return findPeople(tokenize(src.Text, paras, spans))
}

// Gender is learned from the article: an honorific, or a subject pronoun
// opening the sentence after one whose subject is the only person.
func TestLearnGenders(t *testing.T) {
	cases := []struct {
		text, person string
		want         byte
	}{
		{"Head.\n\nMs. Ozren Kvaternik spoke first.\n", "Ozren Kvaternik", 'f'},
		{"Head.\n\nMr Alix Brenner left early.\n", "Alix Brenner", 'm'},
		{"Head.\n\nAlix Brenner arrived late. She said little.\n", "Alix Brenner", 'f'},
		{"Head.\n\nAlix Brenner met Jo Tamm. She said little.\n", "Alix Brenner", 0},
		{"Head.\n\nTavia Okoro, a mother of three, spoke first.\n", "Tavia Okoro", 'f'},
		{"Head.\n\nBrannoc Hale, a retired councilman, spoke first.\n", "Brannoc Hale", 'm'},
		{"Head.\n\nTavia Okoro, the mayor's husband, spoke first.\n", "Tavia Okoro", 'm'},
		{"Head.\n\nBrannoc Hale, the mother's lawyer, spoke first.\n", "Brannoc Hale", 0},
		{"Head.\n\nBrannoc Hale, a lawyer for the mother, spoke first.\n", "Brannoc Hale", 0},
		{"Head.\n\nBrannoc Hale, the mayor, met the mother of the boy.\n", "Brannoc Hale", 0},
		{"Head.\n\nThe report cited Alix Brenner. He said little.\n", "Alix Brenner", 0},
	}
	for _, c := range cases {
		if got := peopleOf(c.text).genders[c.person]; got != c.want {
			t.Errorf("%q: gender of %s = %q, want %q", c.text, c.person, got, c.want)
		}
	}
}

// A known first name decides nothing about whether a name is a person's:
// "Grace Valley" with no title, role, age or cue is not certain.
func TestFirstNameDecidesNothing(t *testing.T) {
	pp := peopleOf("Head.\n\nGrace Valley grew.\n")
	if pp.certain("Grace Valley") {
		t.Error("a first-name list decided that Grace Valley is a person")
	}
}

// Resolving every pronoun of one giant paragraph looks back a bounded
// distance: the work per pronoun does not grow with the paragraph.
func TestPronounSearchBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("Head.\n\nAlix Brenner arrived.")
	for range 3000 {
		b.WriteString(" The crowd waited and the rain fell on the square.")
	}
	b.WriteString(" \"We stay,\" she said.\n")
	qs, _ := NewExtractor().Extract(sources.FromText("t", b.String()))
	if len(qs) != 1 || qs[0].Speaker != "" {
		t.Errorf("got %+v, want one quotation whose pronoun finds nobody within reach", qs)
	}
}

// A two-word name the article prints after "in" or "the" is a place or an
// event, not a person, though no list of places holds it.
func TestPlacesAreNoSpeakers(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"place", "Head.\n\nFloods hit homes in Nova Vela overnight.\n\n\"We will rebuild,\" said Nova Vela.\n", ""},
		{"event", "Head.\n\nThe Harbor Shield drew a crowd.\n\n\"We will win,\" said Harbor Shield.\n", ""},
		{"person", "Head.\n\nNova Vela farms the valley.\n\n\"We will rebuild,\" said Nova Vela.\n", "Nova Vela"},
	}
	for _, c := range cases {
		qs, _ := NewExtractor().Extract(sources.FromText("t", c.text))
		if len(qs) != 1 || qs[0].Speaker != c.want {
			t.Errorf("%s: got %+v, want one quotation by %q", c.name, qs, c.want)
		}
	}
}
