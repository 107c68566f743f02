package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	var stderr bytes.Buffer
	if code := run([]string{"-stories", "3", "-outlets", "2", "-seed", "9", "-formats", "text, html,markdown", "-o", dir}, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 3*2+1 {
		t.Errorf("wrote %d files, want 7", len(entries))
	}
	b, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Sources map[string]any `json:"sources"`
		Quotes  []any          `json:"quotes"`
	}
	if err := json.Unmarshal(b, &g); err != nil || len(g.Sources) != 6 || len(g.Quotes) == 0 {
		t.Errorf("gold.json: %v, %d sources, %d quotes", err, len(g.Sources), len(g.Quotes))
	}
}

func TestRunBadArguments(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{nil, 2, "usage"},
		{[]string{"-stories", "x", "-o", "d"}, 2, "invalid value"},
		{[]string{"-o", "d", "extra"}, 2, "usage"},
		{[]string{"-stories", "0", "-o", "d"}, 1, "at least one story"},
		{[]string{"-formats", "pdf", "-o", "d"}, 1, `unknown format "pdf"`},
	} {
		var stderr bytes.Buffer
		code := run(tc.args, &stderr)
		if code != tc.code || !strings.Contains(stderr.String(), tc.msg) {
			t.Errorf("run(%q) = %d, %q; want %d and %q", tc.args, code, stderr.String(), tc.code, tc.msg)
		}
	}
}
