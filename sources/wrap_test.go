package sources

import (
	"strings"
	"testing"
)

// wrapped72 is made-up wire copy wrapped at 72 columns, paragraphs apart.
const wrapped72 = "Ferry Vote Put Off\n" +
	"\n" +
	"The harbour board put off its vote on the new ferry on Thursday, after a\n" +
	"meeting that ran past midnight. \"We cannot ask the islanders to wait\n" +
	"another winter for a boat that floats,\" said the chair.\n" +
	"\n" +
	"The board meets again on Monday.\n"

func TestUnwrap(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"wrapped at 72 columns", wrapped72, "Ferry Vote Put Off\n\n" +
			"The harbour board put off its vote on the new ferry on Thursday, after a meeting that ran past midnight. " +
			"\"We cannot ask the islanders to wait another winter for a boat that floats,\" said the chair.\n\n" +
			"The board meets again on Monday.\n"},
		{"Windows line ends and trailing spaces", strings.ReplaceAll(wrapped72, "a\n", "a  \r\n"), "Ferry Vote Put Off\n\n" +
			"The harbour board put off its vote on the new ferry on Thursday, after a meeting that ran past midnight. " +
			"\"We cannot ask the islanders to wait another winter for a boat that floats,\" said the chair.\n\n" +
			"The board meets again on Monday.\n"},
		{"no line break at the end", wrapped72[20:217], "The harbour board put off its vote on the new ferry on Thursday, after a meeting that ran past midnight. " +
			"\"We cannot ask the islanders to wait another winter for a boat that floats,\" said the chair."},
		{"one paragraph a line stays", "The board put off its vote on the new ferry on Thursday night.\n" +
			"\"We cannot wait another winter for a boat that floats,\" said the chair.\n" +
			"The board meets again on Monday, when the yard has sent a price.\n", ""},
		{"short lines stay (a list, a poem)", "Ferry timetable for the winter\n\nMonday at nine\nTuesday at ten\nFriday at noon\n", ""},
		{"long lines are not wrapped", strings.Repeat("word ", 30) + "\n" + strings.Repeat("more ", 30) + "\n", ""},
		{"a turn label is never joined", "Q Will the board buy the ferry that the yard has offered it this week, or\n" +
			"wait for another price from a second yard on the mainland in the spring,\n" +
			"or from the third yard that has not even been asked for a price at all\n" +
			"MS. FERREIRA: We will wait for both prices before we vote on anything.\n", "Q Will the board buy the ferry that the yard has offered it this week, or " +
			"wait for another price from a second yard on the mainland in the spring, " +
			"or from the third yard that has not even been asked for a price at all\n" +
			"MS. FERREIRA: We will wait for both prices before we vote on anything.\n"},
		{"an indented line opens a paragraph", "The board put off its vote on the new ferry on Thursday, after a long\n" +
			"meeting that ran past midnight and then some more, with no vote at all\n" +
			"and no price from the yard that would have to build the boat for them\n" +
			"    The chair said she would call them back on Monday for the vote.\n", "The board put off its vote on the new ferry on Thursday, after a long " +
			"meeting that ran past midnight and then some more, with no vote at all " +
			"and no price from the yard that would have to build the boat for them\n" +
			"    The chair said she would call them back on Monday for the vote.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.text
			}
			if got, _ := unwrap(tt.text); got != want {
				t.Errorf("unwrap:\n got %q\nwant %q", got, want)
			}
		})
	}
}

// TestUnwrapPositions checks that every word of an unwrapped file keeps
// its line and column in the file.
func TestUnwrapPositions(t *testing.T) {
	for _, text := range []string{wrapped72, strings.ReplaceAll(wrapped72, "\n", "\r\n")} {
		srcs, err := Parse("wire.txt", strings.NewReader(text))
		if err != nil || len(srcs) != 1 {
			t.Fatalf("Parse: %v", err)
		}
		s := srcs[0]
		if strings.Contains(s.Text, "a\nmeeting") || strings.Contains(s.Text, "a\r\nmeeting") {
			t.Fatalf("not unwrapped: %q", s.Text)
		}
		for _, w := range []string{"meeting", "\"We", "another", "floats", "Monday"} {
			off := strings.Index(s.Text, w)
			lines := strings.Split(text[:strings.Index(text, w)], "\n")
			want := Position{Line: len(lines), Column: len([]rune(lines[len(lines)-1])) + 1, Offset: strings.Index(text, w)}
			if got := s.Locate(off); got != want {
				t.Errorf("%q at %+v, want %+v", w, got, want)
			}
		}
	}
}

// TestOneLineArticle checks that a plain-text article of one short line
// with no full stop is read as an article, not refused as a headline alone.
func TestOneLineArticle(t *testing.T) {
	for _, name := range []string{"-", "note.txt"} {
		srcs, err := Parse(name, strings.NewReader("\"Hello,\" she said\n"))
		if err != nil || len(srcs) != 1 {
			t.Fatalf("%s: %d sources, %v", name, len(srcs), err)
		}
		if s := srcs[0]; s.Text != "\"Hello,\" she said\n" || s.Title != "" {
			t.Errorf("%s: text %q, title %q", name, s.Text, s.Title)
		}
	}
	if _, err := Parse("date.txt", strings.NewReader("date 2021-03-18\n")); err == nil {
		t.Error("a date alone is still an empty article")
	}
}

// FuzzUnwrap checks that every character unwrap keeps, other than the
// spaces it puts for line breaks, maps back to the same byte of the text.
func FuzzUnwrap(f *testing.F) {
	f.Add(wrapped72)
	f.Add(strings.ReplaceAll(wrapped72, "\n", "\r\n"))
	f.Add("a b\nc d\n\n e\n")
	f.Fuzz(func(t *testing.T, text string) {
		got, segs := unwrap(text)
		if len(got) > len(text) {
			t.Fatalf("unwrap grew the text: %q", got)
		}
		loc := newFileLocator(&decoded{text: text, anchors: []anchor{{0, 0}}}, len(got), segs)
		for off := 0; off < len(got); off++ {
			if got[off] == ' ' && (off >= len(text) || text[loc.locate(off).Offset] != ' ') {
				continue
			}
			if p := loc.locate(off); p.Offset >= len(text) || text[p.Offset] != got[off] {
				t.Fatalf("byte %d %q of %q maps to %+v", off, got[off], got, p)
			}
		}
	})
}

// BenchmarkUnwrap measures unwrapping 8 MB of wire copy wrapped at 72
// columns.
func BenchmarkUnwrap(b *testing.B) {
	text := strings.Repeat(wrapped72[len("Ferry Vote Put Off\n"):], 8<<20/len(wrapped72)+1)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if got, _ := unwrap(text); got == text {
			b.Fatal("not unwrapped")
		}
	}
}
