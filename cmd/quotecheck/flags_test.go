package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	gold "github.com/quotecheck/quotecheck/internal/golden"
)

// TestCheckAgainstOneValue is the trap of issue 12: with --against taking
// every path up to the next flag, "--against wire d1 d2" checked only d2,
// took d1 for wire copy, and exited 0 on d1's misquote.
func TestCheckAgainstOneValue(t *testing.T) {
	doc, code := checkRun(t, "--against", checkWire, checkDraft, "testdata/check/all-confirmed.md")
	if code != ExitFindings {
		t.Errorf("exit %d, want %d: the first draft's misquote must fail the run", code, ExitFindings)
	}
	drafts := map[string]int{}
	for _, f := range doc.Findings {
		drafts[f.Path]++
	}
	if drafts[checkDraft] == 0 || drafts["testdata/check/all-confirmed.md"] == 0 {
		t.Errorf("findings by draft %v, want both drafts checked", drafts)
	}
}

// TestFlagsAnywhere checks that flags after the paths are flags, not files.
func TestFlagsAnywhere(t *testing.T) {
	out, stderr, code := run(t, "", "diff", "testdata/seeds", "--format", "json", "--min-severity", "error")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var d diffDoc
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("not JSON: %v\n%.200s", err, out)
	}
	for _, u := range d.Utterances {
		if u.Severity != "error" {
			t.Errorf("utterance %s at %s shown despite --min-severity error after the path", u.ID, u.Severity)
		}
	}
	if len(d.Utterances) == 0 {
		t.Error("no utterances")
	}
}

// TestDiffReferenceMustMatch: a --reference naming no article is a usage
// error, not silently ignored.
func TestDiffReferenceMustMatch(t *testing.T) {
	_, stderr, code := run(t, "", "diff", "--reference", "testdata/seeds/000_nope.txt", "testdata/seeds")
	if code != ExitFailure || !strings.Contains(stderr, `--reference "testdata/seeds/000_nope.txt" is none of the articles`) {
		t.Errorf("exit %d, stderr %q; want 2 and a message naming the reference", code, stderr)
	}
	for _, ref := range []string{"testdata/seeds/000_6eba9530498a183b.txt", "./testdata/seeds/000_6eba9530498a183b.txt"} {
		if _, stderr, code := run(t, "", "diff", "--reference", ref, "testdata/seeds"); code != ExitOK {
			t.Errorf("--reference %s: exit %d: %s", ref, code, stderr)
		}
	}
}

func TestVersionLine(t *testing.T) {
	tests := []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"none", nil, "quotecheck devel"},
		{"go install @v", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}},
			"quotecheck v1.2.0 (go1.26.8)"},
		{"source build", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "2cff40fb40c258c9412f423da762714229928fbc"},
			{Key: "vcs.time", Value: "2026-11-29T17:59:56Z"}, {Key: "vcs.modified", Value: "true"}}},
			"quotecheck devel (revision 2cff40fb40c2+dirty, 2026-11-29T17:59:56Z, go1.26.8)"},
	}
	for _, tt := range tests {
		if got := versionLine(tt.bi); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
	if got := shortVersion(tests[2].bi); got != "devel+2cff40fb40c2+dirty" {
		t.Errorf("shortVersion = %q", got)
	}
	if got := shortVersion(tests[1].bi); got != "v1.2.0" {
		t.Errorf("shortVersion = %q", got)
	}
	for _, arg := range []string{"--version", "version"} {
		out, _, code := run(t, "", arg)
		if code != ExitOK || !strings.HasPrefix(out, "quotecheck ") {
			t.Errorf("%s: exit %d, %q", arg, code, out)
		}
	}
}

func TestCheckOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "findings.sarif")
	stdout, stderr, code := run(t, "", "check", "--against", checkWire, "--format", "sarif", "-o", out, checkDraft)
	if code != ExitFindings || stdout != "" {
		t.Errorf("exit %d, stdout %q; want 1 and nothing on stdout (%s)", code, stdout, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.Contains(b, []byte(`"version": "2.1.0"`)) {
		t.Errorf("-o file: %v %.100s", err, b)
	}
}

func TestCheckStdinFilename(t *testing.T) {
	draft := `"We will never negotiate with the Kremlin under any circumstances," she said.` + "\n"
	out, stderr, _ := run(t, draft, "check", "--against", checkWire, "--stdin-filename", "drafts/today.md", "-")
	if !strings.HasPrefix(out, "drafts/today.md:1:2: warning: not found") {
		t.Errorf("output %q, want the finding under drafts/today.md (%s)", out, stderr)
	}
}

func TestNoColorOnlyWhenNonEmpty(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	if os.Getenv("NO_COLOR") != "" || noColor() {
		t.Error("NO_COLOR set but empty turned colour off")
	}
	t.Setenv("NO_COLOR", "1")
	if !noColor() {
		t.Error("NO_COLOR=1 left colour on")
	}
}

// flushLog records writes in order; buffered holds them until Flush, as
// main's buffered standard output does.
type flushLog struct{ log *bytes.Buffer }

type buffered struct {
	pending bytes.Buffer
	log     *bytes.Buffer
}

func (w flushLog) Write(p []byte) (int, error)  { return w.log.Write(p) }
func (w *buffered) Write(p []byte) (int, error) { return w.pending.Write(p) }
func (w *buffered) Flush() error {
	_, err := w.log.Write(w.pending.Bytes())
	w.pending.Reset()
	return err
}

// TestCheckSummaryAfterFindings: on a terminal, standard output and error
// interleave; the summary must come after the findings, not before them.
func TestCheckSummaryAfterFindings(t *testing.T) {
	var log bytes.Buffer
	out := &buffered{log: &log}
	m := &Main{Stdin: strings.NewReader(""), Stdout: out, Stderr: flushLog{&log}}
	_ = m.Run(context.Background(), []string{"check", "--against", checkWire, checkDraft})
	_ = out.Flush()
	s := log.String()
	finding, summary := strings.Index(s, "draft.md:"), strings.Index(s, "quotation(s) in 1 draft(s)")
	if finding < 0 || summary < finding {
		t.Errorf("summary at %d, first finding at %d; want the summary last:\n%s", summary, finding, s)
	}
}

func TestCompletionAndManFollowFlags(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish"} {
		out, stderr, code := run(t, "", "completion", shell)
		if code != ExitOK {
			t.Fatalf("%s: exit %d: %s", shell, code, stderr)
		}
		golden(t, "completion."+shell, out)
		for _, d := range commandDefs() {
			for _, f := range flagsOf(d) {
				if !strings.Contains(out, "--"+f.long) && !strings.Contains(out, "-l "+f.long) {
					t.Errorf("%s completion lacks %s --%s", shell, d.name, f.long)
				}
			}
		}
	}
	if _, _, code := run(t, "", "completion", "tcsh"); code != ExitFailure {
		t.Errorf("unknown shell: exit %d, want 2", code)
	}
	out, _, code := run(t, "", "man")
	if code != ExitOK || !strings.HasPrefix(out, ".TH QUOTECHECK 1") || !strings.Contains(out, `\fB\-\-stdin\-filename\fR \fINAME\fR`) {
		t.Errorf("man: exit %d:\n%.300s", code, out)
	}
	golden(t, "quotecheck.1", out)
}

