package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// TestHelpForHelp: asking help for help prints the overview, whatever
// way it is asked, instead of recursing until the stack overflows.
func TestHelpForHelp(t *testing.T) {
	defer debug.SetMaxStack(debug.SetMaxStack(64 << 20)) // a recursion fails fast
	for _, args := range [][]string{{"help", "-h"}, {"help", "--help"}, {"-h", "-h"}, {"--help", "--help"}, {"help", "help"}} {
		out, _, code := run(t, "", args...)
		if code != ExitOK || !strings.Contains(out, "Commands:") {
			t.Errorf("%v: exit %d, want the overview", args, code)
		}
	}
	out, _, code := run(t, "", "help", "check")
	if code != ExitOK || !strings.Contains(out, "Usage: quotecheck check") {
		t.Errorf("help check: exit %d, want check's usage", code)
	}
}

// article writes an invented article with two quotations to dir/name.
func article(t *testing.T, dir, name, outlet string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	text := "Harbour ferry to run all night\n\n\"We will keep the ferry running until the storm passes,\" said Mara Lindqvist, the harbour director.\n\n\"Nobody will be stranded on the island,\" she added.\n"
	if err := os.WriteFile(p, []byte("---\noutlet: "+outlet+"\n---\n"+text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestOutputNeverAnInput: -o, --write-baseline and --cpuprofile naming an
// input (directly, through a link, or inside a directory read) are
// refused before anything is read or written: exit 2, the path named,
// the input left as it was.
func TestOutputNeverAnInput(t *testing.T) {
	dir := t.TempDir()
	a, b := article(t, dir, "a.md", "One"), article(t, dir, "b.md", "Two")
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink("a.md", link); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(a)
	for _, args := range [][]string{
		{"diff", a, b, "-o", a},
		{"diff", a, b, "-o", link},
		{"diff", dir, "-o", a},
		{"diff", a, b, "--cpuprofile", a},
		{"extract", a, "--memprofile", link},
		{"check", "--against", b, a, "-o", a},
		{"check", "--against", dir, b, "-o", link},
		{"check", "--against", b, a, "--write-baseline", a},
		{"check", "--against", b, a, "-o", filepath.Join(dir, "x.json"), "--write-baseline", filepath.Join(dir, "x.json")},
	} {
		_, stderr, code := run(t, "", args...)
		if code != ExitFailure || !strings.Contains(stderr, "would overwrite the input") && !strings.Contains(stderr, "name the same file") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a refusal", args, code, stderr)
		}
		if got, _ := os.ReadFile(a); string(got) != string(before) {
			t.Fatalf("%v: the input was overwritten", args)
		}
	}
}

// TestReportNotReadBack: a report (Markdown, JSON or HTML) written into a
// directory it reports on is skipped, with a note, when the directory is
// read again.
func TestReportNotReadBack(t *testing.T) {
	for _, tc := range []struct{ format, name, want string }{
		{"markdown", "report.md", "across 2 sources"},
		{"json", "report.json", `"sources": 2,`},
		{"html", "report.html", "across 2 sources"},
	} {
		dir := t.TempDir()
		article(t, dir, "a.md", "One")
		article(t, dir, "b.md", "Two")
		report := filepath.Join(dir, tc.name)
		for i := range 2 {
			_, stderr, code := run(t, "", "diff", "--format", tc.format, dir, "-o", report)
			if code != ExitOK {
				t.Fatalf("%s run %d: exit %d: %s", tc.format, i+1, code, stderr)
			}
			if got, _ := os.ReadFile(report); !strings.Contains(string(got), tc.want) {
				t.Errorf("%s run %d: report does not compare the 2 articles (no %q)", tc.format, i+1, tc.want)
			}
			if i == 1 && !strings.Contains(stderr, tc.name+": warning: a report or baseline quotecheck wrote") {
				t.Errorf("%s run 2: no note that the report was skipped: %q", tc.format, stderr)
			}
		}
	}
}

// TestBaselineNotReadBack: a baseline written into the wire directory is
// not read as wire copy on the next run.
func TestBaselineNotReadBack(t *testing.T) {
	dir := t.TempDir()
	wire := filepath.Join(dir, "wire")
	os.Mkdir(wire, 0o755)
	article(t, wire, "w.md", "Wire")
	draft := article(t, dir, "draft.md", "Draft")
	base := filepath.Join(wire, "baseline.json")
	if _, stderr, code := run(t, "", "check", "--against", wire, "--write-baseline", base, draft); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	_, stderr, code := run(t, "", "check", "--against", wire, "--baseline", base, draft)
	if code != ExitOK || !strings.Contains(stderr, "baseline.json: warning: a report or baseline quotecheck wrote") {
		t.Errorf("exit %d, stderr %q; want the baseline skipped as wire copy", code, stderr)
	}
}

// TestConfigUsedIsReported: the configuration file a run used is named on
// standard error with --verbose, and in the JSON and HTML reports.
func TestConfigUsedIsReported(t *testing.T) {
	dir := t.TempDir()
	a, b := article(t, dir, "a.md", "One"), article(t, dir, "b.md", "Two")
	cfg := filepath.Join(dir, "settings.yaml")
	os.WriteFile(cfg, []byte("fail_on: never\n"), 0o644)
	out, stderr, _ := run(t, "", "check", "--verbose", "--config", cfg, "--format", "json", "--against", b, a)
	if !strings.Contains(stderr, "settings from "+cfg) || !strings.Contains(out, `"config": "`+cfg+`"`) {
		t.Errorf("check does not name its configuration:\nstderr %q\n%s", stderr, out)
	}
	for _, format := range []string{"json", "html"} {
		out, stderr, _ := run(t, "", "diff", "--verbose", "--config", cfg, "--format", format, a, b)
		if !strings.Contains(stderr, "settings from "+cfg) || !strings.Contains(out, cfg) {
			t.Errorf("diff --format %s does not name its configuration (stderr %q)", format, stderr)
		}
	}
}

// hostileArticle writes an article whose metadata and quotations carry
// Markdown and HTML markup, a table break and bidirectional overrides.
func hostileArticle(t *testing.T, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	body := "---\ntitle: \"Click <img src=x onerror=alert(1)> [here](http://evil.example)\"\noutlet: \"<b>Daily</b> | News ![x](http://evil.example/x.png)\"\n---\n" +
		"Ferry news\n\n\"We will keep [every crossing](http://evil.example) open | all night <script>alert(1)</script> \\| www.evil.example\" said Mara Lindqvist.\n\n" +
		"\"The storm\u202Eevom ot sah\u2066 will pass by dawn,\" she added.\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestMarkdownEscapesEveryField: no link, image, raw HTML or table break
// from an article gets through Markdown output, in extract or diff.
func TestMarkdownEscapesEveryField(t *testing.T) {
	dir := t.TempDir()
	a := hostileArticle(t, dir, "a.md")
	b := hostileArticle(t, dir, "b.md")
	os.WriteFile(b, append(mustRead(t, b), "\nMore text.\n"...), 0o644)
	for _, args := range [][]string{{"extract", "--format", "markdown", a}, {"diff", "--format", "markdown", a, b}} {
		out, _, _ := run(t, "", args...)
		for i, line := range strings.Split(out, "\n") {
			if i == 0 {
				continue // the generator's mark
			}
			plain := mdUnescaped(line)
			for _, bad := range []string{"[", "<", "http://", "www."} {
				if strings.Contains(plain, bad) {
					t.Errorf("%s markdown: %q unescaped in %s", args[0], bad, line)
				}
			}
			if strings.HasPrefix(line, "| ") && strings.Count(plain, "|") != 5 {
				t.Errorf("%s markdown: a table row with a cell too many: %s", args[0], line)
			}
		}
	}
}

// TestBidiShownVisibly: bidirectional overrides and isolates in a
// quotation or a file name are shown as <U+202E> in line, github and
// table output, never passed to the terminal.
func TestBidiShownVisibly(t *testing.T) {
	dir := t.TempDir()
	a := hostileArticle(t, dir, "evil\u202Etxt.md")
	b := hostileArticle(t, dir, "wire.md")
	os.WriteFile(b, []byte(strings.ReplaceAll(string(mustRead(t, b)), "by dawn", "by noon")), 0o644)
	for _, args := range [][]string{
		{"extract", a},
		{"diff", a, b},
		{"check", "--all", "--against", b, a},
		{"check", "--all", "--format", "github", "--against", b, a},
		{"check", "--all", "--format", "table", "--against", b, a},
	} {
		out, stderr, _ := run(t, "", args...)
		if strings.ContainsAny(out+stderr, "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069") {
			t.Errorf("%v: a bidirectional control reached the output", args)
		}
		if !strings.Contains(out, "<U+202E>") {
			t.Errorf("%v: the override is not shown:\n%s", args, out)
		}
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// mdUnescaped gives a Markdown line with every backslash escape (a
// backslash and the character after it) taken out: what is left is read
// as markup.
func mdUnescaped(line string) string {
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		if line[i] == '\\' && i+1 < len(line) {
			i++
			continue
		}
		b.WriteByte(line[i])
	}
	return b.String()
}

// TestQuotesShardBadLineLosesOne: one malformed line of a --quotes shard
// drops that line, named with its number; the rest of the shard counts.
func TestQuotesShardBadLineLosesOne(t *testing.T) {
	dir := t.TempDir()
	a, b := article(t, dir, "a.md", "One"), article(t, dir, "b.md", "Two")
	whole, _, code := run(t, "", "extract", "--format", "jsonl", a, b)
	if code != ExitOK {
		t.Fatal("extract failed")
	}
	lines := strings.SplitAfter(strings.TrimSuffix(whole, "\n"), "\n")
	bad := append(append(append([]string{}, lines[:2]...), "{not json\n"), lines[2:]...) // after a's first quotation
	shard := filepath.Join(dir, "shard.jsonl")
	os.WriteFile(shard, []byte(strings.Join(bad, "")), 0o644)
	out, stderr, code := run(t, "", "diff", "--format", "json", "--quotes", shard)
	if code != ExitFailure || !strings.Contains(stderr, shard+":3: --quotes: not a JSON object") {
		t.Errorf("exit %d, stderr %q; want 2 and line 3 named", code, stderr)
	}
	var d struct{ Sources, Quotes []json.RawMessage }
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if want := len(lines) - 2; len(d.Sources)+len(d.Quotes) < want {
		t.Errorf("%d sources and %d quotations read, want the %d other records", len(d.Sources), len(d.Quotes), want)
	}
}
