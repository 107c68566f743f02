package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/report"
)

var formatExt = map[string]string{"table": "txt", "json": "json", "jsonl": "jsonl", "csv": "csv", "markdown": "md", "html": "html", "line": "txt", "sarif": "sarif", "github": "txt"}

func TestExtractGolden(t *testing.T) {
	for _, format := range report.ExtractFormats() {
		t.Run(format, func(t *testing.T) {
			out, stderr, code := run(t, "", "extract", "--format", format, "testdata/seeds")
			if code != ExitOK {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr)
			}
			golden(t, "extract-seeds."+formatExt[format], out)
		})
	}
}

func TestExtractConventionsGolden(t *testing.T) {
	out, stderr, code := run(t, "", "extract", "--format", "json", "testdata/quotes")
	if code != ExitOK && code != ExitFailure {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	golden(t, "extract-conventions.json", out)
	golden(t, "extract-conventions.stderr", stderr)
}

// TestExtractJSONContract checks the field names the scorer and users read.
func TestExtractJSONContract(t *testing.T) {
	out, _, code := run(t, "", "extract", "--format", "json", "testdata/seeds/001_df291eccda40f15d.txt")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	var doc struct {
		Sources []map[string]any `json:"sources"`
		Quotes  []map[string]any `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Sources) != 1 || len(doc.Quotes) < 10 {
		t.Fatalf("got %d sources, %d quotes; want 1 and at least 10", len(doc.Sources), len(doc.Quotes))
	}
	for _, k := range []string{"id", "path", "outlet", "title", "date"} {
		if _, ok := doc.Sources[0][k]; !ok {
			t.Errorf("source has no %q", k)
		}
	}
	for _, k := range []string{"id", "source", "text", "speaker", "role", "speaker_method", "kind", "utterance", "line", "column", "offset"} {
		if _, ok := doc.Quotes[0][k]; !ok {
			t.Errorf("quote has no %q", k)
		}
	}
	if got := doc.Sources[0]["date"]; got != "2021-03-18" {
		t.Errorf("date = %v, want 2021-03-18 from the date field", got)
	}
}

func TestExtractStdin(t *testing.T) {
	out, stderr, code := run(t, `"We had the ball," she said.`+"\n", "extract", "--format", "csv", "-")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "We had the ball,") {
		t.Errorf("quotation from standard input missing:\n%s", out)
	}
}

func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte(`"We are ready," the mayor, Ann Lee, said.`+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0}, 0o644)
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   string // a substring the output must have ("" for none)
		stderrIn []string
	}{
		{"missing file", []string{"extract", filepath.Join(dir, "nope.txt")}, ExitFailure, "", []string{"nope.txt"}},
		{"one bad among good", []string{"extract", "--format", "csv", dir}, ExitFailure, "We are ready,", []string{"empty.txt", "binary.txt"}},
		{"no paths", []string{"extract"}, ExitFailure, "", []string{"no articles given"}},
		{"bad format", []string{"extract", "--format", "xml", good}, ExitFailure, "", []string{`unknown format "xml"`}},
		{"bad flag", []string{"extract", "--nope", good}, ExitFailure, "", []string{"-nope"}},
		{"help", []string{"extract", "-h"}, ExitOK, "Example", nil},
		{"unknown command", []string{"frobnicate"}, ExitFailure, "", []string{"unknown command"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := run(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if tt.stdout != "" && !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, out)
			}
			for _, s := range tt.stderrIn {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr)
				}
			}
		})
	}
}
