package check

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// FuzzConfigAndBaselineFiles reads arbitrary bytes as a configuration
// file and as a baseline file, as a hostile repository would hold them:
// neither panics nor hangs, every error names the file, and a baseline
// that reads is written and read back the same.
func FuzzConfigAndBaselineFiles(f *testing.F) {
	f.Add([]byte("against: wire\nfail_on: warning\nignore:\n  - text: \"^x\"\n"))
	f.Add([]byte("a: &x [*x, *x]\nb: *x\n"))
	f.Add([]byte("{\"version\": 1, \"tool\": \"quotecheck\", \"findings\": [{\"fingerprint\": \"f\", \"path\": \"d.md\"}]}"))
	f.Add([]byte("{\"version\": 1e400}"))
	f.Add([]byte("\xef\xbb\xbf\xef\xbb\xbfformat: json\n"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "in")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadConfig(p); err != nil && !strings.Contains(err.Error(), p) {
			t.Errorf("config error does not name the file: %v", err)
		}
		b, err := ReadBaseline(p)
		if err != nil {
			if !strings.Contains(err.Error(), p) {
				t.Errorf("baseline error does not name the file: %v", err)
			}
			return
		}
		out := filepath.Join(dir, "out")
		if err := WriteBaseline(out, b); err != nil {
			t.Fatal(err)
		}
		again, err := ReadBaseline(out)
		if err != nil {
			t.Fatalf("a baseline written does not read back: %v", err)
		}
		if !reflect.DeepEqual(b.Findings, again.Findings) && len(b.Findings)+len(again.Findings) > 0 {
			t.Errorf("baseline changed on the way round:\n%+v\n%+v", b.Findings, again.Findings)
		}
	})
}
