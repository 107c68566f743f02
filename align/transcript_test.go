package align

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

func fixtureTranscripts(t *testing.T, names ...string) *Transcripts {
	t.Helper()
	var srcs []*sources.Source
	for _, n := range names {
		s, err := sources.Load("../testdata/transcripts/"+n, sources.Options{})
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, s...)
	}
	sources.Assign(srcs)
	return NewTranscripts(srcs)
}

// kinds lists a comparison's differences as "kind[-subkind]:severity",
// leaving out case, punctuation and typography.
func kinds(ds []Difference) string {
	var out []string
	for _, d := range ds {
		switch d.Kind {
		case KindCase, KindPunctuation, KindTypography:
			continue
		}
		out = append(out, d.Key()+":"+d.Severity.String())
	}
	return strings.Join(out, " ")
}

func TestFindInTranscript(t *testing.T) {
	tx := fixtureTranscripts(t, "briefing-2026-02-12.md")
	tests := []struct {
		name     string
		probe    ProbeQuote
		status   string
		line     int    // where the passage starts
		kinds    string // the version's differences from the passage
		passages int    // pieces of the passage (2 across an interjection)
	}{
		{"short answer placed by its question", ProbeQuote{Text: "Nope.", Speaker: "Dana Whitfield", Whole: true,
			Context: "Asked whether the Governor regretted calling the strike reckless, Whitfield said, \"Nope.\""}, SaidByCredited, 34, "substituted:error", 1},
		{"the same answer to another question", ProbeQuote{Text: "No.", Speaker: "Whitfield", Whole: true,
			Context: "Whitfield said the storm would not change the winter ferry timetable: \"No.\""}, SaidByCredited, 45, "", 1},
		{"short answer with no telling context", ProbeQuote{Text: "No.", Speaker: "Whitfield", Whole: true,
			Context: "At one point she said simply, \"No.\""}, Ambiguous, 0, "", 0},
		{"contraction, reorder and a cleaned-up repetition", ProbeQuote{Text: "I would say that the Governor already had a call with Mayor Olsen … The Governor, of course, will be in Portland tomorrow and fully booked.",
			Speaker: "Dana Whitfield", Whole: true}, SaidByCredited, 55, "disfluency:info partial:info reordered:error", 1},
		{"contraction the speaker did not use", ProbeQuote{Text: "I'll have to check back with you on whether that is something we're considering.", Speaker: "Dana Whitfield", Whole: true},
			SaidByCredited, 54, "substituted-contraction:error", 1},
		{"across a reporter's interjection", ProbeQuote{Text: "We expect the bridge to reopen on Monday, weather permitting.", Speaker: "Omar Reyes", Whole: true},
			SaidByCredited, 22, "editorial:info", 2},
		{"false start and stage direction dropped", ProbeQuote{Text: "Good morning, everyone. It has been a long first week. We've helped ferry operators keep every crossing running through the storm.", Speaker: "Reyes", Whole: true},
			SaidByCredited, 15, "disfluency:info disfluency:info partial:info", 1},
		{"whole sentence cut short", ProbeQuote{Text: "The inspectors are on it,", Speaker: "Omar Reyes", Whole: true},
			SaidByCredited, 26, "deleted-cut:error", 1},
		{"a reporter's question printed as the answer", ProbeQuote{Text: "Isn't the state simply stalling on the harbor dredging contract?", Speaker: "Dana Whitfield", Whole: true},
			SaidByOther, 61, "", 1},
		{"one official's words credited to another", ProbeQuote{Text: "We expect the bridge to reopen on Monday, weather permitting.", Speaker: "Dana Whitfield", Whole: true},
			SaidByOther, 22, "editorial:info", 2},
		{"never said", ProbeQuote{Text: "We will never negotiate with the union in public.", Speaker: "Dana Whitfield", Whole: true},
			NotSaid, 0, "", 0},
		{"speaker not in the transcript", ProbeQuote{Text: "We will never negotiate with the union in public.", Speaker: "Ann Cole", Whole: true},
			"", 0, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := tx.Find(tt.probe)
			if tt.status == "" {
				if ok {
					t.Fatalf("verdict %+v, want none", c)
				}
				return
			}
			if c.Status != tt.status {
				t.Fatalf("status %q (%s), want %q", c.Status, c.Note, tt.status)
			}
			if c.Passage == nil {
				if tt.line != 0 {
					t.Fatal("no passage")
				}
				return
			}
			if c.Passage.Line != tt.line || len(c.Passage.pieces) != tt.passages {
				t.Errorf("passage at line %d in %d pieces, want %d in %d: %q", c.Passage.Line, len(c.Passage.pieces), tt.line, tt.passages, c.Passage.Text)
			}
			if got := kinds(c.Passage.Compare(tt.probe.Text, tt.probe.Whole)); got != tt.kinds {
				t.Errorf("differences %q, want %q", got, tt.kinds)
			}
		})
	}
}

