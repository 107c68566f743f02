package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/quotecheck/quotecheck/internal/corpus"
	"github.com/quotecheck/quotecheck/sources"
)

// TestProseHint exercises the prose fallback for real: a single-word name
// with no title or first name anywhere in the article is a speaker only when
// prose tags it a person in the attribution window.
func TestProseHint(t *testing.T) {
	tests := []struct {
		name, article, speaker string
		prose                  bool // whether the rules must ask prose
	}{
		{"person only prose confirms", "The talks ended late.\n\n“We will respond,” Peskov told reporters.", "Peskov", true},
		{"organisation prose refuses", "The talks ended late.\n\n“We will respond,” Interfax said on Monday.", "", true},
		{"place prose refuses", "The talks ended late.\n\n“We will respond,” Ankara told reporters.", "", true},
		{"place prose refuses, verb first and present", "The talks ended late.\n\n“We will respond,” says Ankara.", "", true},
		{"person prose confirms, verb first and present", "The talks ended late.\n\n“We will respond,” says Pellham.", "Pellham", true},
		{"institution on the deny-list, prose not asked", "The talks ended late.\n\n“We will respond,” the Kremlin said.", "Kremlin", false},
		{"titled name, prose not asked", "Press secretary Dmitry Peskov spoke.\n\n“We will respond,” Peskov said.", "Dmitry Peskov", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := proseWindows.Load()
			qs, _ := extract(tc.article)
			if len(qs) != 1 || qs[0].Speaker != tc.speaker {
				t.Fatalf("got %+v, want speaker %q", qs, tc.speaker)
			}
			if asked := proseWindows.Load() > before; asked != tc.prose {
				t.Errorf("prose asked: %v, want %v", asked, tc.prose)
			}
		})
	}
}

// TestProseNotNeededOnSeeds checks the rules alone settle every speaker of
// the seed articles, so the prose model is never loaded for them.
func TestProseNotNeededOnSeeds(t *testing.T) {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	before := proseWindows.Load()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		NewExtractor().Extract(sources.FromText(filepath.Base(f), string(b)))
	}
	if n := proseWindows.Load() - before; n != 0 {
		t.Errorf("prose tagged %d windows on the seeds, want 0", n)
	}
}

// TestProseUseOnGenerated reports how often the prose hint fires on varied coverage.
func TestProseUseOnGenerated(t *testing.T) {
	c, err := corpus.Generate(corpus.Config{Stories: 20, Outlets: 4, Seed: 99, Formats: []string{"text"}})
	if err != nil {
		t.Fatal(err)
	}
	before, quotes := proseWindows.Load(), 0
	for _, a := range c.Articles {
		qs, _ := NewExtractor().Extract(sources.FromText(a.Name, string(a.Content)))
		quotes += len(qs)
	}
	n := proseWindows.Load() - before
	t.Logf("prose tagged %d windows for %d quotations in %d articles", n, quotes, len(c.Articles))
	if n > int64(quotes) {
		t.Errorf("prose ran more often (%d) than there are quotations (%d)", n, quotes)
	}
}

// BenchmarkProseWindow is the cost of one attribution window with the shared model.
func BenchmarkProseWindow(b *testing.B) {
	model := sharedProse()
	text := strings.Join(strings.Fields(", Peskov told reporters on Monday ."), " ")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(model)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProseModelLoad is what loading the model costs: the price of
// every prose.NewDocument made without prose.UsingModel.
func BenchmarkProseModelLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument("Model", prose.WithSegmentation(false)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractWithProse is extraction of an article whose speaker needs prose.
func BenchmarkExtractWithProse(b *testing.B) {
	sharedProse()
	text := strings.Repeat("The talks ended late.\n\n“We will respond,” Peskov told reporters.\n\n", 20)
	src := sources.FromText("bench", text)
	ex := NewExtractor()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ex.Extract(src)
	}
}

// TestProseConcurrent runs extractions that need prose from several
// goroutines at once; run with -race to check the shared model.
func TestProseConcurrent(t *testing.T) {
	ex := NewExtractor()
	text := "The talks ended late.\n\n“We will respond,” Peskov told reporters.\n\n“Not now,” Interfax said on Monday."
	done := make(chan []Quote)
	for range 4 {
		go func() {
			qs, _ := ex.Extract(sources.FromText("t", text))
			done <- qs
		}()
	}
	for range 4 {
		qs := <-done
		if len(qs) != 2 || qs[0].Speaker != "Peskov" || qs[1].Speaker != "" {
			t.Errorf("got %+v", qs)
		}
	}
}

// TestKnownPeopleNeedNoProse: a bare surname the article says nothing else
// about is settled by a full name another source gives (a draft's wire
// copy), without the language model; without it, prose is asked.
func TestKnownPeopleNeedNoProse(t *testing.T) {
	src := sources.FromText("draft", "Talks resume\n\n\"We will rebuild the pier before winter,\" Okonjo said.\n")
	before := proseWindows.Load()
	qs, _ := NewExtractor().WithPeople([]string{"Adaeze Okonjo", "Lee"}).Extract(src)
	if len(qs) != 1 || qs[0].Speaker != "Okonjo" || qs[0].SpeakerMethod != MethodExplicit {
		t.Fatalf("got %+v, want Okonjo credited explicitly", qs)
	}
	if n := proseWindows.Load() - before; n != 0 {
		t.Errorf("prose tagged %d windows for a surname the wire names in full, want 0", n)
	}
	NewExtractor().Extract(src)
	if proseWindows.Load() == before {
		t.Error("without the wire's names prose was not asked: the test shows nothing")
	}
}
