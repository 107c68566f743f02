package sources

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestTmpShared(t *testing.T) {
	files, _ := filepath.Glob("/work/shared/transcripts/2*.md")
	for _, f := range files {
		srcs, err := Load(f, Options{})
		if err != nil {
			t.Fatal(err)
		}
		s := srcs[0]
		fmt.Println("==", filepath.Base(f)[:40], s.Kind, s.Title, s.URL != "")
		if s.Transcript == nil {
			continue
		}
		who := map[string]int{}
		for _, tn := range s.Transcript.Turns {
			who[fmt.Sprintf("%s → %q rep=%v", tn.Label, tn.Speaker, tn.Reporter)]++
		}
		fmt.Println(len(s.Transcript.Turns), who)
		if os.Getenv("V") != "" {
			for _, tn := range s.Transcript.Turns[:5] {
				fmt.Printf("%s|%s|%q\n", tn.Label, tn.Time, tn.Text(s.Text)[:min(80, len(tn.Text(s.Text)))])
			}
		}
	}
}
