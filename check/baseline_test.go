package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBaselineRoundTripAndFilter(t *testing.T) {
	fs := []Finding{
		{Path: "d.md", Text: "a", Status: StatusDiffers, Fingerprint: "f1"},
		{Path: "d.md", Text: "b", Status: StatusNotFound, Fingerprint: "f2"},
		{Path: "d.md", Text: "c", Status: StatusConfirmed, Fingerprint: "f3"},
	}
	path := filepath.Join(t.TempDir(), "base.json")
	b := NewBaseline(fs)
	if len(b.Findings) != 2 {
		t.Fatalf("baseline records %d findings, want 2 (not the confirmed one)", len(b.Findings))
	}
	if err := WriteBaseline(path, b); err != nil {
		t.Fatal(err)
	}
	got, err := ReadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	later := append(fs, Finding{Text: "a again", Status: StatusDiffers, Fingerprint: "f1"}, Finding{Text: "new", Status: StatusDiffers, Fingerprint: "f9"})
	kept, n := got.Filter(later)
	if n != 2 || len(kept) != 3 || kept[0].Text != "c" || kept[1].Text != "a again" || kept[2].Text != "new" {
		t.Errorf("Filter kept %+v, suppressed %d", kept, n)
	}
}

func TestReadBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct{ path, want string }{
		{filepath.Join(dir, "missing.json"), "missing.json: no such file"},
		{write("corrupt.json", "{not json"), "corrupt.json: not a quotecheck baseline"},
		{write("version.json", `{"version": 7, "findings": []}`), "version.json: version 7, want 2"},
		// a check report (--format json) given as the baseline: no version at all
		{write("report.json", `{"generator": "quotecheck", "findings": [], "summary": {}}`), "report.json: not a quotecheck baseline (no version: a report, not a baseline?"},
		{write("nofp.json", `{"version": 2, "findings": [{"path": "x"}]}`), "nofp.json: finding 1 has no fingerprint"},
		{dir, "baseline " + dir},
	}
	for _, tt := range tests {
		_, err := ReadBaseline(tt.path)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadBaseline(%s) error = %v, want %q", tt.path, err, tt.want)
		}
	}
}
