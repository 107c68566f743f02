package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	checkDraft = "testdata/check/draft.md"
	checkWire  = "testdata/seeds"
)

// checkGolden compares got with testdata/check/name, or rewrites it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	goldenFile(t, filepath.Join("testdata", "check", name), got)
}

func TestCheckGolden(t *testing.T) {
	for _, tt := range []struct{ name, golden string }{
		{"line", "draft.line.golden"}, {"json", "draft.json.golden"}, {"table", "draft.table.golden"},
		{"sarif", "draft.sarif.golden"}, {"github", "draft.github.golden"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, _, code := run(t, "", "check", "--against", checkWire, "--format", tt.name, checkDraft)
			if code != ExitFindings {
				t.Errorf("exit %d, want %d", code, ExitFindings)
			}
			checkGolden(t, tt.golden, out)
		})
	}
	t.Run("line all", func(t *testing.T) {
		out, stderr, _ := run(t, "", "check", "--against", checkWire, "--all", checkDraft)
		checkGolden(t, "draft.line-all.golden", out)
		if !strings.Contains(stderr, "8 quotation(s) in 1 draft(s) against 4 source(s)") {
			t.Errorf("stderr lacks the summary: %q", stderr)
		}
	})
	// --all lists confirmed quotations in github output too, as its usage says
	t.Run("github all", func(t *testing.T) {
		out, _, _ := run(t, "", "check", "--against", checkWire, "--all", "--format", "github", checkDraft)
		want := "::notice file=testdata/check/draft.md,line=11,col=2,title=quotecheck confirmed::confirmed by testdata/seeds/001_df291eccda40f15d.txt:19:2\n"
		if !strings.HasPrefix(out, want) || strings.Count(out, "\n") != 8 {
			t.Errorf("check --all --format github:\n%s\nwant 8 annotations, the first\n%s", out, want)
		}
	})
}

type checkJSON struct {
	Findings []struct {
		Path, Text, Status, Severity, Source string
		Line, Column                         int
		Differences                          []struct{ Kind, Severity string }
	}
	Summary struct {
		Statuses   map[string]int
		Baselined  int
		Suppressed int
		ExitCode   int `json:"exit_code"`
	}
}

func checkRun(t *testing.T, args ...string) (checkJSON, int) {
	t.Helper()
	out, stderr, code := run(t, "", append([]string{"check", "--format", "json"}, args...)...)
	var doc checkJSON
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON (%v): %q %s", err, out, stderr)
	}
	return doc, code
}

// TestCheckDraftStatuses pins the verdict on each kind of quotation in the draft.
func TestCheckDraftStatuses(t *testing.T) {
	doc, code := checkRun(t, "--against", checkWire, checkDraft)
	want := []struct{ text, status, severity, kind string }{
		{"We are ready any time", "confirmed", "none", ""},                       // exactly right
		{"I’ve just thought of this now", "confirmed", "none", ""},               // cosmetic only
		{"quite busy", "confirmed", "none", ""},                                  // fragment, verbatim excerpt
		{"a direct and honest answer", "differs", "error", "inserted"},           // inserted words
		{"It takes one to know one", "differs", "error", "speaker"},              // wrong speaker
		{"The price he is going to pay", "differs", "error", "inserted"},         // interrupted, second part differs
		{"charm offensive", "not-found", "info", ""},                             // scare-quote fragment
		{"We will never negotiate with the Kremlin", "not-found", "warning", ""}, // made up
	}
	if len(doc.Findings) != len(want) || code != ExitFindings || doc.Summary.ExitCode != ExitFindings {
		t.Fatalf("%d findings, exit %d (summary %d); want %d findings, exit 1", len(doc.Findings), code, doc.Summary.ExitCode, len(want))
	}
	for i, w := range want {
		f := doc.Findings[i]
		if !strings.Contains(f.Text, w.text) || f.Status != w.status || f.Severity != w.severity {
			t.Errorf("finding %d = %q %s %s, want %q %s %s", i, f.Text, f.Status, f.Severity, w.text, w.status, w.severity)
		}
		if w.kind != "" && !hasKind(f.Differences, w.kind) {
			t.Errorf("finding %d (%q) lacks a %s difference: %+v", i, w.text, w.kind, f.Differences)
		}
	}
	// The interrupted quotation points at its second part, where it differs.
	if f := doc.Findings[5]; f.Line != 21 || f.Column != 75 {
		t.Errorf("interrupted quotation points at %d:%d, want 21:75 (the inserted word)", f.Line, f.Column)
	}
}

