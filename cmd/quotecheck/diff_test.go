package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestDiffGolden(t *testing.T) {
	for _, format := range []string{"table", "markdown", "json"} {
		t.Run(format, func(t *testing.T) {
			out, stderr, code := run(t, "", "diff", "--format", format, "testdata/seeds")
			if code != ExitOK {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr)
			}
			golden(t, "diff-seeds."+formatExt[format], out)
		})
	}
}

// diffDoc is the part of diff's JSON the tests read.
type diffDoc struct {
	Utterances []struct {
		ID        string   `json:"id"`
		Severity  string   `json:"severity"`
		Canonical string   `json:"canonical"`
		Quotes    []string `json:"quotes"`
		Versions  []struct {
			Source      string `json:"source"`
			Text        string `json:"text"`
			Differences []struct {
				Kind      string `json:"kind"`
				Severity  string `json:"severity"`
				Canonical string `json:"canonical"`
				Version   string `json:"version"`
			} `json:"differences"`
		} `json:"versions"`
	} `json:"utterances"`
}

func diffJSON(t *testing.T, args ...string) diffDoc {
	t.Helper()
	out, stderr, code := run(t, "", append([]string{"diff", "--format", "json"}, args...)...)
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	var d diffDoc
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	return d
}

// kindsFor gives the difference kinds of the utterance whose canonical
// wording contains words.
func (d diffDoc) kindsFor(words string) (severity string, kinds map[string]bool) {
	kinds = map[string]bool{}
	for _, u := range d.Utterances {
		if !strings.Contains(strings.ToLower(u.Canonical), strings.ToLower(words)) || len(u.Versions) < 2 {
			continue
		}
		for _, v := range u.Versions {
			for _, df := range v.Differences {
				kinds[df.Kind] = true
			}
		}
		return u.Severity, kinds
	}
	return "", kinds
}

func TestDiffSeedVerdicts(t *testing.T) {
	d := diffJSON(t, "testdata/seeds")
	tests := []struct {
		words, severity string
		kinds           []string
	}{
		{"going to pay, well", "error", []string{"inserted"}},
		{"of course", "error", []string{"reordered"}},
		{"takes one to know one", "info", nil},
		// two translations: divergent; the third outlet's excerpt "do it
		// live" drops "actually", an error.
		{"continue our discussion", "error", []string{"divergent", "deleted"}},
		{"direct answer to a direct question", "", nil}, // one outlet only
		{"ready any time that is convenient", "error", []string{"inserted", "deleted"}},
	}
	for _, tt := range tests {
		sev, kinds := d.kindsFor(tt.words)
		if sev != tt.severity {
			t.Errorf("%q: severity %q, want %q (kinds %v)", tt.words, sev, tt.severity, kinds)
		}
		for _, k := range tt.kinds {
			if !kinds[k] {
				t.Errorf("%q: no %s difference (kinds %v)", tt.words, k, kinds)
			}
		}
	}
}

func TestDiffFailOn(t *testing.T) {
	_, _, code := run(t, "", "diff", "--format", "json", "--fail-on", "error", "testdata/seeds")
	if code != ExitFindings {
		t.Errorf("--fail-on error on the seeds: exit %d, want 1 (they have errors)", code)
	}
	_, stderr, code := run(t, "", "diff", "--fail-on", "bogus", "testdata/seeds")
	if code != ExitFailure || !strings.Contains(stderr, "--fail-on") {
		t.Errorf("bad --fail-on: exit %d, stderr %q", code, stderr)
	}
}

// TestDiffFromQuoteFiles checks the sharded path: extraction written as JSON
// Lines in two parts, aligned later, gives the same utterances as one run.
func TestDiffFromQuoteFiles(t *testing.T) {
	dir := t.TempDir()
	shards := [][]string{
		{"testdata/seeds/000_6eba9530498a183b.txt", "testdata/seeds/001_df291eccda40f15d.txt"},
		{"testdata/seeds/002_0095b92b133058a0.txt", "testdata/seeds/003_88a0712b4601f253.txt"},
	}
	var args []string
	for i, files := range shards {
		out, stderr, code := run(t, "", append([]string{"extract", "--format", "jsonl"}, files...)...)
		if code != ExitOK {
			t.Fatalf("extract shard %d: exit %d: %s", i, code, stderr)
		}
		name := filepath.Join(dir, fmt.Sprintf("shard%d.jsonl", i))
		if err := os.WriteFile(name, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, "--quotes", name)
	}
	whole := diffJSON(t, "testdata/seeds")
	sharded := diffJSON(t, args...)
	if got, want := groups(sharded), groups(whole); got != want {
		t.Errorf("sharded utterances differ:\n got %s\nwant %s", got, want)
	}
}

