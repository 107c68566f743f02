package quotes

import (
	"math"
	"strings"
	"testing"
	"unicode"
)

// tokenize is tokenizeUpTo without a limit, for tests that read the tokens
// of a whole short text.
func tokenize(text string, paras []paragraph, spans []span) []token {
	toks, _ := tokenizeUpTo(text, paras, spans, math.MaxInt)
	return toks
}

func TestTokenLowerForms(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Mayor Ines Okafor left.", "mayor ines okafor left ."},
		{"ÉCOLE Zoë AÉ McAdam İZMİR ÇA", "école zoë aé mcadam izmir ça"},
		{"the Kelvin sign \u212a and 3rd", "the kelvin sign k and 3rd"},
	} {
		paras, spans, _, _ := scanText(tc.text)
		toks := tokenize(tc.text, paras, spans)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.lower)
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("%q: lower forms %q, want %q", tc.text, s, tc.want)
		}
	}
}

func TestTokenLowerFormsStopAtLimit(t *testing.T) {
	text := "Ann Lee met Bo Diaz."
	paras, spans, _, _ := scanText(text)
	toks, stop := tokenizeUpTo(text, paras, spans, 3)
	if len(toks) != 3 || stop != strings.Index(text, " Bo") {
		t.Fatalf("tokenizeUpTo(3) = %d tokens, stop %d", len(toks), stop)
	}
	for i, want := range []string{"ann", "lee", "met"} {
		if toks[i].lower != want {
			t.Errorf("token %d lower %q, want %q", i, toks[i].lower, want)
		}
	}
}

func TestIsAbbreviation(t *testing.T) {
	for _, w := range []string{"gov.", "Gov.", "GOV.", "sen.", "Jan.", "said.", "É.", "Dépt.", "a-very-long-word-that-is-no-abbreviation."} {
		if got, want := isAbbreviation(w), abbreviations[strings.ToLower(w)]; got != want {
			t.Errorf("isAbbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestIsWordASCII(t *testing.T) {
	for r := rune(0); r < 0x300; r++ {
		if got, want := isWord(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Errorf("isWord(%q) = %v, want %v", r, got, want)
		}
	}
}

func TestLastWord(t *testing.T) {
	for _, s := range []string{"", " ", "Ana", "Ana Lima", "  Ana  Lima \t", "Ana\u00a0Lima", "Zoë Ünal\u2003", "bad\xff bytes\xfe"} {
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := lastWord(s); got != want {
			t.Errorf("lastWord(%q) = %q, want %q", s, got, want)
		}
	}
}
