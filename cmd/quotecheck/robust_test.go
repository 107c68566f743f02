package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cancelAfter is a writer that cancels a run's context at its first write,
// as Ctrl-C during a long run would.
type cancelAfter struct {
	bytes.Buffer
	cancel context.CancelFunc
}

func (w *cancelAfter) Write(b []byte) (int, error) {
	w.cancel()
	return w.Buffer.Write(b)
}

// TestInterruptStopsAndExits130: when the context ends mid-run (SIGINT),
// extraction stops early, the JSON Lines written so far end with a whole
// record, and the exit status is 130.
func TestInterruptStopsAndExits130(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	out := &cancelAfter{cancel: cancel}
	m := &Main{Stdin: strings.NewReader(""), Stdout: out, Stderr: io.Discard}
	err := m.Run(ctx, []string{"extract", "--format", "jsonl", "testdata/realistic"})
	if code := exitCode(err); code != ExitInterrupted {
		t.Fatalf("exit %d (%v), want %d", code, err, ExitInterrupted)
	}
	got := out.String()
	if !strings.HasSuffix(got, "\n") {
		t.Errorf("output does not end with a whole record: %q", got[max(0, len(got)-40):])
	}
	sourcesSeen := 0
	for _, line := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
		var rec struct{ Type string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("a line is not a whole record: %v", err)
		}
		if rec.Type == "source" {
			sourcesSeen++
		}
	}
	if sourcesSeen != 1 {
		t.Errorf("%d articles written after the interrupt at the first, want 1", sourcesSeen)
	}
	ctx, cancel = context.WithCancel(context.Background())
	cancel()
	for _, args := range [][]string{{"diff", "testdata/realistic"}, {"check", "--against", "testdata/realistic", "testdata/check/draft.md"}} {
		if code := exitCode(m.Run(ctx, args)); code != ExitInterrupted {
			t.Errorf("%s after Ctrl-C: exit %d, want %d", args[0], code, ExitInterrupted)
		}
	}
}

