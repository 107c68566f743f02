package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/align"
)

func TestParseConfigKeys(t *testing.T) {
	tests := []struct {
		name  string
		yaml  string
		check func(t *testing.T, c *Config)
	}{
		{"empty", "", func(t *testing.T, c *Config) {
			if c.FragmentWords != 2 || c.FailOn != "" || c.Format != "" || len(c.Against) != 0 {
				t.Errorf("defaults = %+v", c)
			}
		}},
		{"against list relative to file", "against: [wire, /abs/feed.jsonl]\n", func(t *testing.T, c *Config) {
			want := []string{filepath.Join("conf", "wire"), "/abs/feed.jsonl"}
			if strings.Join(c.Against, "|") != strings.Join(want, "|") {
				t.Errorf("against = %q, want %q", c.Against, want)
			}
		}},
		{"against URL kept as it is", "against: [wire, https://news.example/story]\n", func(t *testing.T, c *Config) {
			want := []string{filepath.Join("conf", "wire"), "https://news.example/story"}
			if strings.Join(c.Against, "|") != strings.Join(want, "|") {
				t.Errorf("against = %q, want %q", c.Against, want)
			}
		}},
		{"against scalar", "against: wire.txt\n", func(t *testing.T, c *Config) {
			if len(c.Against) != 1 || c.Against[0] != filepath.Join("conf", "wire.txt") {
				t.Errorf("against = %q", c.Against)
			}
		}},
		{"fail_on", "fail_on: Warning\n", func(t *testing.T, c *Config) {
			if c.FailOn != "warning" {
				t.Errorf("fail_on = %q", c.FailOn)
			}
		}},
		{"format", "format: sarif\n", func(t *testing.T, c *Config) {
			if c.Format != "sarif" {
				t.Errorf("format = %q", c.Format)
			}
		}},
		{"fragment_words", "fragment_words: 4\n", func(t *testing.T, c *Config) {
			if c.FragmentWords != 4 {
				t.Errorf("fragment_words = %d", c.FragmentWords)
			}
		}},
		{"severities", "severities:\n  substituted-contraction: info\n  not-found: error\n  reordered: warning\n  fragment: none\n", func(t *testing.T, c *Config) {
			want := map[string]align.Severity{"substituted-contraction": align.Info, "not-found": align.Error, "reordered": align.Warning, "fragment": align.None}
			for k, v := range want {
				if c.Severities[k] != v {
					t.Errorf("severities[%s] = %v, want %v", k, c.Severities[k], v)
				}
			}
		}},
		{"ignore", "ignore:\n  - path: 'opinion/*.md'\n    kind: reordered\n  - text: '(?i)^no comment$'\n  - speaker: Jen Psaki\n", func(t *testing.T, c *Config) {
			if len(c.Ignore) != 3 {
				t.Fatalf("ignore = %+v", c.Ignore)
			}
			if c.Ignore[0].Path != "opinion/*.md" || c.Ignore[0].Kind != "reordered" {
				t.Errorf("rule 0 = %+v", c.Ignore[0])
			}
			if c.Ignore[1].Text == nil || !c.Ignore[1].Text.MatchString("No comment") {
				t.Errorf("rule 1 = %+v", c.Ignore[1])
			}
			if c.Ignore[2].Speaker != "Jen Psaki" {
				t.Errorf("rule 2 = %+v", c.Ignore[2])
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseConfig(filepath.Join("conf", ConfigName), []byte(tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, c)
		})
	}
}

func TestParseConfigErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"unknown key", "against: a\nfail_onn: error\n", ".quotecheck.yaml:2: fail_onn: unknown setting"},
		{"unknown kind", "severities:\n  case: info\n  substitued: info\n", `.quotecheck.yaml:3: severities.substitued: unknown difference kind "substitued"`},
		{"bad severity", "severities:\n  case: loud\n", `.quotecheck.yaml:2: severities.case: unknown severity "loud"`},
		{"bad fail_on", "fail_on: sometimes\n", `.quotecheck.yaml:1: fail_on: unknown value "sometimes"`},
		{"bad format", "format: xml\n", `.quotecheck.yaml:1: format: unknown value "xml"`},
		{"bad fragment_words", "fragment_words: many\n", ".quotecheck.yaml:1: fragment_words: want a whole number"},
		{"negative fragment_words", "fragment_words: -1\n", ".quotecheck.yaml:1: fragment_words: want a whole number"},
		{"against mapping", "against:\n  a: b\n", ".quotecheck.yaml:2: against: want a path"},
		{"severities not mapping", "severities: [case]\n", ".quotecheck.yaml:1: severities: want a mapping"},
		{"ignore not list", "ignore: reordered\n", ".quotecheck.yaml:1: ignore: want a list"},
		{"ignore bad regexp", "ignore:\n  - text: '(unclosed'\n", ".quotecheck.yaml:2: ignore[0].text: bad regular expression"},
		{"ignore bad glob", "ignore:\n  - path: '[a'\n", ".quotecheck.yaml:2: ignore[0].path: bad glob"},
		{"ignore bad kind", "ignore:\n  - kind: typo\n", `.quotecheck.yaml:2: ignore[0].kind: unknown difference kind "typo"`},
		{"ignore unknown condition", "ignore:\n  - file: x\n", ".quotecheck.yaml:2: ignore[0].file: unknown rule condition"},
		{"ignore empty rule", "ignore:\n  - {}\n", ".quotecheck.yaml:2: ignore[0]: empty rule"},
		{"repeated key", "format: json\nformat: line\n", ".quotecheck.yaml:2: format: set twice"},
		{"not a mapping", "- a\n- b\n", ".quotecheck.yaml:1: want a mapping"},
		{"bad yaml", "format: [json\n", ".quotecheck.yaml:"},
		{"null value", "format:\n", ".quotecheck.yaml:1: format: want a single value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseConfig(ConfigName, []byte(tt.yaml))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %v, want prefix %q", err, tt.want)
			}
		})
	}
}

