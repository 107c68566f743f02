package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/internal/corpus"
)

// TestDiffShards aligns one generated corpus, split into blocks (blocking
// lowered to apply to a corpus this small), in one run over its articles
// and from two shards extracted apart and read back with --quotes: both
// give the same utterances.
func TestDiffShards(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Write(dir, corpus.Config{Stories: 8, Outlets: 5, Seed: 11}); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "gold.json")); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "0*"))
	if err != nil || len(files) != 40 {
		t.Fatalf("%d articles (%v), want 40", len(files), err)
	}
	slices.Sort(files)
	utterances := func(args ...string) []json.RawMessage {
		t.Helper()
		var stdout, stderr bytes.Buffer
		diff := &DiffCommand{Stdio: Stdio{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr}, blockFrom: 1} // split into blocks
		code := exitCode(diff.Run(context.Background(), append([]string{"--format", "json"}, args...)))
		out := stdout.String()
		if code != ExitOK && code != ExitFindings {
			t.Fatalf("diff %v: exit %d, stderr:\n%s", args, code, stderr.String())
		}
		var d struct{ Utterances []json.RawMessage }
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatal(err)
		}
		return d.Utterances
	}
	blocked := utterances(files...)
	var shards []string
	for i, part := range [][]string{files[:17], files[17:]} {
		out, stderr, code := run(t, "", append([]string{"extract", "--format", "jsonl"}, part...)...)
		if code != ExitOK {
			t.Fatalf("extract shard %d: exit %d, stderr:\n%s", i, code, stderr)
		}
		name := filepath.Join(t.TempDir(), "shard.jsonl")
		if err := os.WriteFile(name, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		shards = append(shards, "--quotes", name)
	}
	sharded := utterances(shards...)
	if len(blocked) < 8 || !reflect.DeepEqual(blocked, sharded) {
		t.Errorf("one run: %d utterances; from shards: %d, not the same", len(blocked), len(sharded))
	}
}
