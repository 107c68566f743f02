package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/report"
)

// exampleWire is two outlets' copies of one story; one adds two words to
// the director's quotation (an error), so diff finds a difference.
const exampleWire = "testdata/example/wire"

// writeFiles writes name: text pairs under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const (
	articleA = "Library hours cut\n\n\"We open at ten from Monday,\" said librarian Ines Vale.\n"
	articleB = "Pool closes early\n\n\"The water is too cold for lessons,\" said coach Pavel Orr.\n"
	articleC = "Market moves\n\n\"Stalls return to the square in May,\" said organiser Lena Moss.\n"
)

func TestQuiet(t *testing.T) {
	dir := t.TempDir()
	// the same text twice: a caveat (exact duplicate) on stderr
	writeFiles(t, dir, map[string]string{"a.txt": articleA, "copy.txt": articleA})
	tests := []struct {
		name           string
		args           []string
		wantCode       int
		stdout, stderr string // wanted in, or (with !) absent from, the stream
	}{
		{"check prints its summary", []string{"check", "--against", checkWire, checkDraft}, ExitFindings, "draft.md:", "quotation(s) in 1 draft(s)"},
		{"check --quiet prints findings only", []string{"check", "--quiet", "--against", checkWire, checkDraft}, ExitFindings, "draft.md:", "!quotation(s)"},
		{"diff names the count behind exit 1", []string{"diff", "--fail-on", "error", exampleWire}, ExitFindings, "bicycles", "1 utterance with differences"},
		{"diff -q keeps the status, not the sentence", []string{"diff", "-q", "--fail-on", "error", exampleWire}, ExitFindings, "bicycles", "!utterance"},
		{"extract warns of a duplicate", []string{"extract", dir}, ExitOK, "Ines Vale", "exact duplicate"},
		{"extract --quiet does not", []string{"extract", "--quiet", dir}, ExitOK, "Ines Vale", "!exact duplicate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := run(t, "", tt.args...)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.wantCode, stderr)
			}
			wantIn(t, "stdout", out, tt.stdout)
			wantIn(t, "stderr", stderr, tt.stderr)
			if strings.Contains(tt.stderr, "!") && strings.TrimSpace(stderr) != "" {
				t.Errorf("--quiet: stderr not empty:\n%s", stderr)
			}
		})
	}
}

// wantIn checks that s holds want, or lacks it when want starts with "!".
func wantIn(t *testing.T, name, s, want string) {
	t.Helper()
	if absent, ok := strings.CutPrefix(want, "!"); ok {
		if strings.Contains(s, absent) {
			t.Errorf("%s holds %q:\n%s", name, absent, s)
		}
		return
	}
	if !strings.Contains(s, want) {
		t.Errorf("%s lacks %q:\n%s", name, want, s)
	}
}