func hasKind(ds []struct{ Kind, Severity string }, kind string) bool {
	for _, d := range ds {
		if d.Kind == kind {
			return true
		}
	}
	return false
}

func TestCheckExitCodes(t *testing.T) {
	badBaseline := filepath.Join(t.TempDir(), "corrupt.json")
	if err := os.WriteFile(badBaseline, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		args    []string
		code    int
		wantErr string
	}{
		{"all confirmed", []string{"--against", checkWire, "testdata/check/all-confirmed.md"}, 0, ""},
		{"a misquote", []string{"--against", checkWire, checkDraft}, 1, ""},
		{"not found only", []string{"--against", checkWire, "testdata/check/not-found-only.md"}, 0, ""},
		{"not found, fail on warning", []string{"--against", checkWire, "--fail-on", "warning", "testdata/check/not-found-only.md"}, 1, ""},
		{"misquote, fail never", []string{"--against", checkWire, "--fail-on", "never", checkDraft}, 0, ""},
		{"against comma list", []string{"--against", "testdata/seeds/001_df291eccda40f15d.txt,testdata/seeds/000_6eba9530498a183b.txt", "testdata/check/all-confirmed.md"}, 0, ""},
		{"bad flag", []string{"--against", checkWire, "--frobnicate", checkDraft}, 2, "unknown flag: --frobnicate"},
		{"no against", []string{checkDraft}, 2, "no wire copy to check against; name it with --against PATH"},
		{"no draft", []string{"--against", checkWire}, 2, "no draft given"},
		{"missing draft", []string{"--against", checkWire, "testdata/check/nope.md"}, 2, "nope.md"},
		{"missing wire", []string{"--against", "testdata/nope", checkDraft}, 2, "wire copy (--against)"},
		{"bad config", []string{"--config", "testdata/check/bad-config.yaml", checkDraft}, 2, `bad-config.yaml:5: severities.substitued: unknown difference kind "substitued"`},
		{"missing config", []string{"--config", "testdata/check/nope.yaml", checkDraft}, 2, "nope.yaml: no such file"},
		{"bad fail-on", []string{"--against", checkWire, "--fail-on", "sometimes", checkDraft}, 2, `unknown --fail-on level "sometimes"`},
		{"bad format", []string{"--against", checkWire, "--format", "xml", checkDraft}, 2, `unknown format "xml"`},
		{"missing baseline", []string{"--against", checkWire, "--baseline", "testdata/check/nope.json", checkDraft}, 2, "baseline testdata/check/nope.json: no such file"},
		{"corrupt baseline", []string{"--against", checkWire, "--baseline", badBaseline, checkDraft}, 2, "corrupt.json: not a quotecheck baseline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := run(t, "", append([]string{"check"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr %q lacks %q", stderr, tt.wantErr)
			}
		})
	}
}

