package sources

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

const fixtures = "../testdata/sources"

func fixture(name string) string { return filepath.Join(fixtures, name) }

func TestLoadFormats(t *testing.T) {
	tests := []struct {
		file        string
		want        Source // metadata fields compared; Text checked below
		contains    []string
		notContains []string
	}{
		{"page.html", Source{Outlet: "Daily Planet", Title: "Putin challenges Biden to live talks", Date: "2021-03-18", Format: "html", Byline: "By Lois Lane"},
			[]string{"Putin challenges Biden to live talks\n\nRussian President", "“I want to invite President Biden", "Moscow & the message", `Biden was "quite busy" and`, "“without delay”"},
			[]string{"Home", "Sidebar", "Most read", "Celebrity chef", "Copyright", "analytics", "tracking", "font-family", "Another story", "&ldquo;", "\n\n\n"}},
		{"story.md", Source{Outlet: "Example Wire", Title: "Biden declines Putin's offer", Date: "2021-03-19", URL: "https://example.com/biden-declines", Byline: "Jane Roe, John Doe", Format: "markdown"},
			[]string{"Biden declines Putin's offer\n\nThe White House on Friday", `"The president is quite busy," press secretary`},
			[]string{"outlet:", "---"}},
		{"cp1252.txt", Source{Outlet: "cp1252", Format: "text", Encoding: "windows-1252"},
			[]string{"reporters “I’ve just thought of this now” in", "café"}, nil},
		{"bom.txt", Source{Outlet: "bom", Title: "BOM headline here", Format: "text"},
			[]string{"BOM headline here\n"}, []string{"\uFEFF"}},
		{"utf16.txt", Source{Outlet: "utf16", Format: "text", Encoding: "utf-16le"},
			[]string{"“Hello there,” he said.\nSecond line."}, []string{"\uFEFF", "\x00"}},
		{"reuters-2021-03-18.txt", Source{Outlet: "reuters", Date: "2021-03-18", Format: "text"},
			[]string{`says "hi" to`}, nil},
		{"../seeds/001_df291eccda40f15d.txt", Source{Outlet: "001_df291eccda40f15d", Date: "2021-03-18", Format: "text"},
			[]string{"Russian President Vladimir Putin challenged"}, []string{"date 2021"}},
		{"../seeds/000_6eba9530498a183b.txt", Source{Outlet: "000_6eba9530498a183b", Format: "text",
			Title: "White House Says Biden Is 'Quite Busy' After Putin Invites President For 'Live' Chat"},
			[]string{"Politics\n\nWhite House Says"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			srcs, err := Load(fixture(tt.file), Options{})
			if err = errorsOnly(err); err != nil {
				t.Fatalf("Load: %v", err)
			}
			if len(srcs) != 1 {
				t.Fatalf("got %d sources, want 1", len(srcs))
			}
			s := srcs[0]
			got := Source{Outlet: s.Outlet, Title: s.Title, Date: s.Date, URL: s.URL, Byline: s.Byline, Format: s.Format, Encoding: s.Encoding}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("metadata:\n got %+v\nwant %+v", got, tt.want)
			}
			if s.Path != fixture(tt.file) {
				t.Errorf("Path = %q", s.Path)
			}
			for _, c := range tt.contains {
				if !strings.Contains(s.Text, c) {
					t.Errorf("Text lacks %q:\n%s", c, s.Text)
				}
			}
			for _, c := range tt.notContains {
				if strings.Contains(s.Text, c) {
					t.Errorf("Text has %q:\n%s", c, s.Text)
				}
			}
			if !utf8.ValidString(s.Text) {
				t.Error("Text is not valid UTF-8")
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		file string
		line int
		msg  string
	}{
		{"binary.txt", 0, "binary file"},
		{"empty.txt", 0, "empty file"},
		{"dateonly.txt", 0, "empty article"},
		{"invalid.txt", 2, "column 5: invalid UTF-8 (byte 0x81)"},
		{"notarticle.json", 1, "not an article record"},
		{"missing.txt", 0, "no such file"},
		{"noarticles", 0, "is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			srcs, err := Load(fixture(tt.file), Options{})
			if len(srcs) != 0 {
				t.Errorf("got %d sources, want none", len(srcs))
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is not an *Error", err)
			}
			if e.Path != fixture(tt.file) || e.Line != tt.line || !strings.Contains(e.Error(), tt.msg) {
				t.Errorf("got %q (path %q, line %d), want line %d and %q", e.Error(), e.Path, e.Line, tt.line, tt.msg)
			}
		})
	}
}

func TestLoadTooLarge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.txt")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, MaxFileSize+1); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path, Options{})
	if err == nil || !strings.Contains(err.Error(), "file too large") || !strings.Contains(err.Error(), path) {
		t.Errorf("got %v, want a too-large error naming the file", err)
	}
	_, err = Load("-", Options{Stdin: strings.NewReader(strings.Repeat("a", MaxFileSize+1))})
	if err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("stdin: got %v, want a too-large error", err)
	}
}