func TestColor(t *testing.T) {
	tests := []struct {
		flag, noColor, forceColor string
		want                      bool
	}{
		{"", "", "", false}, // not a terminal
		{"--color=always", "", "", true},
		{"--color=always", "1", "", true},
		{"--color=never", "", "1", false},
		{"--color=auto", "", "1", true},
		{"", "", "1", true},
		{"", "", "0", false},
		{"", "1", "1", false},
	}
	for _, tt := range tests {
		t.Run(tt.flag+" NO_COLOR="+tt.noColor+" FORCE_COLOR="+tt.forceColor, func(t *testing.T) {
			t.Setenv("NO_COLOR", tt.noColor)
			t.Setenv("FORCE_COLOR", tt.forceColor)
			args := []string{"diff", exampleWire}
			if tt.flag != "" {
				args = append(args, tt.flag)
			}
			out, stderr, code := run(t, "", args...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if got := strings.Contains(out, "\x1b["); got != tt.want {
				t.Errorf("coloured %v, want %v:\n%s", got, tt.want, out)
			}
		})
	}
	if _, stderr, code := run(t, "", "diff", "--color=sometimes", exampleWire); code != ExitFailure || !strings.Contains(stderr, "--color") {
		t.Errorf("--color=sometimes: exit %d, stderr %q; want 2 naming --color", code, stderr)
	}
}

func TestVerbose(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": articleA, "notes.bak": articleB, ".hidden.txt": articleC, "gold.json": "{}"})
	_, stderr, code := run(t, "", "extract", "--verbose", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"skipped " + filepath.Join(dir, "notes.bak") + ": not an article's extension",
		"skipped " + filepath.Join(dir, ".hidden.txt") + ": hidden", "skipped " + filepath.Join(dir, "gold.json") + ": an annotation file", "1 quotation read from 1 source after ", "done after "} {
		wantIn(t, "stderr", stderr, want)
	}
	// --verbose is diagnostics; listing confirmed quotations stays --all
	out, stderr, _ := run(t, "", "check", "--verbose", "--against", checkWire, checkDraft)
	wantIn(t, "stdout", out, "!confirmed")
	wantIn(t, "stderr", stderr, "quotations checked after ")
	out, _, _ = run(t, "", "check", "--all", "--against", checkWire, checkDraft)
	wantIn(t, "stdout", out, "confirmed")
}

func TestExcludeAndGlobs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.md": articleA, "old/b.md": articleB, "deep/x/c.md": articleC, "deep/x/c.txt": articleC, "skip.draft.md": articleB,
	})
	tests := []struct {
		name     string
		args     []string
		want     []string // the files read, relative to dir
		wantCode int
		stderr   string
	}{
		{"a directory", []string{dir}, []string{"a.md", "deep/x/c.md", "deep/x/c.txt", "old/b.md", "skip.draft.md"}, ExitOK, ""},
		{"--exclude a folder", []string{dir, "--exclude", dir + "/old/**"}, []string{"a.md", "deep/x/c.md", "deep/x/c.txt", "skip.draft.md"}, ExitOK, ""},
		{"--exclude a name, twice", []string{dir, "--exclude", "*.draft.md", "--exclude", "*.txt"}, []string{"a.md", "deep/x/c.md", "old/b.md"}, ExitOK, ""},
		{"--exclude a directory by path", []string{dir, "--exclude", dir + "/deep"}, []string{"a.md", "old/b.md", "skip.draft.md"}, ExitOK, ""},
		{"a ** glob", []string{dir + "/**/*.md"}, []string{"a.md", "deep/x/c.md", "old/b.md", "skip.draft.md"}, ExitOK, ""},
		{"a * glob", []string{dir + "/*/b.md"}, []string{"old/b.md"}, ExitOK, ""},
		{"a glob and --exclude", []string{dir + "/**/*.md", "--exclude", "skip*"}, []string{"a.md", "deep/x/c.md", "old/b.md"}, ExitOK, ""},
		{"a glob matching nothing", []string{dir + "/**/*.html"}, nil, ExitFailure, "no file matches " + dir + "/**/*.html"},
		{"a bad --exclude", []string{dir, "--exclude", "[a"}, nil, ExitFailure, "--exclude: malformed pattern [a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := run(t, "", append([]string{"extract", "--format", "json"}, tt.args...)...)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d: %s", code, tt.wantCode, stderr)
			}
			wantIn(t, "stderr", stderr, tt.stderr)
			if code != ExitOK {
				return
			}
			var x struct{ Sources []struct{ Path string } }
			if err := json.Unmarshal([]byte(out), &x); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range x.Sources {
				rel, _ := filepath.Rel(dir, s.Path)
				got = append(got, filepath.ToSlash(rel))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("read %v, want %v", got, tt.want)
			}
		})
	}
}

