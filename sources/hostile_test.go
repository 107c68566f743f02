package sources

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// loadFile writes content to a file named name and loads it.
func loadFile(t *testing.T, name, content string) ([]*Source, error) {
	t.Helper()
	p := writeTemp(t, name, content)
	return Load(p, Options{})
}

// TestJSONArrayBadRecordLosesOne: a malformed record in a JSON array is
// reported with its number and line, and the records after it are read.
func TestJSONArrayBadRecordLosesOne(t *testing.T) {
	var recs []string
	for i := 1; i <= 10; i++ {
		rec := fmt.Sprintf(`{"title": "Story %d", "text": "The harbour reopened on day %d."}`, i, i)
		if i == 5 {
			rec = `{"title": "Story 5", "text" "no colon", "more": [1, {"x": "]"}]}`
		}
		recs = append(recs, rec)
	}
	srcs, err := loadFile(t, "array.json", "[\n"+strings.Join(recs, ",\n")+"\n]\n")
	if len(srcs) != 9 {
		t.Errorf("%d records read, want 9 of 10", len(srcs))
	}
	var e *Error
	if !errors.As(err, &e) || e.Line != 6 || !strings.Contains(e.Error(), "record 5") {
		t.Errorf("error %v, want record 5 named on line 6", err)
	}
}

// TestValidJSONAndYAMLRead: a number too large for a float64 is valid
// JSON; a YAML alias in front matter is resolved; a front-matter error
// costs the metadata, never the article.
func TestValidJSONAndYAMLRead(t *testing.T) {
	srcs, err := loadFile(t, "big.json", `{"title": "Rates", "date": 1e400, "text": "The bank held rates."}`)
	if err != nil || len(srcs) != 1 {
		t.Errorf("1e400: %d sources, %v", len(srcs), err)
	}
	srcs, err = loadFile(t, "alias.md", "---\nheadline: &t Ferry runs all night\ntitle: *t\n---\n\nThe ferry ran all night.\n")
	if err != nil || len(srcs) != 1 || srcs[0].Title != "Ferry runs all night" {
		t.Errorf("alias: %v, %v; want the title resolved", srcs, err)
	}
	srcs, err = loadFile(t, "unknown.md", "---\ntitle: *nowhere\n---\n\nThe ferry ran all night.\n")
	var w *Warning
	if len(srcs) != 1 || !errors.As(err, &w) || w.Line != 2 || !strings.Contains(w.Msg, "nowhere") {
		t.Errorf("unknown alias: %d sources, %v; want the article and a warning naming the alias on line 2", len(srcs), err)
	}
}

// TestSRTCueWithoutTimingKept: a caption whose timing line is missing or
// negative keeps its text, with a warning naming its line.
func TestSRTCueWithoutTimingKept(t *testing.T) {
	srt := "1\n00:00:01,000 --> 00:00:03,000\nMAYOR LINDQVIST: The ferry will run all night.\n\n" +
		"2\n-00:00:01,000 --> 00:00:02,000\nNobody will be stranded on the island.\n\n" +
		"3\nEvery crossing stays open until dawn.\n\n" +
		"4\n00:00:09,000 --> 00:00:11,000\nThank you.\n"
	srcs, err := loadFile(t, "captions.srt", srt)
	if len(srcs) != 1 {
		t.Fatalf("%d sources, %v", len(srcs), err)
	}
	for _, words := range []string{"stranded on the island", "crossing stays open"} {
		if !strings.Contains(transcriptText(srcs[0]), words) {
			t.Errorf("the transcript lost %q", words)
		}
	}
	var lines []int
	for _, e := range flatten(err) {
		var w *Warning
		if errors.As(e, &w) {
			lines = append(lines, w.Line)
		}
	}
	if fmt.Sprint(lines) != "[6 10]" {
		t.Errorf("warnings on lines %v, want [6 10]: %v", lines, err)
	}
}

// transcriptText gives the words of a transcript's turns.
func transcriptText(s *Source) string {
	var b strings.Builder
	for _, t := range s.Transcript.Turns {
		for _, sp := range t.Spans {
			b.WriteString(s.Text[sp.Start:sp.End] + " ")
		}
	}
	return b.String()
}

// TestUTF16FaultsWarned: a lone surrogate and an odd trailing byte are
// warnings naming their lines; two byte order marks before front matter
// leave it front matter.
func TestUTF16FaultsWarned(t *testing.T) {
	units := utf16.Encode([]rune("Ferry news\n\n\"We will run all night,\" said Mara Lindqvist.\n"))
	units = append(units[:12:12], append([]uint16{0xD800}, units[12:]...)...) // a lone high surrogate on line 3
	b := []byte{0xFF, 0xFE}
	for _, u := range units {
		b = append(b, byte(u), byte(u>>8))
	}
	b = append(b, 'x') // an odd trailing byte
	_, err := loadFile(t, "utf16.txt", string(b))
	var got []string
	for _, e := range flatten(err) {
		var w *Warning
		if errors.As(e, &w) {
			got = append(got, fmt.Sprintf("%d:%s", w.Line, strings.Fields(w.Msg)[0]))
		}
	}
	if fmt.Sprint(got) != "[3:lone 4:odd]" {
		t.Errorf("warnings %v, want a lone surrogate on line 3 and an odd byte after the last line break: %v", got, err)
	}
	bom := "\xef\xbb\xbf"
	srcs, err := loadFile(t, "twice.md", bom+bom+"---\ntitle: Ferry runs all night\n---\n\nThe ferry ran all night.\n")
	if err != nil || len(srcs) != 1 || srcs[0].Title != "Ferry runs all night" || strings.Contains(srcs[0].Text, "---") {
		t.Errorf("two BOMs: %v, %v; want the front matter read as such", srcs, err)
	}
}

// writeTemp writes content to a file named name in a fresh directory.
func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
