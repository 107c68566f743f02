package sources

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// turnSummary is "LABEL=Speaker" (or "LABEL=?" for a questioner) per turn.
func turnSummary(tr *Transcript) []string {
	var out []string
	for _, t := range tr.Turns {
		who := t.Speaker
		if t.Reporter {
			who = "?"
		}
		out = append(out, t.Label+"="+who)
	}
	return out
}

func TestTranscriptForms(t *testing.T) {
	tests := []struct {
		file, form string
		first      []string // the first turns
		time       string   // the first turn's time
		line, col  int      // where the first turn's words start
	}{
		{"briefing-2026-02-12.md", "labels", []string{"MS. WHITFIELD=Dana Whitfield", "SECRETARY REYES=Omar Reyes", "Q=?", "SECRETARY REYES=Omar Reyes", "Q=?"}, "11:04 A.M. PST", 11, 17},
		{"interview-2026-02-15.txt", "labels", []string{"HOLLOWAY=Holloway", "WHITFIELD=Dana Whitfield", "HOLLOWAY=Holloway"}, "", 1, 11},
		{"court-2026-03-02.txt", "court", []string{"THE COURT=The Court", "MR. DUARTE=Mr. Duarte", "BY MR. DUARTE=By Mr. Duarte", "Q=?", "A=Nora Quist"}, "", 5, 12},
		{"captions-2026-02-20.vtt", "vtt", []string{"Omar Reyes=Omar Reyes", "Reporter=?", "Omar Reyes=Omar Reyes"}, "00:00:01.000", 7, 15},
		{"captions-2026-02-21.srt", "srt", []string{"DANA WHITFIELD=Dana Whitfield", "REPORTER=?", "DANA WHITFIELD=Dana Whitfield"}, "00:00:01,000", 3, 17},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			srcs, err := Load(filepath.Join("..", "testdata", "transcripts", tt.file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			s := srcs[0]
			if s.Kind != KindTranscript || s.Transcript == nil {
				t.Fatalf("kind %q, want a transcript", s.Kind)
			}
			if s.Transcript.Form != tt.form {
				t.Errorf("form %q, want %q", s.Transcript.Form, tt.form)
			}
			got := turnSummary(s.Transcript)
			if len(got) < len(tt.first) || strings.Join(got[:len(tt.first)], "|") != strings.Join(tt.first, "|") {
				t.Errorf("turns %q, want them to start %q", got, tt.first)
			}
			first := s.Transcript.Turns[0]
			if first.Time != tt.time {
				t.Errorf("time %q, want %q", first.Time, tt.time)
			}
			if pos := s.Locate(first.Spans[0].Start); pos.Line != tt.line || pos.Column != tt.col {
				t.Errorf("first words at %d:%d, want %d:%d", pos.Line, pos.Column, tt.line, tt.col)
			}
		})
	}
}