func TestLoadRecords(t *testing.T) {
	tests := []struct {
		file      string
		format    string
		outlets   []string
		records   []int
		lines     []int // Locate(0).Line of each source
		errLines  []int
		firstText string
	}{
		{"records.json", "json", []string{"Wire One", "Wire Three"}, []int{1, 3}, []int{2, 5}, []int{4},
			"Putin offers talks\n\nPutin said: “Let us talk live.”\nHe spoke in Moscow."},
		{"wire.jsonl", "jsonl", []string{"AP", "AFP"}, []int{1, 3}, []int{1, 4}, []int{2},
			"Putin challenges Biden\n\n\"I want to invite President Biden,\" Putin said."},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			srcs, err := Load(fixture(tt.file), Options{})
			var outlets []string
			var records, lines, errLines []int
			for _, s := range srcs {
				outlets = append(outlets, s.Outlet)
				records = append(records, s.Record)
				lines = append(lines, s.Locate(0).Line)
				if s.Format != tt.format {
					t.Errorf("Format = %q", s.Format)
				}
			}
			for _, e := range flatten(err) {
				var fe *Error
				if !errors.As(e, &fe) || fe.Path != fixture(tt.file) {
					t.Errorf("error %v is not an *Error naming the file", e)
					continue
				}
				errLines = append(errLines, fe.Line)
			}
			if !reflect.DeepEqual(outlets, tt.outlets) || !reflect.DeepEqual(records, tt.records) ||
				!reflect.DeepEqual(lines, tt.lines) || !reflect.DeepEqual(errLines, tt.errLines) {
				t.Errorf("got outlets %v records %v lines %v error lines %v", outlets, records, lines, errLines)
			}
			if len(srcs) > 0 && srcs[0].Text != tt.firstText {
				t.Errorf("Text = %q", srcs[0].Text)
			}
		})
	}
}

func TestLoadStdin(t *testing.T) {
	tests := []struct{ input, format string }{
		{"<!DOCTYPE html><html><head><title>T</title></head><body><article><p>" + strings.Repeat("Some article words here. ", 20) + "</p></article></body></html>", "html"},
		{"---\ntitle: A story\n---\nBody of the story.\n", "markdown"},
		{`[{"text": "Body of the story."}]`, "json"},
		{"{\"text\": \"one\"}\n{\"text\": \"two\"}\n", "jsonl"},
		{"Plain words of a story.\n", "text"},
	}
	for _, tt := range tests {
		srcs, err := Load("-", Options{Stdin: strings.NewReader(tt.input)})
		if err != nil || len(srcs) == 0 {
			t.Errorf("%s: got %v, %v", tt.format, srcs, err)
			continue
		}
		if srcs[0].Format != tt.format || srcs[0].Path != "-" {
			t.Errorf("%s: got format %q path %q", tt.format, srcs[0].Format, srcs[0].Path)
		}
	}
	if _, err := Load("-", Options{}); err == nil {
		t.Error("no stdin: want an error")
	}
}

