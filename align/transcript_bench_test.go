package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/sources"
)

// bigTranscript writes the fixture briefing's turns n times over, as a
// long briefing, and indexes it.
func bigTranscript(b *testing.B, n int) *Transcripts {
	b.Helper()
	raw, err := os.ReadFile("../testdata/transcripts/briefing-2026-02-12.md")
	if err != nil {
		b.Fatal(err)
	}
	head, body, _ := strings.Cut(string(raw), "11:04 A.M. PST\n")
	path := filepath.Join(b.TempDir(), "big.md")
	if err := os.WriteFile(path, []byte(head+"11:04 A.M. PST\n"+strings.Repeat(body, n)), 0o644); err != nil {
		b.Fatal(err)
	}
	srcs, err := sources.Load(path, sources.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return NewTranscripts(srcs)
}

// BenchmarkFindTranscript looks up a long quotation and a short answer in
// a briefing of about 20,000 words; ns/op grows with the transcript, not
// with the quotations checked before.
func BenchmarkFindTranscript(b *testing.B) {
	tx := bigTranscript(b, 50)
	probes := []ProbeQuote{
		{Text: "I'll have to check back with you on whether that is something we're considering.", Speaker: "Dana Whitfield", Whole: true},
		{Text: "Nope.", Speaker: "Dana Whitfield", Whole: true, Context: "Asked whether the Governor regretted calling the strike reckless"},
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tx.Find(probes[i%len(probes)])
	}
}

func FuzzFindTranscript(f *testing.F) {
	for _, s := range []string{"Nope.", "We expect the bridge to reopen on Monday", "", "…", "No. No. No."} {
		f.Add(s, "Dana Whitfield", "regret")
	}
	srcs, err := sources.Load("../testdata/transcripts/briefing-2026-02-12.md", sources.Options{})
	if err != nil {
		f.Fatal(err)
	}
	tx := NewTranscripts(srcs)
	f.Fuzz(func(t *testing.T, text, speaker, context string) {
		c, ok := tx.Find(ProbeQuote{Text: text, Speaker: speaker, Context: context, Whole: true})
		if ok && c.Passage != nil {
			c.Passage.Compare(text, true)
			if c.Passage.Line < 1 {
				t.Fatalf("passage without a position: %+v", c.Passage)
			}
		}
	})
}