// TestManComplete: the man page names every flag of every command, the
// environment variables read, every exit status (130 included) and
// check's --against in its synopsis; no sentence ends in a colon with
// nothing after it.
func TestManComplete(t *testing.T) {
	out, _, code := run(t, "", "man")
	if code != ExitOK {
		t.Fatalf("man: exit %d", code)
	}
	for _, d := range commandDefs() {
		for _, f := range flagsOf(d) {
			if !strings.Contains(out, `\fB\-\-`+roff(f.long)+`\fR`) {
				t.Errorf("man page lacks %s --%s", d.name, f.long)
			}
		}
	}
	synopsis, _, _ := strings.Cut(out, ".SH DESCRIPTION")
	for _, want := range []string{".B 130\n", ".B QUOTECHECK_MEMORY\n", ".B FORCE_COLOR\n", ".B NO_COLOR\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("man page lacks %q", want)
		}
	}
	if !strings.Contains(synopsis, ".B quotecheck check\n\\fB\\-\\-against\\fR \\fIPATH\\fR") {
		t.Errorf("synopsis does not give check's --against:\n%s", synopsis)
	}
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if !strings.HasSuffix(l, ":") || strings.HasPrefix(l, "\\fB") {
			continue
		}
		if i+2 >= len(lines) || lines[i+1] != ".PP" || lines[i+2] != ".RS 4" {
			t.Errorf("line %d ends in a colon with no list or example after it: %q", i+1, l)
		}
	}
}

// conventionsDoc is where the conventions table is documented.
func conventionsDoc() string {
	if _, err := os.Stat("docs/ci.md"); err == nil {
		return "docs/ci.md"
	}
	return "README.md"
}

// TestConventionsTable: the documented table of flags, environment and
// exit codes is the one the program's own definitions give (-update
// rewrites it between its markers).
func TestConventionsTable(t *testing.T) {
	const begin, end = "<!-- conventions: begin (go test ./cmd/quotecheck -run TestConventionsTable -update) -->\n", "<!-- conventions: end -->"
	doc := conventionsDoc()
	b, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	i, j := strings.Index(text, begin), strings.Index(text, end)
	if i < 0 || j < i {
		t.Fatalf("%s has no conventions table between %q and %q", doc, begin, end)
	}
	want := conventionsTable(commandDefs())
	if got := text[i+len(begin) : j]; got != want {
		if gold.Updating() {
			if err := os.WriteFile(doc, []byte(text[:i+len(begin)]+want+text[j:]), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Errorf("%s: the conventions table is not the program's (run with -update):\n%s", doc, gold.FirstDiff(got, want))
	}
	for _, cell := range []string{"`-q, --quiet`", "`--color WHEN`", "`--exclude GLOB`", "`FORCE_COLOR`", "`QUOTECHECK_MEMORY`", "exit `130`"} {
		if !strings.Contains(want, cell) {
			t.Errorf("the conventions table lacks %s", cell)
		}
	}
}

// --fail-on defaults to fail_on of the configuration in check and diff
// alike, else to error in check and never in diff: check's usage must not
// promise "error" whatever the configuration says, and the conventions
// table, one row for both commands, must give each command's default.
func TestFailOnDefaultSaid(t *testing.T) {
	out, _, _ := run(t, "", "check", "-h")
	usage := strings.Join(strings.Fields(out), " ")
	wantIn(t, "check -h", usage, "(default: the configuration's fail_on, else error)")
	wantIn(t, "check -h", usage, `!(default "error")`)
	var row string
	for _, line := range strings.Split(conventionsTable(commandDefs()), "\n") {
		if strings.HasPrefix(line, "| `--fail-on") {
			row = line
		}
	}
	wantIn(t, "the conventions table's --fail-on row", row, "else never for diff, error for check")
}

// The settings check -h and the manual list are those .quotecheck.yaml
// takes: speakers (names for a transcript's labels) included.
func TestConfigSettingsListed(t *testing.T) {
	out, _, _ := run(t, "", "check", "-h")
	man, _, _ := run(t, "", "man")
	for name, s := range map[string]string{"check -h": out, "man": man} {
		wantIn(t, name, strings.Join(strings.Fields(s), " "), "fragment_words, ignore, speakers)")
	}
}