func TestLoadConfigMissing(t *testing.T) {
	_, err := LoadConfig(filepath.Join(t.TempDir(), "nope.yaml"))
	if err == nil || !strings.Contains(err.Error(), "nope.yaml: no such file") {
		t.Errorf("error = %v", err)
	}
}

func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	t.Setenv("HOME", root) // outside a repository the search stops at home
	deep := filepath.Join(root, "repo", "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := FindConfig(deep); got != "" {
		t.Errorf("FindConfig with no file = %q", got)
	}
	want := filepath.Join(root, "repo", ConfigName)
	if err := os.WriteFile(want, []byte("format: json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := FindConfig(deep); got != want {
		t.Errorf("FindConfig = %q, want %q", got, want)
	}
	// A repository root stops the search before a file further up.
	if err := os.Mkdir(filepath.Join(root, "repo", "a", ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if got := FindConfig(deep); got != "" {
		t.Errorf("FindConfig past .git = %q", got)
	}
}

// TestFindConfigStopsOutsideHome: outside a repository and outside the
// home directory, only the working directory's own file applies; one two
// directories up (someone else's, maybe ignoring everything) does not.
func TestFindConfigStopsOutsideHome(t *testing.T) {
	root := t.TempDir()
	t.Setenv("HOME", filepath.Join(root, "home"))
	deep := filepath.Join(root, "shared", "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, "shared", ConfigName), []byte("ignore: [{text: \".\"}]\n"), 0o644)
	if got := FindConfig(deep); got != "" {
		t.Errorf("FindConfig outside home and repository = %q, want none", got)
	}
	own := filepath.Join(deep, ConfigName)
	os.WriteFile(own, []byte("format: json\n"), 0o644)
	if got := FindConfig(deep); got != own {
		t.Errorf("FindConfig = %q, want the working directory's %q", got, own)
	}
}

func TestConfigSpeakers(t *testing.T) {
	c, err := ParseConfig(".quotecheck.yaml", []byte("speakers:\n  MS. ABARA: Lena Abara\n"))
	if err != nil || c.Speakers["MS. ABARA"] != "Lena Abara" {
		t.Errorf("speakers %v, err %v", c.Speakers, err)
	}
	if _, err := ParseConfig(".quotecheck.yaml", []byte("speakers:\n  MS. ABARA: [a, b]\n")); err == nil || !strings.Contains(err.Error(), ":2: speakers.MS. ABARA") {
		t.Errorf("error %v, want one naming line 2 and the key", err)
	}
}