// TestTranscriptFrontMatter: the title and URL come from front matter,
// and a label is resolved from the title ("Secretary of Transportation
// Omar Reyes").
func TestTranscriptFrontMatter(t *testing.T) {
	srcs, err := Load("../testdata/transcripts/briefing-2026-02-12.md", Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := srcs[0]
	if s.Date != "2026-02-12" || !strings.HasPrefix(s.URL, "https://example.gov/") || !strings.HasPrefix(s.Title, "Press Briefing by") {
		t.Errorf("date %q url %q title %q", s.Date, s.URL, s.Title)
	}
}

func loadText(t *testing.T, name, text string) *Source {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	srcs, err := Load(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return srcs[0]
}

func TestTranscriptLabels(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // turn summaries; nil when the file is no transcript
	}{
		{"speakers map", "---\nkind: transcript\nspeakers:\n  MS. ABARA: Lena Abara\n---\nMS. ABARA:  We will.\n\nQ    When?\n\nMS. ABARA:  Soon.\n",
			[]string{"MS. ABARA=Lena Abara", "Q=?", "MS. ABARA=Lena Abara"}},
		{"speakers map of a transcript known by its form", "---\nspeakers:\n  MS. ABARA: Lena Abara\n---\nMS. ABARA:  We will.\n\nQ    When?\n\nMS. ABARA:  Soon.\n",
			[]string{"MS. ABARA=Lena Abara", "Q=?", "MS. ABARA=Lena Abara"}},
		{"kind spelled with an escape", "---\n\"\\x6bind\": transcript\n---\nLena Abara:  We will.\n\nQ    When?\n\nLena Abara:  Soon.\n",
			[]string{"Lena Abara=Lena Abara", "Q=?", "Lena Abara=Lena Abara"}},
		{"another kind declared", "---\nkind: article\n---\nMS. ABARA:  We will.\n\nQ    When?\n\nMS. ABARA:  Soon.\n", nil},
		{"first full mention", "MR. KOVAC:  Thanks, everyone.  I'm Petar Kovac, the harbor master.\n\nQ    Is the port open?\n\nMR. KOVAC:  It is.\n",
			[]string{"MR. KOVAC=Petar Kovac", "Q=?", "MR. KOVAC=Petar Kovac"}},
		{"office must introduce the name", "9:00 A.M. EDT\n\nGOVERNOR LANE:  My daughter Ruth Lane starts school today.  Questions?\n",
			[]string{"GOVERNOR LANE=Governor Lane"}},
		{"label for several people stays a label", "SENIOR ADMINISTRATION OFFICIAL:  Thanks for joining.\n\nQ    A question.\n\nSENIOR ADMINISTRATION OFFICIAL:  An answer.\n",
			[]string{"SENIOR ADMINISTRATION OFFICIAL=Senior Administration Official", "Q=?", "SENIOR ADMINISTRATION OFFICIAL=Senior Administration Official"}},
		{"role from the title", "---\ntitle: Remarks by President Osei on the Budget\n---\n\n2:00 P.M. EDT\n\nTHE PRESIDENT:  Good afternoon.\n",
			[]string{"THE PRESIDENT=President Osei"}},
		{"an article quoting an interview stays an article",
			"Minister sits down with us\n\nAhead of the talks we sat down with the minister, who spoke about the ceasefire, the air defence she has asked for, and her brother in the army, in a long conversation edited for length.\n\nQ: Will there be a ceasefire?\n\nA: Not this month.\n\nQ: Why?\n\nA: They keep adding conditions.\n", nil},
		{"capitals at line starts are no turns", "UPDATE: The road reopened.\n\nNOTE: Times are local.\n\nThe mayor said the road was safe.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := loadText(t, "t.md", tt.text)
			if tt.want == nil {
				if s.Transcript != nil {
					t.Errorf("read as a transcript: %q", turnSummary(s.Transcript))
				}
				return
			}
			if s.Transcript == nil {
				t.Fatal("not read as a transcript")
			}
			if got := turnSummary(s.Transcript); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("turns %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFieldCount(t *testing.T) {
	for _, s := range []string{"", "  ", "one", " two  words ", "tab\tand\u00a0no-break\u2003em", "\xffbad\xfe bytes", "a\u0085b"} {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestMayBeTimed(t *testing.T) {
	for _, line := range []string{"Jen Park: (03:15)", "Speaker 2 (01:02:07):", "Jen Park: [00:03:15] Thanks."} {
		if !timedLabel.MatchString(line) || !mayBeTimed(line) {
			t.Errorf("%q: timedLabel %v, mayBeTimed %v; want both", line, timedLabel.MatchString(line), mayBeTimed(line))
		}
	}
}

func TestCaptionErrors(t *testing.T) {
	p := filepath.Join(t.TempDir(), "empty.vtt")
	if err := os.WriteFile(p, []byte("WEBVTT\n\nNOTE nothing here\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(p, Options{})
	if err == nil || !strings.Contains(err.Error(), "empty.vtt") || !strings.Contains(err.Error(), "no captions") {
		t.Errorf("error %v, want one naming the file and saying there are no captions", err)
	}
}

func FuzzTranscript(f *testing.F) {
	for _, s := range []string{"MS. A:  Hi.\n\nQ    Yes?\n\n12:00 P.M. EDT\n", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>Hi</v>\n", "1\n00:00:01,000 --> 00:00:02,000\nA: Hi\n", "Q. x\nA. y\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, name := range []string{"f.txt", "f.vtt", "f.srt"} {
			srcs, err := parse(name, []byte(text))
			if err != nil {
				continue
			}
			for _, s := range srcs {
				if s.Transcript == nil {
					continue
				}
				for _, turn := range s.Transcript.Turns {
					for _, sp := range turn.Spans {
						if sp.Start < 0 || sp.End > len(s.Text) || sp.Start > sp.End {
							t.Fatalf("span %v outside text of %d bytes", sp, len(s.Text))
						}
					}
					_ = turn.Text(s.Text)
				}
			}
		}
	})
}

// TestTranscriptRename: a configuration's speakers map names the person
// behind a label, over what the transcript says.
func TestTranscriptRename(t *testing.T) {
	s := loadText(t, "r.md", "MS. ABARA:  We will.\n\nQ    When?\n\nMS. ABARA:  Soon.\n\nMS. ABARA:  Really.\n")
	s.Transcript.Rename(map[string]string{"Ms. Abara": "Lena Abara"})
	if got := strings.Join(turnSummary(s.Transcript), "|"); got != "MS. ABARA=Lena Abara|Q=?|MS. ABARA=Lena Abara|MS. ABARA=Lena Abara" {
		t.Errorf("turns %s", got)
	}
}

func TestTranscriptRoleLabels(t *testing.T) {
	s := loadText(t, "r.md", "SENIOR ADMINISTRATION OFFICIAL:  Thanks.\n\nQ    When?\n\nMR. KOVAC:  Now.\n\nTHE COURT:  Proceed.\n")
	var got []string
	for _, turn := range s.Transcript.Turns {
		if turn.Role {
			got = append(got, turn.Label)
		}
	}
	if strings.Join(got, "|") != "SENIOR ADMINISTRATION OFFICIAL|THE COURT" {
		t.Errorf("role labels %q, want the official's and the court's", got)
	}
}

// TestTimedLabels reads turns as transcription services print them: a
// name in ordinary case with a time stamp.
func TestTimedLabels(t *testing.T) {
	s := loadText(t, "svc.txt", "Ruth Holloway: (00:04)\nWelcome back. My guest is Dana Whitfield.\n\nDana Whitfield: (00:09)\nThanks, Ruth.\n\nSpeaker 3 (01:02:07): Is that right?\n\nDana Whitfield: [01:02:10] It is.\n")
	if s.Transcript == nil {
		t.Fatal("not read as a transcript")
	}
	want := "Ruth Holloway=Ruth Holloway|Dana Whitfield=Dana Whitfield|Speaker 3=Speaker 3|Dana Whitfield=Dana Whitfield"
	if got := strings.Join(turnSummary(s.Transcript), "|"); got != want {
		t.Errorf("turns %s, want %s", got, want)
	}
	if tm := s.Transcript.Turns[2].Time; tm != "01:02:07" {
		t.Errorf("time %q", tm)
	}
	if !s.Transcript.Turns[2].Role || s.Transcript.Turns[1].Role {
		t.Error("Speaker 3 names no one; Dana Whitfield does")
	}
	if got := s.Transcript.Turns[3].Text(s.Text); got != "It is." {
		t.Errorf("last turn %q", got)
	}
}

// TestStruckText: words struck through in a transcript were not said.
func TestStruckText(t *testing.T) {
	s := loadText(t, "s.md", "---\nkind: transcript\n---\nMS. ABARA:  We will open ~~Tuesday~~ Monday at the <s>north</s> pier.\n\nQ    Thanks.\n")
	if got := s.Transcript.Turns[0].Text(s.Text); got != "We will open Monday at the pier." {
		t.Errorf("turn %q", got)
	}
}

// TestTurnOpensNear: the early test that spares an article the reading of
// every line agrees with transcriptForm's preamble limit.
func TestTurnOpensNear(t *testing.T) {
	prose := strings.Repeat("The council met on Monday to discuss the budget for next year. ", 8)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"label after a venue line", "James S. Brady Press Briefing Room\n\n12:36 P.M. EDT\n\nMS. PSAKI: Hi, everyone.\n", true},
		{"court record", "Q. Where were you?\nA. At home.\n", true},
		{"timed label", "Jen Psaki (03:15): Good afternoon.\n", true},
		{"label after long prose", prose + "\n\nMAYOR LIMA: We will vote.\n", false},
		{"no label", prose, false},
	}
	for _, tt := range tests {
		if got := turnOpensNear(tt.text, maxPreambleWords+maxLabelWords); got != tt.want {
			t.Errorf("%s: turnOpensNear = %v, want %v", tt.name, got, tt.want)
		}
	}
	labels := "\n\nMAYOR LIMA: We will vote.\n\nCLERK: Motion carried.\n\nMAYOR LIMA: Thank you.\n"
	srcs, err := Parse("short.txt", strings.NewReader("Budget talks\n\nCouncil chamber."+labels))
	if err != nil || srcs[0].Transcript == nil {
		t.Fatalf("labels after a short preamble: not a transcript (%v)", err)
	}
	srcs, err = Parse("long.txt", strings.NewReader("Budget talks\n\n"+prose+labels))
	if err != nil {
		t.Fatal(err)
	}
	if src := srcs[0]; src.Transcript != nil {
		t.Errorf("an article whose labels come after %d words of prose was read as a transcript", len(strings.Fields(prose)))
	}
}
