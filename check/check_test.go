package check

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// fakeIndex matches a probe with every wire quotation sharing at least half
// of its words; it stands in for align's index.
type fakeIndex []quotes.Quote

func (ix fakeIndex) Lookup(text, speaker, context string) []align.Match {
	var out []align.Match
	probe := strings.Fields(Normalize(text))
	for _, q := range ix {
		have := " " + Normalize(q.Text) + " "
		n := 0
		for _, w := range probe {
			if strings.Contains(have, " "+w+" ") {
				n++
			}
		}
		if score := float64(n) / float64(len(probe)); score >= 0.5 {
			out = append(out, align.Match{Quotes: []string{q.ID}, Source: q.Source, Text: q.Text, Score: score})
		}
	}
	return out
}

// fakeCompare reports case-only changes as info and the first changed word
// as an error substitution, or an insertion when the version is longer.
func fakeCompare(canonical, version string) []align.Difference {
	if canonical == version {
		return nil
	}
	if Normalize(canonical) == Normalize(version) {
		return []align.Difference{{Kind: align.KindCase, Severity: align.Info}}
	}
	a, b := strings.Fields(Normalize(canonical)), strings.Fields(Normalize(version))
	for i := range b {
		if i >= len(a) || a[i] != b[i] {
			kind := align.KindSubstituted
			if len(b) > len(a) {
				kind = align.KindInserted
			}
			return []align.Difference{{Kind: kind, Severity: align.Error, Version: b[i], Position: i}}
		}
	}
	return []align.Difference{{Kind: align.KindDeleted, Severity: align.Error}}
}

var wire = []quotes.Quote{
	{ID: "wire/q1", Source: "wire", Path: "wire.txt", Text: "We had the ball, but we never tested their goalkeeper.", Speaker: "Ann Lee", Line: 4, Column: 20},
	{ID: "wire/q2", Source: "wire", Path: "wire.txt", Text: "The club will appeal.", Speaker: "Bob Ray", Line: 9, Column: 2},
}

func dq(n int, text, speaker, utt string, line, col int) quotes.Quote {
	id := fmt.Sprintf("draft/q%d", n)
	if utt == "" {
		utt = id
	}
	return quotes.Quote{ID: id, Source: "draft", Path: "draft.md", Text: text, Speaker: speaker,
		Kind: quotes.KindUtterance, Utterance: utt, Line: line, Column: col, Offset: line * 100}
}

func TestCheckStatuses(t *testing.T) {
	tests := []struct {
		name       string
		draft      []quotes.Quote
		cfg        string
		status     string
		sev        align.Severity
		line, col  int
		msgContain string
	}{
		{"exact", []quotes.Quote{dq(1, "The club will appeal.", "Bob Ray", "", 3, 5)}, "", StatusConfirmed, align.None, 3, 5, "confirmed by wire.txt:9:2"},
		{"case only", []quotes.Quote{dq(1, "the CLUB will appeal", "Ray", "", 3, 5)}, "", StatusConfirmed, align.None, 3, 5, "confirmed"},
		{"inserted word", []quotes.Quote{dq(1, "The club will surely appeal.", "Bob Ray", "", 3, 5)}, "", StatusDiffers, align.Error, 3, 19,
			"differs from wire.txt:9:2: The club will [+surely+] appeal. (inserted)"},
		{"wrong speaker", []quotes.Quote{dq(1, "The club will appeal.", "Ann Lee", "", 3, 5)}, "", StatusDiffers, align.Error, 3, 5,
			"credited to Bob Ray, not Ann Lee, in wire.txt:9:2"},
		{"interrupted, second part differs", []quotes.Quote{
			dq(1, "We had the ball,", "Ann Lee", "", 3, 5),
			dq(2, "but we always tested their goalkeeper.", "Ann Lee", "draft/q1", 3, 40),
		}, "", StatusDiffers, align.Error, 3, 47, "we [-never-][+always+] tested"},
		{"made up", []quotes.Quote{dq(1, "Nobody saw anything at all tonight.", "Ann Lee", "", 3, 5)}, "", StatusNotFound, align.Warning, 3, 5, "not found in any source"},
		{"made up, not-found configured", []quotes.Quote{dq(1, "Nobody saw anything at all tonight.", "Ann Lee", "", 3, 5)}, "severities: {not-found: error}", StatusNotFound, align.Error, 3, 5, ""},
		{"short not found is a fragment", []quotes.Quote{dq(1, "fake news", "", "", 3, 5)}, "", StatusNotFound, align.Info, 3, 5, ""},
		{"fragment words configured", []quotes.Quote{dq(1, "fake news", "", "", 3, 5)}, "fragment_words: 1", StatusNotFound, align.Warning, 3, 5, ""},
		{"kind severity lowered: still differs, never confirmed", []quotes.Quote{dq(1, "The club will surely appeal.", "Bob Ray", "", 3, 5)}, "severities: {inserted: info}", StatusDiffers, align.Info, 3, 19, ""},
		{"kind severity raised", []quotes.Quote{dq(1, "the CLUB will appeal", "Ray", "", 3, 5)}, "severities: {case: warning}", StatusDiffers, align.Warning, 3, 5, ""},
		{"kind ignored", []quotes.Quote{dq(1, "The club will appeal.", "Ann Lee", "", 3, 5)}, "ignore: [{kind: speaker}]", StatusConfirmed, align.None, 3, 5, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := ParseConfig("c.yaml", []byte(tt.cfg))
			if err != nil {
				t.Fatal(err)
			}
			fs := NewWith(cfg, wire, fakeIndex(wire), fakeCompare).Check(tt.draft)
			if len(fs) != 1 {
				t.Fatalf("got %d findings, want 1: %+v", len(fs), fs)
			}
			f := fs[0]
			if f.Status != tt.status || f.Severity != tt.sev || f.Line != tt.line || f.Column != tt.col {
				t.Errorf("got %s %s at %d:%d, want %s %s at %d:%d (%s)", f.Status, f.Severity, f.Line, f.Column, tt.status, tt.sev, tt.line, tt.col, f.Message)
			}
			if !strings.Contains(f.Message, tt.msgContain) {
				t.Errorf("message %q lacks %q", f.Message, tt.msgContain)
			}
			if len(f.Fingerprint) != 32 || len(f.Quotes) != len(tt.draft) {
				t.Errorf("fingerprint %q, quotes %q", f.Fingerprint, f.Quotes)
			}
		})
	}
}