func TestFiles(t *testing.T) {
	files, errs := Files([]string{fixtures, "-", fixture("story.md"), fixture("noarticles"), fixture("nope")})
	want := []string{"bad_yaml.md", "binary.txt", "bom.txt", "cp1252.txt", "dateonly.txt", "dup/a/story.txt", "dup/b/story.txt",
		"empty.txt", "invalid.txt", "notarticle.json", "page.html", "records.json", "reuters-2021-03-18.txt", "story.md",
		"utf16.txt", "wire.jsonl"}
	for i := range want {
		want[i] = fixture(want[i])
	}
	want = append(want, "-")
	if !reflect.DeepEqual(files, want) {
		t.Errorf("files:\n got %v\nwant %v", files, want)
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	wantErrs := []string{fixture("noarticles") + ": no article files in directory", fixture("nope") + ": no such file or directory"}
	if !reflect.DeepEqual(msgs, wantErrs) {
		t.Errorf("errors:\n got %q\nwant %q", msgs, wantErrs)
	}
}

func TestRead(t *testing.T) {
	srcs, errs := Read([]string{fixtures}, Options{})
	if err := errorsOnly(errors.Join(errs...)); len(flatten(err)) != 7 || len(errs) != 10 {
		t.Errorf("got %d errors, want 7 and 3 warnings: %v", len(errs), errs)
	}
	var ids []string
	for _, s := range srcs {
		ids = append(ids, s.ID)
	}
	want := []string{"bad_yaml", "bom", "cp1252", "a/story", "b/story", "page", "records#1", "records#3", "reuters-2021-03-18",
		"sources/story", "utf16", "wire#1", "wire#3"}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("IDs:\n got %v\nwant %v", ids, want)
	}
}

func TestAssign(t *testing.T) {
	tests := []struct {
		paths   []string
		records []int
		want    []string
	}{
		{[]string{"data/000_6eba9530498a183b.txt", "data/x.md"}, []int{0, 0}, []string{"000_6eba9530498a183b", "x"}},
		{[]string{"a/story.txt", "b/story.html", "c.txt"}, []int{0, 0, 0}, []string{"a/story", "b/story", "c"}},
		{[]string{"x/a/story.txt", "y/a/story.txt"}, []int{0, 0}, []string{"x/a/story", "y/a/story"}},
		{[]string{"w.jsonl", "w.jsonl", "-"}, []int{1, 2, 0}, []string{"w#1", "w#2", "stdin"}},
		{[]string{"a.txt", "a.txt"}, []int{0, 0}, []string{"a", "a~2"}},
		{[]string{"story.txt", "news/story.txt"}, []int{0, 0}, []string{"story", "news/story"}},
		{[]string{"w.jsonl", "w.jsonl", "w.jsonl", "w.jsonl"}, []int{1, 2, 1, 2}, []string{"w#1", "w#2", "w~2#1", "w~2#2"}},
	}
	for _, tt := range tests {
		var srcs []*Source
		for i, p := range tt.paths {
			srcs = append(srcs, &Source{Path: p, Record: tt.records[i]})
		}
		Assign(srcs)
		var got []string
		for _, s := range srcs {
			got = append(got, s.ID)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Assign(%v) = %v, want %v", tt.paths, got, tt.want)
		}
	}
}

// TestFileIDsMatchAssign: naming files from the list alone, as a streaming
// reader does, gives the IDs Assign gives the loaded sources.
func TestFileIDsMatchAssign(t *testing.T) {
	files := []string{"x/a/story.txt", "y/a/story.txt", "c.txt", "c.txt", "-"}
	want := []string{"x/a/story", "y/a/story", "c", "c~2", "stdin"}
	if got := FileIDs(files); !reflect.DeepEqual(got, want) {
		t.Errorf("FileIDs = %v, want %v", got, want)
	}
}
