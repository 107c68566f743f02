package align

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// synthCorpus makes n quotations deterministically: stories, each with a
// few speakers whose utterances are printed by several outlets with
// mutated wordings (a word dropped or swapped, case, an excerpt).
func synthCorpus(n int) []quotes.Quote {
	r := rand.New(rand.NewPCG(1, uint64(n)))
	syl := []string{"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "po", "an", "el"}
	vocab := make([]string, 20000)
	for i := range vocab {
		var b strings.Builder
		for k := 0; k < 2+i%3; k++ {
			b.WriteString(syl[(i/(k*7+1)+k*5)%len(syl)])
		}
		vocab[i] = fmt.Sprintf("%s%d", b.String(), i%97)
	}
	common := []string{"the", "we", "will", "a", "to", "of", "and", "is", "that", "it"}
	word := func() string {
		if r.IntN(3) == 0 {
			return common[r.IntN(len(common))]
		}
		return vocab[int(float64(len(vocab))*r.Float64()*r.Float64())] // skewed: some words common
	}
	var qs []quotes.Quote
	count := map[string]int{}
	for story := 0; len(qs) < n; story++ {
		outlets := 3 + r.IntN(6)
		for u := 0; u < 4 && len(qs) < n; u++ {
			ws := make([]string, 6+r.IntN(25))
			for i := range ws {
				ws[i] = word()
			}
			speaker := fmt.Sprintf("Speaker %d", story*3+u%3)
			for o := 0; o < outlets && len(qs) < n; o++ {
				src := fmt.Sprintf("s%d-o%d", story, o)
				count[src]++
				id := fmt.Sprintf("%s/q%d", src, count[src])
				qs = append(qs, quotes.Quote{ID: id, Source: src, Text: mutate(r, ws), Speaker: speaker,
					Kind: quotes.KindUtterance, Utterance: id, Line: count[src], Column: 1, Start: count[src] * 100})
			}
		}
	}
	return qs
}

func mutate(r *rand.Rand, ws []string) string {
	w := append([]string(nil), ws...)
	switch r.IntN(5) {
	case 0:
		i := r.IntN(len(w))
		w = append(w[:i], w[i+1:]...)
	case 1:
		w[r.IntN(len(w))] = "changed"
	case 2:
		w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
	case 3:
		i := r.IntN(len(w) / 2)
		w = w[i : i+len(w)/2]
	}
	return strings.Join(w, " ") + "."
}

func benchmarkAlign(b *testing.B, n int) {
	qs := synthCorpus(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		us := Align(nil, qs, Options{})
		b.ReportMetric(float64(len(qs))/float64(len(us)), "quotes/utterance")
	}
}

func BenchmarkAlign1k(b *testing.B)   { benchmarkAlign(b, 1000) }
func BenchmarkAlign10k(b *testing.B)  { benchmarkAlign(b, 10000) }
func BenchmarkAlign100k(b *testing.B) { benchmarkAlign(b, 100000) }

func TestSynthCorpusGroups(t *testing.T) {
	qs := synthCorpus(2000)
	us := Align(nil, qs, Options{})
	// every printed version comes from one story utterance printed by 3-8
	// outlets; most must be found together.
	if per := float64(len(qs)) / float64(len(us)); per < 3 {
		t.Errorf("%.2f quotations per utterance on a corpus printed by 3-8 outlets each", per)
	}
}
