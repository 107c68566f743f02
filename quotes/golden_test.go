package quotes

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/internal/golden"
)

// render prints quotations and warnings one per line, for golden files.
func render(qs []Quote, ws []Warning) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "%s %d:%d p%d %s%s%s %s speaker=%q role=%q method=%s utt=%s\n",
			strings.TrimPrefix(q.ID, q.Source+"/"), q.Line, q.Column, q.Paragraph, q.Open, q.Text, q.Close,
			q.Kind, q.Speaker, q.Role, q.SpeakerMethod, strings.TrimPrefix(q.Utterance, q.Source+"/"))
	}
	for _, w := range ws {
		fmt.Fprintf(&b, "warning %d:%d %s\n", w.Line, w.Column, w.Message)
	}
	return b.String()
}

// TestGolden extracts every article of testdata/quotes, read as the
// command reads it, and compares with its golden file.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/quotes/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in testdata/quotes: %v", err)
	}
	ex := NewExtractor()
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src := loadFixture(t, f)
			if src == nil {
				return
			}
			got := render(ex.Extract(src))
			golden.CheckString(t, strings.TrimSuffix(f, ".txt")+".golden", got)
		})
	}
}