func TestAmbiguousNote(t *testing.T) {
	tx := fixtureTranscripts(t, "briefing-2026-02-12.md")
	c, _ := tx.Find(ProbeQuote{Text: "No.", Speaker: "Whitfield", Whole: true, Context: "She said simply, \"No.\""})
	if len(c.Alternatives) != 3 || !strings.Contains(c.Note, "lines 34, 45, 49") {
		t.Errorf("alternatives %d, note %q; want the three answers", len(c.Alternatives), c.Note)
	}
}

// TestTranscriptPositions: differences are placed in the transcript file.
func TestTranscriptPositions(t *testing.T) {
	tx := fixtureTranscripts(t, "briefing-2026-02-12.md")
	c, _ := tx.Find(ProbeQuote{Text: "The Governor, of course, will be in Portland tomorrow and fully booked.", Speaker: "Dana Whitfield", Whole: true})
	for _, d := range c.Passage.Compare("The Governor, of course, will be in Portland tomorrow and fully booked.", true) {
		if d.Kind == KindReordered && (d.RefLine != 58 || d.RefColumn != 62) {
			t.Errorf("reordered at %d:%d, want 58:62", d.RefLine, d.RefColumn)
		}
	}
}

func TestDisfluent(t *testing.T) {
	tests := []struct {
		canon, version string
		kind           Kind
	}{
		{"we had a call already with him", "we had a call with him", KindDeleted},
		{"we already had a call already with him", "we already had a call with him", KindDisfluency},
		{"and I think — I think people respect that", "and I think people respect that", KindDisfluency},
		{"there is, uh, no deal", "there is no deal", KindDisfluency},
		{"the water came in through the windows in ten minutes", "the water came through the windows in ten minutes", KindDeleted},
		{"it was the the worst", "it was the worst", KindDisfluency},
		{"they are in very — very concerned", "they are very concerned", KindDisfluency},
		{"so we helped ferr- — we helped ferry crews", "so we helped ferry crews", KindDisfluency},
		{"the very large ship", "the large ship", KindDeleted},
		{"it is not true, not at all", "it is true, not at all", KindDeleted},
	}
	for _, tt := range tests {
		ds := Compare(tt.canon, tt.version)
		found := false
		for _, d := range ds {
			found = found || d.Kind == tt.kind
		}
		if !found {
			t.Errorf("%q → %q: %v, want a %s", tt.canon, tt.version, ds, tt.kind)
		}
	}
}

// TestInterruptedAgainstJoined: an utterance one outlet interrupts with
// its attribution is compared as one with another's joined version, and a
// word dropped in the second half surfaces, whichever is canonical.
func TestInterruptedAgainstJoined(t *testing.T) {
	mk := func(src string, n int, text, utt string) quotes.Quote {
		id := src + "/q" + string(rune('0'+n))
		if utt == "" {
			utt = id
		}
		return quotes.Quote{ID: id, Source: src, Path: src + ".txt", Text: text, Speaker: "Ana Ruiz", Kind: quotes.KindUtterance, Utterance: utt, Line: 1, Column: n * 40}
	}
	tests := []struct {
		name string
		qs   []quotes.Quote
	}{
		{"joined drops the word", []quotes.Quote{
			mk("a", 1, "We kept the roads open all night,", ""), mk("a", 2, "but we never fully cleared the bridge.", "a/q1"),
			mk("b", 1, "We kept the roads open all night, but we never cleared the bridge,", "")}},
		{"interrupted drops the word", []quotes.Quote{
			mk("a", 1, "We kept the roads open all night,", ""), mk("a", 2, "but we never cleared the bridge.", "a/q1"),
			mk("b", 1, "We kept the roads open all night, but we never fully cleared the bridge,", "")}},
	}
	for _, tt := range tests {
		us := Align(nil, tt.qs, Options{Reference: "b"})
		if len(us) != 1 {
			t.Fatalf("%s: %d utterances, want 1", tt.name, len(us))
		}
		found := false
		for _, v := range us[0].Versions {
			for _, d := range v.Differences {
				found = found || (d.Kind == KindDeleted || d.Kind == KindInserted) && d.Canonical+d.Version == "fully"
			}
		}
		if !found {
			t.Errorf("%s: the dropped \"fully\" does not surface: %+v", tt.name, us[0].Versions)
		}
	}
}

