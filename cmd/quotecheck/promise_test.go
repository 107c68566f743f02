package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// promiseFiles are the files that tell a newcomer how to install and
// adopt quotecheck.
func promiseFiles(t *testing.T) map[string]string {
	t.Helper()
	names := []string{"README.md", "CHANGELOG.md", "action.yml", ".pre-commit-hooks.yaml", "Dockerfile"}
	docs, _ := filepath.Glob("docs/*.md")
	out := map[string]string{}
	for _, name := range append(names, docs...) {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = string(b)
	}
	return out
}

// gitTags lists the repository's tags; ok is false where git cannot say.
func gitTags(t *testing.T) (tags []string, ok bool) {
	out, err := exec.Command("git", "tag", "--list").Output()
	if err != nil {
		return nil, false
	}
	return strings.Fields(string(out)), true
}

// TestPromisesOnlyWhatExists: no install instruction names a version that
// was never tagged (@v0.2.0, rev: v0.2.0, uses: …@v0), and the changelog
// heads no section with an untagged version.
func TestPromisesOnlyWhatExists(t *testing.T) {
	tags, haveGit := gitTags(t)
	versionRef := regexp.MustCompile("(quotecheck@|`@|rev:\\s*)" + `(v\d+(\.\d+)*)\b`)
	for name, text := range promiseFiles(t) {
		for _, m := range versionRef.FindAllStringSubmatch(text, -1) {
			if !haveGit || !slices.Contains(tags, m[2]) {
				t.Errorf("%s names %q, a version never tagged", name, m[0])
			}
		}
	}
	heading := regexp.MustCompile(`(?m)^## \[([^\]]+)\]`)
	for _, m := range heading.FindAllStringSubmatch(promiseFiles(t)["CHANGELOG.md"], -1) {
		if m[1] != "Unreleased" && (!haveGit || !slices.Contains(tags, "v"+m[1])) {
			t.Errorf("CHANGELOG.md has a section [%s], a version never tagged", m[1])
		}
	}
	readme := promiseFiles(t)["README.md"]
	for _, want := range []string{"go install github.com/quotecheck/quotecheck/cmd/quotecheck@latest", "once the first tag"} {
		if !strings.Contains(strings.ToLower(readme), want) {
			t.Errorf("README.md does not say %q", want)
		}
	}
}

// TestWorkflows: CI runs .ci/run; a v* tag runs goreleaser.
func TestWorkflows(t *testing.T) {
	type workflow struct {
		On   map[string]map[string][]string
		Jobs map[string]struct {
			Steps []struct{ Uses, Run string }
		}
	}
	var ci, rel workflow
	readYAML(t, ".github/workflows/ci.yml", &ci)
	readYAML(t, ".github/workflows/release.yml", &rel)
	steps := func(w workflow) (uses, runs []string) {
		for _, j := range w.Jobs {
			for _, s := range j.Steps {
				uses, runs = append(uses, s.Uses), append(runs, s.Run)
			}
		}
		return uses, runs
	}
	if _, ok := ci.On["pull_request"]; !ok {
		t.Error("ci.yml does not run on pull requests")
	}
	if _, runs := steps(ci); !slices.Contains(runs, "bash .ci/run") {
		t.Errorf("ci.yml runs %q, not .ci/run", runs)
	}
	if tags := rel.On["push"]["tags"]; !slices.Contains(tags, "v*") {
		t.Errorf("release.yml runs on tags %q, want v*", tags)
	}
	if uses, _ := steps(rel); !slices.ContainsFunc(uses, func(u string) bool { return strings.HasPrefix(u, "goreleaser/goreleaser-action@") }) {
		t.Errorf("release.yml uses %q, not goreleaser", uses)
	}
	var gr struct{ Release struct{ Draft bool } }
	readYAML(t, ".goreleaser.yaml", &gr)
	if gr.Release.Draft {
		t.Error(".goreleaser.yaml makes draft releases: a tag would carry no public binaries")
	}
}

// actionSteps reads action.yml's steps.
func actionSteps(t *testing.T) []struct {
	Name, Uses, Run string
	Env             map[string]string
} {
	var action struct {
		Runs struct {
			Steps []struct {
				Name, Uses, Run string
				Env             map[string]string
			}
		}
	}
	readYAML(t, "action.yml", &action)
	return action.Runs.Steps
}

