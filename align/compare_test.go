package align

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// diffSig is the part of a Difference a table row checks.
type diffSig struct {
	kind               Kind
	subkind            string
	sev                Severity
	canonical, version string
}

func sigs(ds []Difference) []diffSig {
	out := make([]diffSig, len(ds))
	for i, d := range ds {
		out[i] = diffSig{d.Kind, d.Subkind, d.Severity, d.Canonical, d.Version}
	}
	return out
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name, canonical, version string
		want                     []diffSig
	}{
		{"identical", "We are ready.", "We are ready.", nil},
		{"case only", "It takes one to know one", "it takes one to know one",
			[]diffSig{{KindCase, "", Info, "It", "it"}}},
		{"punctuation only", "It takes one, to know one.", "It takes one to know one",
			[]diffSig{{KindPunctuation, "", Info, ",", ""}, {KindPunctuation, "", Info, ".", ""}}},
		{"curly vs straight apostrophe", "you’ll see", "you'll see",
			[]diffSig{{KindTypography, "", Info, "you’ll", "you'll"}}},
		{"nested mark style", "a 'live' talk", "a \u201clive\u201d talk",
			[]diffSig{{KindTypography, "", Info, "'", "\u201c"}, {KindTypography, "", Info, "'", "\u201d"}}},
		{"dash styles", "on-air talk -- today", "on\u2014air talk \u2013 today",
			[]diffSig{{KindTypography, "", Info, "-", "\u2014"}, {KindTypography, "", Info, "--", "\u2013"}}},
		{"ellipsis mark style", "one two... three", "one two\u2026 three",
			[]diffSig{{KindTypography, "", Info, "...", "\u2026"}}},
		{"ellipsis for an omission", "one two three four five", "one two ... five",
			[]diffSig{{KindEditorial, "", Info, "three four", ""}}},
		{"brackets for an insertion", "we evaluate his actions", "we evaluate [a person's] actions",
			[]diffSig{{KindEditorial, "", Info, "his", "a person's"}}},
		{"bracketed word added", "we evaluate actions", "we evaluate [their] actions",
			[]diffSig{{KindEditorial, "", Info, "", "their"}}},
		{"partial excerpt", "the president will be in Georgia tomorrow and quite busy.", "quite busy",
			[]diffSig{{KindPartial, "", Info, "the president will be in Georgia tomorrow and", ""}, {KindPunctuation, "", Info, ".", ""}}},
		{"partial: canonical inside version", "I do.", "Mmhmm, I do.",
			[]diffSig{{KindPartial, "", Info, "", "Mmhmm"}}},
		{"deleted", "you'll see it shortly", "you'll see shortly",
			[]diffSig{{KindDeleted, "", Error, "it", ""}}},
		{"inserted", "you'll see shortly", "you'll see it shortly",
			[]diffSig{{KindInserted, "", Error, "", "it"}}},
		{"substituted", "pay the price now", "pay a price now",
			[]diffSig{{KindSubstituted, "", Error, "the", "a"}}},
		{"contraction", "we will go there", "we'll go there",
			[]diffSig{{KindSubstituted, "contraction", Error, "we will", "we'll"}}},
		{"negative contraction", "I do not know", "I don't know",
			[]diffSig{{KindSubstituted, "contraction", Error, "do not", "don't"}}},
		{"reordered", "the president, will, of course, be there", "the president, of course, will be there",
			[]diffSig{{KindReordered, "", Error, "will, of course", "of course, will"}}},
		{"divergent", "one two three four five six seven eight", "alpha beta three gamma delta epsilon zeta eta",
			[]diffSig{{KindDivergent, "", Warning, "one two three four five six seven eight", "alpha beta three gamma delta epsilon zeta eta"}}},
		{"nothing shared", "one two", "three four",
			[]diffSig{{KindDivergent, "", Warning, "one two", "three four"}}},
		{"empty version", "one two", "", nil},
		{"NFKC width", "ＡＢＣ news", "ABC news", []diffSig{{KindTypography, "", Info, "ＡＢＣ", "ABC"}}},
		{"hyphenated compound", "years of underinvestment and neglect", "years of under-investment and neglect",
			[]diffSig{{KindTypography, "compound", Info, "underinvestment", "under-investment"}}},
		{"compound written open", "we talk every day about it", "we talk everyday about it",
			[]diffSig{{KindTypography, "compound", Info, "every day", "everyday"}}},
		{"compound at an edge", "e-mail me the list", "email me the list",
			[]diffSig{{KindTypography, "compound", Info, "e-mail", "email"}}},
		{"compound next to an omission", "It was the result of years of under-investment and a culture that treated the river as a free dumping ground",
			"the result of years of underinvestment … as a free dumping ground",
			[]diffSig{{KindPartial, "", Info, "It was", ""}, {KindTypography, "compound", Info, "under-investment", "underinvestment"},
				{KindEditorial, "", Info, "and a culture that treated the river", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sigs(Compare(tt.canonical, tt.version))
			if len(got) != len(tt.want) {
				t.Fatalf("Compare(%q, %q) = %+v, want %+v", tt.canonical, tt.version, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("difference %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestComparePositions(t *testing.T) {
	ds := Compare("we will see it shortly", "we will\nsee shortly")
	if len(ds) != 1 || ds[0].Position != 3 || ds[0].Line != 2 || ds[0].Column != 5 {
		t.Fatalf("got %+v, want one deletion at word 3, line 2 column 5", ds)
	}
	ds = Compare("café olé it", "café olé")
	if len(ds) != 1 || ds[0].Column != 9 {
		t.Fatalf("got %+v, want column 9 counted in characters", ds)
	}
}

func TestInline(t *testing.T) {
	tests := []struct{ canonical, version, want string }{
		{"you'll see it shortly", "you'll see shortly", "you'll see [-it-] shortly"},
		{"pay the price", "pay a price", "pay [-the-][+a+] price"},
		{"I do.", "Mmhmm, I do,", "[+Mmhmm+], I do,"},
		{"the president will be busy", "quite busy", "[-be-][+quite+] busy"},
		{"the president will be quite busy", "quite busy", "quite busy"},
		{"quite busy", "quite busy", "quite busy"},
		{"we will go", "we'll go", "[-we will-][+we'll+] go"},
	}
	for _, tt := range tests {
		if got := Inline(tt.canonical, tt.version); got != tt.want {
			t.Errorf("Inline(%q, %q) = %q, want %q", tt.canonical, tt.version, got, tt.want)
		}
	}
}

func TestDivergentEdge(t *testing.T) {
	words := strings.Fields("a b c d e f g h i j k l m n o p q r s t")
	mutate := func(n int) string { // replace n words in the middle
		w := append([]string(nil), words...)
		for i := 4; i < 4+n; i++ {
			w[i] = "x" + w[i]
		}
		return strings.Join(w, " ")
	}
	canon := strings.Join(words, " ")
	// 12 of 20 words equal = 0.6: word edits; 11 of 20 = 0.55: divergent.
	if ds := Compare(canon, mutate(8)); len(ds) != 1 || ds[0].Kind != KindSubstituted {
		t.Errorf("at DivergentBelow: got %+v, want one substitution", sigs(ds))
	}
	if ds := Compare(canon, mutate(9)); len(ds) != 1 || ds[0].Kind != KindDivergent {
		t.Errorf("below DivergentBelow: got %+v, want divergent", sigs(ds))
	}
}

func FuzzCompare(f *testing.F) {
	f.Add("The price he is going to pay, well, you’ll see shortly,", "the price he is going to pay, well, you'll see it shortly.")
	f.Add("we evaluate [a person's] actions", "we … evaluate")
	f.Add("", "\xff\xfe[[[")
	f.Fuzz(func(t *testing.T, c, v string) {
		ds := Compare(c, v)
		nc := len(tokenize(c))
		for _, d := range ds {
			if d.Position < 0 || (nc > 0 && d.Position > nc) || d.Line < 1 || d.Column < 1 {
				t.Fatalf("bad position in %+v", d)
			}
			if d.Kind == "" || d.Severity < Info {
				t.Fatalf("unclassified %+v", d)
			}
		}
		if in := Inline(c, v); utf8.ValidString(c) && utf8.ValidString(v) && !utf8.ValidString(in) {
			t.Fatalf("inline %q not UTF-8", in)
		}
	})
}

// TestDivergentRewording checks the edges of DivergentChanges and
// DivergentRewordedBelow: scattered substitutions make a second rendering,
// a slip or two (or three in a long quotation) stay word differences.
func TestDivergentRewording(t *testing.T) {
	words := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("w%d", i)
		}
		return out
	}
	swap := func(ws []string, at ...int) string {
		out := append([]string(nil), ws...)
		for _, i := range at {
			out[i] = "x" + out[i]
		}
		return strings.Join(out, " ")
	}
	tests := []struct {
		name      string
		n         int
		swaps     []int
		divergent bool
	}{
		{"three swaps, share 16/19 below the bound", 19, []int{3, 9, 15}, true},
		{"three swaps, share 17/20 at the bound", 20, []int{3, 9, 15}, false},
		{"two swaps in a short remark", 11, []int{2, 7}, false},
		{"three swaps in a short remark", 11, []int{1, 5, 9}, true},
	}
	for _, tt := range tests {
		ws := words(tt.n)
		ds := Compare(strings.Join(ws, " "), swap(ws, tt.swaps...))
		got := len(ds) == 1 && ds[0].Kind == KindDivergent
		if got != tt.divergent {
			t.Errorf("%s: divergent = %v, want %v (%v)", tt.name, got, tt.divergent, ds)
		}
	}
}

// TestOmissionsAreNotRewording: an excerpt with gaps and a dropped word is
// compared word by word, never called divergent.
func TestOmissionsAreNotRewording(t *testing.T) {
	canonical := "I want to invite President Biden to continue our discussion, but on the condition that we do it actually live. But with no delays, directly in an open, direct discussion."
	version := "to continue our discussion. … do it live … with no delays."
	for _, d := range Compare(canonical, version) {
		if d.Kind == KindDivergent {
			t.Fatalf("excerpt called divergent: %v", Compare(canonical, version))
		}
	}
}

// TestCompareStrayBracket: only a closed bracket marks an editor's words.
// A stray "[" (here inside a terminal colour escape pasted into a
// quotation) must not turn a changed word into an editorial difference.
func TestCompareStrayBracket(t *testing.T) {
	for _, tc := range []struct {
		name, canonical, version string
		want                     Kind
	}{
		{"escape before a changed word", "We will open the bridge today,", "We will open the bridge \x1b[31mtomorrow\x1b[0m,", KindSubstituted},
		{"unclosed bracket", "We will open the bridge today.", "We will open the bridge [tomorrow.", KindSubstituted},
		{"closed bracket stands in", "He told us the bridge is safe.", "[Lee] told us the bridge is safe.", KindEditorial},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var kinds []Kind
			for _, d := range Compare(tc.canonical, tc.version) {
				kinds = append(kinds, d.Kind)
			}
			if !slices.Contains(kinds, tc.want) || tc.want != KindEditorial && slices.Contains(kinds, KindEditorial) {
				t.Errorf("kinds %v, want %s (and no editorial unless wanted)", kinds, tc.want)
			}
		})
	}
}
