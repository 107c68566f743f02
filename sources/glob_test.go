package sources

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMatchGlob(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"drafts/**/*.md", "drafts/a.md", true},
		{"drafts/**/*.md", "drafts/x/y/a.md", true},
		{"drafts/**/*.md", "drafts/x/y/a.txt", false},
		{"drafts/**/*.md", "other/a.md", false},
		{"**/*.md", "a.md", true},
		{"**", "a/b/c", true},
		{"drafts/old/**", "drafts/old/x/y.md", true},
		{"drafts/old/**", "drafts/older/y.md", false},
		{"./drafts/*.md", "drafts/a.md", true},
		{"a/**/b/**/c", "a/b/c", true},
		{"a/**/b/**/c", "a/x/b/y/z/c", true},
		{"a/**/b/**/c", "a/x/y/c", false},
		{"/abs/**/*.txt", "/abs/q/r.txt", true},
	}
	for _, tt := range tests {
		if got := MatchGlob(tt.pattern, tt.name); got != tt.want {
			t.Errorf("MatchGlob(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
}

func TestGlob(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.md", "x/b.md", "x/y/c.md", "x/y/c.txt", ".git/d.md", "x/.hidden/e.md"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		pattern string
		want    string
	}{
		{"**/*.md", "a.md x/b.md x/y/c.md"},
		{"x/**", "x/b.md x/y/c.md x/y/c.txt"},
		{"x/*/*.txt", "x/y/c.txt"},
		{"x/**/.hidden/*.md", "x/.hidden/e.md"},
		{"**/*.html", ""},
		{"x/../x/**/*.md", "x/b.md x/y/c.md"},
	}
	for _, tt := range tests {
		got, err := Glob(filepath.Join(dir, tt.pattern))
		if err != nil {
			t.Fatal(err)
		}
		for i := range got {
			got[i], _ = filepath.Rel(dir, got[i])
			got[i] = filepath.ToSlash(got[i])
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("Glob(%q) = %v, want %s", tt.pattern, got, tt.want)
		}
	}
	if _, err := Glob(filepath.Join(dir, "[x/**")); err == nil {
		t.Error("a malformed pattern is no error")
	}
}

// FuzzMatchGlob: any pattern and name give an answer, without a panic,
// and a name matches itself when it holds no metacharacter.
func FuzzMatchGlob(f *testing.F) {
	f.Add("drafts/**/*.md", "drafts/x/a.md")
	f.Add("**/**/[a-", "a/b")
	f.Fuzz(func(t *testing.T, pattern, name string) {
		_ = MatchGlob(pattern, name)
		if !IsGlob(name) && !strings.Contains(name, `\`) && !MatchGlob(name, name) {
			t.Errorf("%q does not match itself", name)
		}
	})
}