// TestWholeSentenceCutAtComma: a quotation that opens a sentence and ends
// with the comma before its attribution ("…before the budget," he said)
// ends where the speech ends; dropping the rest of the speaker's sentence
// is a deletion, not an excerpt.
func TestWholeSentenceCutAtComma(t *testing.T) {
	q := func(src, text string) quotes.Quote {
		return quotes.Quote{ID: src + "/q1", Source: src, Path: src + ".txt", Text: text, Speaker: "Lee Park", Kind: quotes.KindUtterance, Utterance: src + "/q1", Line: 1, Column: 1}
	}
	tests := []struct {
		version string
		kind    Kind
	}{
		{"We will pass the plan before the budget,", KindDeleted},
		{"We will pass the plan before the budget.", KindDeleted},
		{"pass the plan before the budget", KindPartial}, // woven into the writer's sentence: partial at both edges
	}
	for _, tt := range tests {
		us := Align(nil, []quotes.Quote{q("a", "We will pass the plan before the budget is voted on."), q("b", tt.version)}, Options{Reference: "a"})
		var got []Kind
		for _, v := range us[0].Versions {
			for _, d := range v.Differences {
				if d.Kind == KindDeleted || d.Kind == KindPartial {
					got = append(got, d.Kind)
				}
			}
		}
		if len(got) == 0 || got[len(got)-1] != tt.kind {
			t.Errorf("%q: %v, want %s at the end", tt.version, got, tt.kind)
		}
	}
}

// TestRoleLabel: a label that stands for people it does not name
// ("SENIOR ADMINISTRATION OFFICIAL") can confirm the words an outlet
// credits to a named official, not dispute the credit.
func TestRoleLabel(t *testing.T) {
	path := t.TempDir() + "/call.md"
	text := "SENIOR ADMINISTRATION OFFICIAL:  Thanks for joining.  We will publish the new port security rules on Monday, after the review.\n\nQ    Thanks.  When?\n\nSENIOR ADMINISTRATION OFFICIAL:  Monday.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	srcs, err := sources.Load(path, sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tx := NewTranscripts(srcs)
	c, _ := tx.Find(ProbeQuote{Text: "We will publish the new port security rules on Monday, after the review.", Speaker: "Ana Brandt", Whole: true})
	if c.Status != SaidByCredited || c.Passage == nil || !c.Passage.Role {
		t.Errorf("status %q (%s), passage %+v; want the words said under the role label", c.Status, c.Note, c.Passage)
	}
}

func TestPassageContextHasNoControlCharacters(t *testing.T) {
	path := t.TempDir() + "/t.md"
	text := "MS. ABARA:  Hello.\n\nQ    Is the \x1b[2Jferry late\x07?\n\nMS. ABARA:  No.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	srcs, err := sources.Load(path, sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := NewTranscripts(srcs).Find(ProbeQuote{Text: "No.", Speaker: "Abara", Whole: true, Context: "Asked whether the ferry was late"})
	if c.Passage == nil || strings.ContainsAny(c.Passage.Asked, "\x1b\x07") || !strings.Contains(c.Passage.Asked, "ferry late") {
		t.Errorf("passage %+v", c.Passage)
	}
}

// TestWithArticlesLeavesTranscripts: the articles given for one check are
// the returned value's alone. One set of transcripts serves every check of
// a long-lived wire (the language server's), so it may neither grow with
// each draft nor be written by two checks at once.
func TestWithArticlesLeavesTranscripts(t *testing.T) {
	tx := fixtureTranscripts(t, "briefing-2026-02-12.md")
	draft := sources.FromText("draft", "Ferry\n\n\"No,\" Whitfield said.\n")
	draft.ID = "draft"
	with := tx.WithArticles([]*sources.Source{draft})
	if with.articles["draft"] != draft {
		t.Error("the returned transcripts do not know the draft")
	}
	if len(tx.articles) != 0 {
		t.Errorf("the shared transcripts now hold %d article(s)", len(tx.articles))
	}
}

// TestCreditedPassageAmongEchoes: the transcript's candidate search is the
// cross-outlet one (keyIndex), which keeps the dozen items sharing most of
// a quotation's words, ties to the first. Here two dozen members read the
// speaker's pledge back to her before she says it; her own sentence must
// still be found, because her candidates are searched apart (by words
// qualified by her surname), and the words are hers, not "said by someone
// else".
func TestCreditedPassageAmongEchoes(t *testing.T) {
	const pledge = "We will not close the clinic on Elm Street before the spring."
	var b strings.Builder
	for i := range 24 {
		fmt.Fprintf(&b, "MR. MEMBER%c:  You said, %s\n\n", 'A'+rune(i), strings.TrimSuffix(pledge, "."))
	}
	b.WriteString("MS. OKAFOR:  " + pledge + "  And we will keep the night nurses.\n")
	path := t.TempDir() + "/hearing.md"
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	srcs, err := sources.Load(path, sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tx := NewTranscripts(srcs)
	c, _ := tx.Find(ProbeQuote{Text: pledge, Speaker: "Grace Okafor", Whole: true})
	if c.Status != SaidByCredited || c.Passage == nil || c.Passage.Line != 49 {
		t.Errorf("status %q (%s), passage %+v; want Okafor's words on line 49", c.Status, c.Note, c.Passage)
	}
}