// TestDiffBadQuotesFileGoesOn: a --quotes file that cannot be read is
// reported like any bad input; the good ones are still compared; exit 2.
func TestDiffBadQuotesFileGoesOn(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	out, _, code := run(t, "", "extract", "--format", "jsonl", "testdata/seeds")
	if code != 0 {
		t.Fatal("extract failed")
	}
	if err := os.WriteFile(good, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"type\":\"source\",\"id\":\"x\"}\nnot json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := run(t, "", "diff", "--format", "json", "--quotes", good, "--quotes", bad, "--quotes", filepath.Join(dir, "missing.jsonl"))
	if code != ExitFailure {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(stderr, bad+":2: --quotes: not a JSON object") || !strings.Contains(stderr, "missing.jsonl: --quotes: no such file") {
		t.Errorf("stderr does not name the bad files:\n%s", stderr)
	}
	var d struct {
		Utterances []json.RawMessage
		Problems   []struct{ Path, Severity string }
	}
	if err := json.Unmarshal([]byte(stdout), &d); err != nil {
		t.Fatalf("no report for the good file: %v", err)
	}
	if len(d.Utterances) == 0 || len(d.Problems) != 2 || d.Problems[0].Path != bad || d.Problems[0].Severity != "error" {
		t.Errorf("%d utterances, problems %+v; want the good file's utterances and both bad files listed", len(d.Utterances), d.Problems)
	}
}

// TestReportsListProblems: inputs that could not be read are in the JSON
// and HTML reports, not only on stderr.
func TestReportsListProblems(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "broken.txt")
	if err := os.WriteFile(bin, []byte("abc\x00def"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := run(t, "", "extract", "--format", "json", "testdata/seeds", bin)
	if code != ExitFailure || !strings.Contains(out, `"problems": [`) || !strings.Contains(out, `"message": "binary file"`) {
		t.Errorf("extract json (exit %d) does not list the unread file", code)
	}
	html, _, _ := run(t, "", "diff", "--format", "html", "testdata/seeds", bin)
	if !strings.Contains(html, "1 input could not be read") || !strings.Contains(html, "broken.txt</span> error: binary file") {
		t.Errorf("HTML report does not list the unread file")
	}
}

// TestOutputAtomic: a report that fails while being written leaves the
// previous -o file as it was and no temporary file behind.
func TestOutputAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	if err := os.WriteFile(path, []byte("old report"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("no space left on device")
	err := writeFileAtomic(path, func(w io.Writer) error {
		io.WriteString(w, "half a rep")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("err %v, want the write error", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old report" {
		t.Errorf("-o file now holds %q", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("%d files in the directory, want only the report", len(ents))
	}
	if err := writeFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("-o file holds %q, want new", b)
	}
}

// TestStderrPathsEscaped: a file name holding a line break and terminal
// escapes cannot forge a GitHub annotation or reach the terminal raw
// through the warnings on stderr.
func TestStderrPathsEscaped(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "x\n::error title=forged::y\x1b]0;t\x07.txt")
	if err := os.WriteFile(name, []byte("abc\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := run(t, "", "extract", "testdata/seeds", dir)
	if code != ExitFailure {
		t.Errorf("exit %d, want 2", code)
	}
	if strings.Contains(stderr, "\n::error") || strings.ContainsAny(stderr, "\x1b\x07") {
		t.Errorf("stderr carries the forged line or raw escapes:\n%q", stderr)
	}
	if !strings.Contains(stderr, "x%0A::error title=forged::y␛]0;t␇.txt: binary file") {
		t.Errorf("stderr does not show the escaped name:\n%q", stderr)
	}
}

// TestDiffQuotesMatchesOneShot: aligning quotations read back from
// 'extract --format jsonl' gives the same utterances as a one-shot diff
// (the parts of interrupted quotations keep their order).
func TestDiffQuotesMatchesOneShot(t *testing.T) {
	for _, set := range []string{"testdata/realistic"} {
		oneShot, _, code := run(t, "", "diff", "--format", "json", set)
		if code > 1 {
			t.Fatalf("%s: diff failed", set)
		}
		jsonl, _, _ := run(t, "", "extract", "--format", "jsonl", set)
		path := filepath.Join(t.TempDir(), "q.jsonl")
		if err := os.WriteFile(path, []byte(jsonl), 0o644); err != nil {
			t.Fatal(err)
		}
		sharded, _, _ := run(t, "", "diff", "--format", "json", "--quotes", path)
		var a, b struct{ Utterances json.RawMessage }
		if json.Unmarshal([]byte(oneShot), &a) != nil || json.Unmarshal([]byte(sharded), &b) != nil {
			t.Fatal("reports are not JSON")
		}
		if !bytes.Equal(a.Utterances, b.Utterances) {
			t.Errorf("%s: diff --quotes gives other utterances than a one-shot diff", set)
		}
	}
}

func TestParseBytes(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"1048576", 1 << 20}, {"512M", 512 << 20}, {"2G", 2 << 30}, {"2GiB", 2 << 30}, {"64kb", 64 << 10},
		{"", 0}, {"lots", 0}, {"-1G", 0}, {"0", 0},
	}
	for _, tt := range tests {
		got, err := parseBytes(tt.in)
		if got != tt.want || (err == nil) != (tt.want > 0) {
			t.Errorf("parseBytes(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

// TestCheckJSONListsProblems: check's JSON report lists the inputs it
// could not read.
func TestCheckJSONListsProblems(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "broken.md")
	if err := os.WriteFile(bin, []byte("a\x00b"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := run(t, "", "check", "--format", "json", "testdata/check/draft.md", bin, "--against", "testdata/seeds")
	var res struct {
		Problems []struct{ Path, Severity, Message string }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if code != ExitFailure || len(res.Problems) != 1 || res.Problems[0].Path != bin || res.Problems[0].Message != "binary file" {
		t.Errorf("exit %d, problems %+v; want exit 2 and the binary draft listed", code, res.Problems)
	}
}