func TestOutputEverywhere(t *testing.T) {
	dir := t.TempDir()
	for _, format := range []string{"table", "json", "jsonl", "csv", "markdown"} {
		name := filepath.Join(dir, "quotes."+format)
		out, stderr, code := run(t, "", "extract", "--format", format, "-o", name, exampleWire)
		if code != ExitOK || out != "" {
			t.Fatalf("extract --format %s -o: exit %d, stdout %q: %s", format, code, out, stderr)
		}
		want, _, _ := run(t, "", "extract", "--format", format, exampleWire)
		if got, err := os.ReadFile(name); err != nil || string(got) != want {
			t.Errorf("extract --format %s -o wrote %q (%v), want what stdout gets:\n%s", format, got, err, want)
		}
	}
	// diff writes SARIF, one result a differing version, at its place
	out, stderr, code := run(t, "", "diff", "--format", "sarif", exampleWire)
	if code != ExitOK {
		t.Fatalf("diff --format sarif: exit %d: %s", code, stderr)
	}
	var log struct {
		Version string
		Runs    []struct {
			Results []struct {
				RuleID, Level string
				Message       struct{ Text string }
				Locations     []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("not SARIF 2.1.0 (%v):\n%.300s", err, out)
	}
	rs := log.Runs[0].Results
	if len(rs) != 2 || rs[0].Level != "error" || !strings.Contains(rs[0].Message.Text, "bicycles") || rs[1].Level != "note" ||
		rs[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "testdata/example/wire/harbour-gazette-2025-03-02.txt" ||
		rs[0].Locations[0].PhysicalLocation.Region.StartLine != 5 {
		t.Errorf("results %+v; want an error at the gazette's line 5 naming the added words, and a note", rs)
	}
}

func TestDiffFailOnNeverAndConfig(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"error.yaml": "fail_on: error\n", "never.yaml": "fail_on: never\n"})
	tests := []struct {
		args []string
		want int
	}{
		{nil, ExitOK},
		{[]string{"--fail-on", "error"}, ExitFindings},
		{[]string{"--fail-on", "never"}, ExitOK},
		{[]string{"--config", dir + "/error.yaml"}, ExitFindings},
		{[]string{"--config", dir + "/error.yaml", "--fail-on", "never"}, ExitOK},
		{[]string{"--config", dir + "/never.yaml"}, ExitOK},
		{[]string{"--config", dir + "/never.yaml", "--fail-on", "info"}, ExitFindings},
		{[]string{"--fail-on", "sometimes"}, ExitFailure},
	}
	for _, tt := range tests {
		args := append([]string{"diff", exampleWire}, tt.args...)
		if _, stderr, code := run(t, "", args...); code != tt.want {
			t.Errorf("%s: exit %d, want %d: %s", strings.Join(args, " "), code, tt.want, stderr)
		}
	}
}

func TestDidYouMean(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"dif", "x"}, `unknown command "dif" (did you mean "diff"?)`},
		{[]string{"chekc"}, `(did you mean "check"?)`},
		{[]string{"extarct"}, `(did you mean "extract"?)`},
		{[]string{"frobnicate"}, `unknown command "frobnicate"; run 'quotecheck help'`},
		{[]string{"check", "--formt", "json"}, "unknown flag: --formt (did you mean --format?)"},
		{[]string{"diff", "--min-severty", "x"}, "(did you mean --min-severity?)"},
		{[]string{"extract", "--exlcude", "x"}, "(did you mean --exclude?)"},
		{[]string{"diff", "--refrence", "x"}, "(did you mean --reference?)"},
		{[]string{"check", "--zzzzzz"}, "unknown flag: --zzzzzz; run"},
	}
	for _, tt := range tests {
		_, stderr, code := run(t, "", tt.args...)
		if code != ExitFailure || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tt.args, code, stderr, tt.want)
		}
	}
}

// ansi matches terminal colour sequences.
var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

// TestTablesFitTheTerminal renders the real reports of the seeds at
// terminal widths: no line is wider, and no word of the wording is lost.
func TestTablesFitTheTerminal(t *testing.T) {
	corp, err := quotecheck.Load(context.Background(), []string{"testdata/seeds"}, quotecheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	us, err := quotecheck.Diff(context.Background(), corp, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := &report.Diff{Sources: corp.Sources, Quotes: corp.Quotes, Utterances: us}
	x := &report.Extract{Sources: corp.Sources, Quotes: corp.Quotes}
	for _, width := range []int{80, 100, 60} {
		for _, color := range []bool{false, true} {
			var b bytes.Buffer
			if err := report.WriteDiff(&b, "table", d, report.Options{Width: width, Color: color}); err != nil {
				t.Fatal(err)
			}
			fits(t, "diff", b.String(), width)
			if color && strings.Count(b.String(), "\x1b[0m") < strings.Count(b.String(), "\x1b[3") {
				t.Errorf("diff at %d: a colour left open at a line break", width)
			}
		}
		var b bytes.Buffer
		if err := report.WriteExtract(&b, "table", x, report.Options{Width: width}); err != nil {
			t.Fatal(err)
		}
		fits(t, "extract", b.String(), width)
	}
	out, _, _ := run(t, "", "diff", "testdata/seeds")
	wide := wordsOf(out)
	var b bytes.Buffer
	_ = report.WriteDiff(&b, "table", d, report.Options{Width: 80})
	if narrow := wordsOf(b.String()); narrow != wide {
		t.Errorf("the 80-column table's cells hold other text than the wide one's (%d characters, %d)", len(narrow), len(wide))
	}
}

// fits checks that no line of s is wider than width.
func fits(t *testing.T, name, s string, width int) {
	t.Helper()
	for i, line := range strings.Split(s, "\n") {
		if w := twwidth.Width(ansi.ReplaceAllString(line, "")); w > width {
			t.Errorf("%s at %d columns: line %d is %d wide: %s", name, width, i+1, w, line)
			return
		}
	}
}

// wordsOf gives the characters of a report's table cells, sorted: the
// same for two tables that hold the same text, however wrapped.
func wordsOf(s string) string {
	var rs []rune
	for _, r := range s {
		if !unicode.IsSpace(r) && !strings.ContainsRune("│─┌┐└┘├┤┬┴┼", r) {
			rs = append(rs, r)
		}
	}
	slices.Sort(rs)
	return string(rs)
}