// TestCheckBaseline records the draft's findings, then checks that the
// baseline suppresses exactly those, even after lines are inserted above
// them, while a new misquotation still fails; and that a copy of the draft
// is a draft of its own, whose findings the baseline does not hide.
func TestCheckBaseline(t *testing.T) {
	dir := t.TempDir()
	orig, err := os.ReadFile(checkDraft)
	if err != nil {
		t.Fatal(err)
	}
	draft := filepath.Join(dir, "draft.md")
	if err := os.WriteFile(draft, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(dir, "baseline.json")
	first, code := checkRun(t, "--against", checkWire, "--write-baseline", base, draft)
	if code != ExitOK {
		t.Fatalf("writing the baseline: exit %d, want 0 (its findings are accepted)", code)
	}
	recorded := len(first.Findings) - first.Summary.Statuses["confirmed"]

	doc, code := checkRun(t, "--against", checkWire, "--baseline", base, draft)
	if code != ExitOK || doc.Summary.Baselined != recorded || doc.Summary.Statuses["differs"]+doc.Summary.Statuses["not-found"] != 0 {
		t.Errorf("same draft with baseline: exit %d, baselined %d (want %d), statuses %v", code, doc.Summary.Baselined, recorded, doc.Summary.Statuses)
	}

	copied := filepath.Join(dir, "copy.md")
	if err := os.WriteFile(copied, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	if doc, _ := checkRun(t, "--against", checkWire, "--baseline", base, copied); doc.Summary.Baselined != 0 {
		t.Errorf("a copy of the draft: %d findings baselined, want 0 (the baseline is the original's)", doc.Summary.Baselined)
	}

	body := strings.Replace(string(orig), "# Putin", "An editor's note.\n\nAnother paragraph.\n\n# Putin", 1) +
		"\n\"The price he is going to pay, well, you'll see it tomorrow,\" Biden said.\n"
	if err := os.WriteFile(draft, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, code = checkRun(t, "--against", checkWire, "--baseline", base, draft)
	var fresh []string
	for _, f := range doc.Findings {
		if f.Status != "confirmed" {
			fresh = append(fresh, f.Text)
		}
	}
	if code != ExitFindings || doc.Summary.Baselined != recorded || len(fresh) != 1 || !strings.Contains(fresh[0], "tomorrow") {
		t.Errorf("edited draft with baseline: exit %d, baselined %d (want %d), new findings %q (want only the added misquote)", code, doc.Summary.Baselined, recorded, fresh)
	}
}

// TestCheckConfig checks each configuration key through the command, and
// that flags override the file.
func TestCheckConfig(t *testing.T) {
	dir := t.TempDir()
	wire, err := filepath.Abs(checkWire)
	if err != nil {
		t.Fatal(err)
	}
	// against is relative to the config file: "wire" stands for the path
	// from the config's directory to the seeds.
	rel, err := filepath.Rel(dir, wire)
	if err != nil {
		t.Fatal(err)
	}
	write := func(body string) string {
		p := filepath.Join(dir, ".quotecheck.yaml")
		body = strings.ReplaceAll(body, "wire", rel)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	notFound := "testdata/check/not-found-only.md"
	tests := []struct {
		name, yaml string
		args       []string
		code       int
		out        string
	}{
		{"against", "against: [wire]\n", []string{notFound}, 0, "warning: not found"},
		{"fail_on", "against: wire\nfail_on: warning\n", []string{notFound}, 1, "warning: not found"},
		{"fail_on overridden by flag", "against: wire\nfail_on: warning\n", []string{"--fail-on", "error", notFound}, 0, "warning: not found"},
		{"format", "against: wire\nformat: github\n", []string{notFound}, 0, "::warning file=testdata/check/not-found-only.md,line=3,col=2,"},
		{"format overridden by flag", "against: wire\nformat: github\n", []string{"--format", "line", notFound}, 0, "not-found-only.md:3:2: warning:"},
		{"against overridden by flag", "against: nowhere\n", []string{"--against", checkWire, notFound}, 0, "warning: not found"},
		{"severities status", "against: wire\nseverities: {not-found: error}\n", []string{notFound}, 1, "error: not found"},
		{"severities kind", "against: wire\nseverities: {inserted: info, speaker: warning}\n", []string{checkDraft}, 0, "warning: credited to Vladimir Putin"},
		{"fragment_words", "against: wire\nfragment_words: 12\n", []string{notFound}, 0, "info: not found"},
		{"ignore text", "against: wire\nignore: [{text: '^Our plan'}]\n", []string{"--fail-on", "info", notFound}, 0, ""},
		{"ignore path", "against: wire\nignore: [{path: 'not-found-*.md', kind: not-found}]\n", []string{"--fail-on", "info", notFound}, 0, ""},
		{"ignore speaker", "against: wire\nignore: [{speaker: 'Joe Biden'}]\n", []string{checkDraft}, 1, "and honest"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := write(tt.yaml)
			out, stderr, code := run(t, "", append([]string{"check", "--config", cfg}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if tt.out == "" && strings.TrimSpace(out) != "" || !strings.Contains(out, tt.out) {
				t.Errorf("output %q, want %q", out, tt.out)
			}
			if tt.name == "ignore speaker" && strings.Contains(out, "It takes one") {
				t.Errorf("quotation credited to the ignored speaker still listed: %q", out)
			}
		})
	}
}

// TestCheckArgs pins how check splits its arguments: --against takes one
// value (repeated, or a comma list) and every other argument is a draft,
// wherever the flags stand.
func TestCheckArgs(t *testing.T) {
	tests := []struct {
		args           []string
		against, draft string
	}{
		{[]string{"--against", "w1", "d"}, "w1", "d"},
		{[]string{"--against", "w1", "d1", "d2", "d3"}, "w1", "d1,d2,d3"},
		{[]string{"--against", "w1,w2", "d1", "d2"}, "w1,w2", "d1,d2"},
		{[]string{"--against", "w1", "--against", "w2", "--all", "d1", "d2"}, "w1,w2", "d1,d2"},
		{[]string{"--against=w1", "d1", "--format", "json", "d2"}, "w1", "d1,d2"},
		{[]string{"d1", "d2", "--against", "w1"}, "w1", "d1,d2"},
		{[]string{"-against", "w1", "-format", "json", "d1"}, "w1", "d1"},
		{[]string{"--against", "w1", "--", "-d"}, "w1", "-d"},
		{[]string{"--against", "w1", "-"}, "w1", "-"},
		{[]string{"--against", "w1"}, "w1", ""},
	}
	for _, tt := range tests {
		f, drafts, err := (&CheckCommand{}).parse(tt.args)
		if err != nil {
			t.Errorf("%q: %v", tt.args, err)
			continue
		}
		if f.against.String() != tt.against || strings.Join(drafts, ",") != tt.draft {
			t.Errorf("%q: against %q drafts %q, want %q and %q", tt.args, f.against.String(), drafts, tt.against, tt.draft)
		}
	}
}

// TestCheckSuppressionComments: an editor accepts a deliberate edit where
// it stands, with a comment in the Markdown draft, as linters allow.
func TestCheckSuppressionComments(t *testing.T) {
	orig, err := os.ReadFile(checkDraft)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(orig), "\n")
	var b strings.Builder
	for i, l := range lines {
		switch i + 1 {
		case 17:
			b.WriteString("<!-- quotecheck-disable-next-line -->\n")
		case 19:
			b.WriteString("<!-- quotecheck off -->\n")
		case 23:
			b.WriteString("<!-- quotecheck on -->\n")
		}
		b.WriteString(l)
		if i < len(lines)-1 {
			b.WriteString("\n")
		}
	}
	draft := filepath.Join(t.TempDir(), "edited.md")
	if err := os.WriteFile(draft, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, code := checkRun(t, "--against", checkWire, draft)
	if code != ExitOK {
		t.Errorf("exit %d, want 0: the three misquotes are accepted in the draft", code)
	}
	for _, f := range doc.Findings {
		if f.Status == "differs" {
			t.Errorf("accepted quotation still reported: %q", f.Text)
		}
	}
	if len(doc.Findings) != 5 || doc.Summary.Suppressed != 3 {
		t.Errorf("%d findings, %d suppressed; want 5 and 3", len(doc.Findings), doc.Summary.Suppressed)
	}
	// the same draft on standard input
	_, stderr, code := run(t, b.String(), "check", "--against", checkWire, "--stdin-filename", "edited.md", "-")
	if code != ExitOK || !strings.Contains(stderr, "3 accepted by quotecheck comments") {
		t.Errorf("from stdin: exit %d, stderr %q", code, stderr)
	}
}

// Drafts that hold the wire directory (check --against wire/ . ) are each
// checked against the wire files other than themselves: a draft outside
// the wire against all of them, a wire file against the others. Leaving
// every draft file's quotations out of the wire for every draft made all
// of them "not found", the misquote included, and the run passed.
func TestCheckDraftsHoldingTheWire(t *testing.T) {
	out, _, code := run(t, "", "check", "--all", "--against", "testdata/example/wire", "testdata/example")
	for _, want := range []string{
		"testdata/example/draft.md:3:65: error: differs from testdata/example/wire/harbour-gazette-2025-03-02.txt:5:2",
		"testdata/example/draft.md:5:2: ok: confirmed by testdata/example/wire/harbour-gazette-2025-03-02.txt:7:44",
		"testdata/example/wire/coast-daily-2025-03-02.txt:5:39: error: differs from testdata/example/wire/harbour-gazette-2025-03-02.txt:5:2",
		"testdata/example/wire/harbour-gazette-2025-03-02.txt:5:39: error: differs from testdata/example/wire/coast-daily-2025-03-02.txt:5:2",
		"testdata/example/wire/harbour-gazette-2025-03-02.txt:7:44: ok: confirmed by testdata/example/wire/coast-daily-2025-03-02.txt:7:26",
	} {
		wantIn(t, "check --against wire/ ..", out, want)
	}
	wantIn(t, "check --against wire/ ..", out, "!not found")
	if code != ExitFindings {
		t.Errorf("exit %d, want %d", code, ExitFindings)
	}
}

// Standard input is read once: "-" both as wire copy and as a draft is a
// usage error naming the clash, not "-: empty file" for the second.
func TestCheckStdinTwice(t *testing.T) {
	_, stderr, code := run(t, "\"We will keep one lane open,\" she said.\n", "check", "--against", "-", "-")
	if code != ExitFailure || !strings.Contains(stderr, "standard input (-) is read once") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// The table's Source column names a wire file by its base name, but by
// its whole path when two sources share one: two agencies' story.txt
// must not read alike.
func TestCheckTableSourcePath(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"ap/story.txt":      "Pier reopens\n\n\"We will open the pier on Friday,\" said harbour master Ivo Lund.\n",
		"reuters/story.txt": "Pier to open\n\n\"The ferry stops there from June,\" said harbour master Ivo Lund.\n",
		"draft/draft.txt":   "Pier\n\n\"We will open the old pier on Friday,\" said harbour master Ivo Lund.\n\n\"The ferry stops there from June,\" Lund added.\n",
	})
	t.Chdir(dir)
	out, _, _ := run(t, "", "check", "--format", "table", "--against", "ap", "--against", "reuters", "--all", "draft")
	for _, want := range []string{"│ " + filepath.Join("ap", "story.txt") + ":3:2 ", "│ " + filepath.Join("reuters", "story.txt") + ":3:2 "} {
		if !strings.Contains(out, want) {
			t.Errorf("the table does not name %s:\n%s", want, out)
		}
	}
}

// check takes --cpuprofile and --memprofile as extract and diff do (the
// profiles every subcommand has), and refuses one naming an input.
func TestCheckProfiles(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.pprof"), filepath.Join(dir, "mem.pprof")
	_, stderr, code := run(t, "", "check", "--cpuprofile", cpu, "--memprofile", mem, "--against", checkWire, checkDraft)
	if code != ExitFindings {
		t.Fatalf("exit %d, want %d: %s", code, ExitFindings, stderr)
	}
	for _, p := range []string{cpu, mem} {
		if info, err := os.Stat(p); err != nil || info.Size() == 0 {
			t.Errorf("profile %s not written: %v", p, err)
		}
	}
	if _, stderr, code := run(t, "", "check", "--cpuprofile", checkDraft, "--against", checkWire, checkDraft); code != ExitFailure || !strings.Contains(stderr, "would overwrite the input") {
		t.Errorf("--cpuprofile naming the draft: exit %d, %s", code, stderr)
	}
}