// groups renders which quotations share an utterance, for comparison.
func groups(d diffDoc) string {
	var out []string
	for _, u := range d.Utterances {
		out = append(out, strings.Join(u.Quotes, "+")+"="+u.Severity)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// TestDiffConfigSeverities: .quotecheck.yaml's per-kind severities apply to
// diff's report and --fail-on exactly as to check (issue 12: setting
// substituted-contraction to info changed check but not diff).
func TestDiffConfigSeverities(t *testing.T) {
	dir := t.TempDir()
	say := func(name, words string) string {
		p := filepath.Join(dir, name)
		body := "The president spoke on Monday.\n\n\"" + words + ",\" President Joe Biden said.\n"
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := say("a.txt", "We will not let them down, and you will see it shortly")
	b := say("b.txt", "We won't let them down, and you'll see it shortly")
	c := say("c.txt", "We will not let them down, and you will see it shortly")
	cfg := filepath.Join(dir, "policy.yaml")
	if err := os.WriteFile(cfg, []byte("severities:\n  substituted-contraction: info\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, code := run(t, "", "diff", "--fail-on", "warning", a, b, c); code != ExitFindings {
		t.Fatalf("without the policy: exit %d, want 1 (a contraction is an error by default)", code)
	}
	_, stderr, code := run(t, "", "diff", "--config", cfg, "--fail-on", "warning", a, b, c)
	if code != ExitOK {
		t.Errorf("with substituted-contraction: info, exit %d, want 0: %s", code, stderr)
	}
	d := diffJSON(t, "--config", cfg, a, b, c)
	for _, u := range d.Utterances {
		for _, v := range u.Versions {
			for _, df := range v.Differences {
				if df.Kind == "substituted" && df.Severity != "info" {
					t.Errorf("report shows a substituted contraction at %s, want info", df.Severity)
				}
			}
		}
		if u.Severity != "info" {
			t.Errorf("utterance %s at %s, want info", u.ID, u.Severity)
		}
	}
}

// TestDiffTimelineGolden: the history of each wording, in every format,
// for a transcript and four outlets with publication times (one without),
// two of which copy the first outlet's wrong wording.
func TestDiffTimelineGolden(t *testing.T) {
	for _, format := range []string{"table", "markdown", "json", "html"} {
		t.Run(format, func(t *testing.T) {
			out, stderr, code := run(t, "", "diff", "--format", format, "testdata/timeline")
			if code != ExitOK {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr)
			}
			golden(t, "diff-timeline."+formatExt[format], out)
		})
	}
}

// TestDiffSortFirstPrinted lists first the utterance whose wrong wording
// appeared first, whatever the severities.
func TestDiffSortFirstPrinted(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"a.md": "---\noutlet: A\ndate: 2026-04-02T10:00:00Z\n---\n\nThe mayor, Ada Ruiz, said: \"The bridge opens in May.\"\n\nThe chief, Ben Cole, said: \"We hired forty new officers this spring.\"\n",
		"b.md": "---\noutlet: B\ndate: 2026-04-02T11:00:00Z\n---\n\nThe chief, Ben Cole, said: \"We hired fifty new officers this spring.\"\n\nThe mayor, Ada Ruiz, said: \"The bridge opens in May.\"\n",
		"c.md": "---\noutlet: C\ndate: 2026-04-02T12:00:00Z\n---\n\nThe mayor, Ada Ruiz, said: \"The bridge opens in June.\"\n\nThe chief, Ben Cole, said: \"We hired forty new officers this spring.\"\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	order := func(args ...string) string {
		out, stderr, _ := run(t, "", append([]string{"diff", "--format", "json"}, append(args, dir)...)...)
		var d diffDoc
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatalf("%v\n%s", err, stderr)
		}
		var got []string
		for _, u := range d.Utterances {
			got = append(got, strings.Fields(u.Canonical)[1])
		}
		return strings.Join(got, " ")
	}
	// the officers' wrong count appeared at 11:00 (b), the bridge's wrong month at 12:00 (c)
	if got := order("--sort", "first-printed"); got != "hired bridge" {
		t.Errorf("--sort first-printed: %s", got)
	}
	if got := order(); got != "bridge hired" {
		t.Errorf("default order: %s", got)
	}
}

// The Markdown report states the order it lists utterances in: worst
// first by default, by first printing under --sort first-printed.
func TestDiffMarkdownSaysItsOrder(t *testing.T) {
	out, _, _ := run(t, "", "diff", "--format", "markdown", exampleWire)
	wantIn(t, "diff --format markdown", out, "Worst first;")
	out, _, _ = run(t, "", "diff", "--format", "markdown", "--sort", "first-printed", exampleWire)
	wantIn(t, "diff --format markdown --sort first-printed", out, "!Worst first")
	wantIn(t, "diff --format markdown --sort first-printed", out, "In order of first printing;")
}