// TestActionInstallsItsOwnRef: the action builds or downloads the
// quotecheck of its own ref, keeps the build cache, and does not set up
// a Go that the caller's later steps would inherit.
func TestActionInstallsItsOwnRef(t *testing.T) {
	var install string
	cached := false
	for _, s := range actionSteps(t) {
		if strings.HasPrefix(s.Uses, "actions/setup-go") {
			t.Error("action.yml runs actions/setup-go: the caller's later steps would get its Go")
		}
		if strings.HasPrefix(s.Uses, "actions/cache") {
			cached = true
		}
		if strings.HasPrefix(s.Name, "Install quotecheck") {
			install = s.Run
			if s.Env["QC_REF"] != "${{ github.action_ref }}" || s.Env["QC_ACTION_PATH"] != "${{ github.action_path }}" {
				t.Errorf("the install step does not read the action's own ref and checkout: %v", s.Env)
			}
		}
	}
	if !cached {
		t.Error("action.yml keeps no build cache")
	}
	for _, want := range []string{"releases/download/$QC_REF/", `cd "$QC_ACTION_PATH"`, "go build", "GOCACHE="} {
		if !strings.Contains(install, want) {
			t.Errorf("the install step lacks %q:\n%s", want, install)
		}
	}
	if strings.Contains(install, "@latest") {
		t.Error("the install step installs @latest, not the action's own ref")
	}
}

// TestActionCheckStep runs the action's check script with a stand-in
// quotecheck that prints its arguments: the config's fail_on holds unless
// fail-on is set, and glob patterns reach quotecheck unexpanded (it
// expands ** and names a pattern that matches nothing; bash would do
// neither).
func TestActionCheckStep(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	var script string
	for _, s := range actionSteps(t) {
		if s.Name == "Check quotations" {
			script = s.Run
		}
	}
	if script == "" {
		t.Fatal("action.yml has no step named Check quotations")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.md": "x", "stub": "#!/bin/sh\nfor a; do echo \"$a\"; done\n"})
	stub := filepath.Join(dir, "stub")
	if err := os.Chmod(stub, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sources, drafts, failOn, config string
		want                            string
	}{
		{"wire/", "*.md drafts/**/*.md", "", "",
			"check --format github --against wire/ -- *.md drafts/**/*.md"},
		{"wire/\nmore/*.txt", "a.md\nb.md", "never", ".qc.yaml",
			"check --format github --fail-on never --against wire/ --against more/*.txt --config .qc.yaml -- a.md b.md"},
	}
	for _, tt := range tests {
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "QC_BIN="+stub, "QC_SOURCES="+tt.sources, "QC_DRAFTS="+tt.drafts,
			"QC_FAIL_ON="+tt.failOn, "QC_CONFIG="+tt.config)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		if got := strings.Join(strings.Fields(string(out)), " "); got != tt.want {
			t.Errorf("drafts %q, fail-on %q: quotecheck got\n  %s\nwant\n  %s", tt.drafts, tt.failOn, got, tt.want)
		}
	}
}

// TestDockerRunsAsCaller: the documented docker run gives --user, so that
// -o can write into the mounted folder.
func TestDockerRunsAsCaller(t *testing.T) {
	for name, text := range promiseFiles(t) {
		for _, line := range strings.Split(text, "\n") {
			if strings.Contains(line, "docker run") && !strings.Contains(line, `--user "$(id -u):$(id -g)"`) {
				t.Errorf("%s: %q runs as the image's user, who may not write into the mounted folder", name, strings.TrimSpace(line))
			}
		}
	}
}

// TestGoVersionAgrees: the Go the README and the workflows name is the
// one go.mod asks for.
func TestGoVersionAgrees(t *testing.T) {
	b, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^go (\S+)$`).FindStringSubmatch(string(b))
	if m == nil {
		t.Fatal("go.mod has no go line")
	}
	want := m[1]
	mention := regexp.MustCompile(`\bGo (1\.\d+(\.\d+)?)\b|go-version: "?(1\.\d+(\.\d+)?)`)
	files := promiseFiles(t)
	for _, wf := range []string{".github/workflows/ci.yml", ".github/workflows/release.yml"} {
		b, err := os.ReadFile(wf)
		if err != nil {
			t.Fatal(err)
		}
		files[wf] = string(b)
	}
	for name, text := range files {
		if name == "CHANGELOG.md" {
			continue
		}
		for _, m := range mention.FindAllStringSubmatch(text, -1) {
			v := m[1] + m[3]
			if v != want && !strings.Contains(m[0], "1.21") {
				t.Errorf("%s says %q; go.mod says go %s", name, m[0], want)
			}
		}
	}
}
