package main

import (
	"os"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func readYAML(t *testing.T, path string, into any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(b, into); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// TestAdoptionFiles checks that the action, the pre-commit hook and the
// release configuration say what the README promises of them.
func TestAdoptionFiles(t *testing.T) {
	var action struct {
		Inputs map[string]struct{ Required bool }
		Runs   struct {
			Using string
			Steps []struct{ Run string }
		}
	}
	readYAML(t, "action.yml", &action)
	for _, in := range []string{"sources", "drafts", "fail-on", "config"} {
		if _, ok := action.Inputs[in]; !ok {
			t.Errorf("action.yml has no %q input", in)
		}
	}
	script := ""
	for _, s := range action.Runs.Steps {
		script += s.Run
	}
	if !strings.Contains(script, "check --format github") || !strings.Contains(script, "./cmd/quotecheck") {
		t.Errorf("action.yml does not build quotecheck and run check with the github format:\n%s", script)
	}

	var hooks []struct{ ID, Entry, Language string }
	readYAML(t, ".pre-commit-hooks.yaml", &hooks)
	if len(hooks) == 0 || hooks[0].ID != "quotecheck" || hooks[0].Entry != "quotecheck check" || hooks[0].Language != "golang" {
		t.Errorf(".pre-commit-hooks.yaml = %+v", hooks)
	}

	var rel struct {
		Version int
		Builds  []struct {
			Main    string
			Env     []string
			Goos    []string
			Ldflags []string
		}
	}
	readYAML(t, ".goreleaser.yaml", &rel)
	if rel.Version != 2 || len(rel.Builds) != 1 {
		t.Fatalf(".goreleaser.yaml: version %d, %d builds", rel.Version, len(rel.Builds))
	}
	b := rel.Builds[0]
	for _, goos := range []string{"linux", "darwin", "windows"} {
		if !slices.Contains(b.Goos, goos) {
			t.Errorf(".goreleaser.yaml builds no %s binary", goos)
		}
	}
	if b.Main != "./cmd/quotecheck" || !slices.Contains(b.Env, "CGO_ENABLED=0") || !strings.Contains(strings.Join(b.Ldflags, " "), "main.Version=") {
		t.Errorf(".goreleaser.yaml build = %+v; want a static ./cmd/quotecheck with main.Version set", b)
	}
	for _, f := range []string{"LICENSE", "CHANGELOG.md", "Dockerfile", "docs/ARCHITECTURE.md"} {
		if _, err := os.Stat(f); err != nil {
			t.Error(err)
		}
	}
}
