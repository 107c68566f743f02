package golden

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder notes whether a check failed, without failing the test.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()                           {}
func (r *recorder) Errorf(format string, args ...any) { r.failed = true }
func (r *recorder) Fatalf(format string, args ...any) { r.failed = true }

func TestCheck(t *testing.T) {
	defer func(was bool) { *update = was }(*update)
	*update = false
	path := filepath.Join(t.TempDir(), "out.golden")
	if err := os.WriteFile(path, []byte("a\nb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		got  string
		fail bool
	}{{"a\nb\n", false}, {"a\nc\n", true}, {"a\nb", true}} {
		r := &recorder{TB: t}
		Check(r, path, []byte(tt.got))
		if r.failed != tt.fail {
			t.Errorf("Check(%q): failed %v, want %v", tt.got, r.failed, tt.fail)
		}
	}
	r := &recorder{TB: t}
	Check(r, filepath.Join(t.TempDir(), "missing.golden"), nil)
	if !r.failed {
		t.Error("a missing golden file passed")
	}
	*update = true
	Check(t, path, []byte("new\n"))
	if b, err := os.ReadFile(path); err != nil || string(b) != "new\n" {
		t.Errorf("-update wrote %q, %v", b, err)
	}
}

func TestFirstDiff(t *testing.T) {
	if got := FirstDiff("a\nb\nc", "a\nx\nc"); got != "line 2:\n  want: b\n  got:  x" {
		t.Errorf("FirstDiff = %q", got)
	}
}

// TestEveryPackageTakesUpdate: 'go test ./... -update' fails in any test
// binary that does not define -update, so every package with tests must
// import this one.
func TestEveryPackageTakesUpdate(t *testing.T) {
	root := filepath.Join("..", "..")
	missing := map[string]bool{}
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && p != root) {
			return filepath.SkipDir
		}
		if _, err := os.Stat(filepath.Join(p, "go.mod")); d.IsDir() && p != root && err == nil {
			return filepath.SkipDir // another module (beam/): 'go test ./...' does not run it
		}
		if d.IsDir() || !strings.HasSuffix(p, "_test.go") {
			return nil
		}
		dir := filepath.Dir(p)
		if _, seen := missing[dir]; !seen {
			missing[dir] = true
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if bytes.Contains(b, []byte(`"github.com/quotecheck/quotecheck/internal/golden"`)) {
			missing[dir] = false
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(missing) < 5 {
		t.Fatalf("found tests in only %d directories under %s", len(missing), root)
	}
	for dir, m := range missing {
		if m {
			t.Errorf("%s has tests but none imports internal/golden: 'go test ./... -update' would fail there", dir)
		}
	}
}