func TestCheckIgnoreRules(t *testing.T) {
	draft := []quotes.Quote{
		dq(1, "The club will appeal.", "Bob Ray", "", 3, 5),
		dq(2, "Nobody saw anything at all tonight.", "Ann Lee", "", 5, 1),
	}
	tests := []struct {
		cfg  string
		want int
	}{
		{"", 2},
		{"ignore: [{path: '*.md'}]", 0},
		{"ignore: [{path: 'other/*.md'}]", 2},
		{"ignore: [{text: '(?i)^nobody'}]", 1},
		{"ignore: [{speaker: 'bob ray'}]", 1},
		{"ignore: [{kind: not-found}]", 1},
		{"ignore: [{kind: not-found, speaker: Someone}]", 2},
	}
	for _, tt := range tests {
		cfg, err := ParseConfig("c.yaml", []byte(tt.cfg))
		if err != nil {
			t.Fatal(err)
		}
		if got := NewWith(cfg, wire, fakeIndex(wire), fakeCompare).Check(draft); len(got) != tt.want {
			t.Errorf("%q: %d findings, want %d", tt.cfg, len(got), tt.want)
		}
	}
}

func TestCheckPicksLeastSevereCandidate(t *testing.T) {
	w := []quotes.Quote{
		{ID: "a/q1", Path: "a.txt", Text: "We will win the league.", Speaker: "Ann Lee", Line: 1, Column: 1},
		{ID: "b/q1", Path: "b.txt", Text: "We will win the cup.", Speaker: "Ann Lee", Line: 2, Column: 1},
	}
	fs := NewWith(nil, w, fakeIndex(w), fakeCompare).Check([]quotes.Quote{dq(1, "We will win the cup.", "Ann Lee", "", 1, 1)})
	if len(fs) != 1 || fs[0].Status != StatusConfirmed || fs[0].Source != "b.txt" {
		t.Errorf("findings = %+v", fs)
	}
}

func TestSortFindingsAndUtterances(t *testing.T) {
	qs := []quotes.Quote{
		{ID: "z/q1", Path: "z.md", Utterance: "z/q1", Offset: 5},
		{ID: "a/q2", Path: "a.md", Utterance: "a/q1", Offset: 50},
		{ID: "a/q1", Path: "a.md", Utterance: "a/q1", Offset: 10},
	}
	groups := Utterances(qs)
	if len(groups) != 2 || groups[1][0].ID != "a/q1" || groups[1][1].ID != "a/q2" {
		t.Errorf("groups = %+v", groups)
	}
	fs := []Finding{{Path: "b", Line: 2}, {Path: "a", Line: 9}, {Path: "b", Line: 1, Column: 3}, {Path: "b", Line: 1, Column: 2}}
	SortFindings(fs)
	var got []string
	for _, f := range fs {
		got = append(got, fmt.Sprintf("%s:%d:%d", f.Path, f.Line, f.Column))
	}
	if strings.Join(got, " ") != "a:9:0 b:1:2 b:1:3 b:2:0" {
		t.Errorf("order = %v", got)
	}
}

func TestNormalizeAndFingerprint(t *testing.T) {
	if got := Normalize("“You’ll  SEE,” it—shortly!"); got != "you'll see it shortly" {
		t.Errorf("Normalize = %q", got)
	}
	a := Finding{Text: "We never tested them.", Source: "wire/a.txt", Status: StatusDiffers, Line: 3,
		Differences: []align.Difference{{Kind: align.KindInserted, Severity: align.Error}, {Kind: align.KindCase, Severity: align.Info}}}
	b := a
	b.Text, b.Source, b.Line = "we never  tested them", "other/a.txt", 40
	if Fingerprint(&a) != Fingerprint(&b) {
		t.Error("fingerprint depends on line, case or source directory")
	}
	for name, change := range map[string]func(f *Finding){
		"text":   func(f *Finding) { f.Text = "We always tested them." },
		"source": func(f *Finding) { f.Source = "wire/b.txt" },
		"kind":   func(f *Finding) { f.Differences = []align.Difference{{Kind: align.KindDeleted, Severity: align.Error}} },
	} {
		c := a
		change(&c)
		if Fingerprint(&c) == Fingerprint(&a) {
			t.Errorf("fingerprint ignores %s", name)
		}
	}
}
