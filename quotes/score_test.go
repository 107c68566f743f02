package quotes

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/quotecheck/quotecheck/corpus"
	"github.com/quotecheck/quotecheck/sources"
	"golang.org/x/text/unicode/norm"
)

// goldQuote is one hand-annotated quotation of testdata/seeds/gold.json.
type goldQuote struct {
	Source  string `json:"source"`
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Kind    string `json:"kind"`
}

var (
	reSingles = regexp.MustCompile("[\u2018\u2019\u201b\u2032`]")
	reDoubles = regexp.MustCompile("[\u201c\u201d\u201e\u201f\u00ab\u00bb\"]")
	reNonWord = regexp.MustCompile(`[^\p{L}\p{N}_' ]+`)
)

// normText normalises text the way the project's scorer does.
func normText(s string) string {
	s = norm.NFKC.String(s)
	s = reSingles.ReplaceAllString(s, "'")
	s = reDoubles.ReplaceAllString(s, `"`)
	s = reNonWord.ReplaceAllString(strings.ToLower(s), " ")
	return strings.Join(strings.Fields(s), " ")
}

// similarity is the share of common words, over the longer text's count.
func similarity(a, b string) float64 {
	if normText(a) == normText(b) {
		return 1
	}
	ta, tb := strings.Fields(normText(a)), strings.Fields(normText(b))
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	ca := map[string]int{}
	for _, w := range ta {
		ca[w]++
	}
	inter := 0
	for _, w := range tb {
		if ca[w] > 0 {
			ca[w]--
			inter++
		}
	}
	return float64(inter) / float64(max(len(ta), len(tb)))
}

// surname is the last word of a name, accents and possessives dropped.
func surname(name string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(name) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	var ws []string
	for _, w := range strings.Fields(normText(b.String())) {
		if w != "jr" && w != "sr" && w != "ii" && w != "iii" {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return ""
	}
	return strings.TrimSuffix(ws[len(ws)-1], "'s")
}

// matchGold pairs gold and predicted quotations one-to-one, best similarity first.
func matchGold(gold []goldQuote, pred []Quote) map[int]int {
	type cand struct {
		s    float64
		g, p int
	}
	var cs []cand
	for gi, g := range gold {
		for pi, p := range pred {
			if p.Source == g.Source {
				if s := similarity(p.Text, g.Text); s >= 0.8 {
					cs = append(cs, cand{s, gi, pi})
				}
			}
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].s > cs[j].s })
	gm, used := map[int]int{}, map[int]bool{}
	for _, c := range cs {
		if _, ok := gm[c.g]; !ok && !used[c.p] {
			gm[c.g], used[c.p] = c.p, true
		}
	}
	return gm
}

// score gives recall, precision and speaker accuracy (on utterances, by
// surname) of pred against gold, logging misses and wrong speakers.
func score(t *testing.T, gold []goldQuote, pred []Quote) (recall, precision, speaker float64) {
	t.Helper()
	gm := matchGold(gold, pred)
	utt, right := 0, 0
	for gi, q := range gold {
		pi, ok := gm[gi]
		if !ok {
			t.Logf("missed: %s %q", q.Source, q.Text)
		}
		if q.Kind != KindUtterance {
			continue
		}
		utt++
		if ok && surname(pred[pi].Speaker) == surname(q.Speaker) {
			right++
		} else if ok {
			t.Logf("wrong speaker: %s %q: got %q, want %q", q.Source, q.Text, pred[pi].Speaker, q.Speaker)
		}
	}
	recall = float64(len(gm)) / float64(max(len(gold), 1))
	precision = float64(len(gm)) / float64(max(len(pred), 1))
	speaker = float64(right) / float64(max(utt, 1))
	t.Logf("recall %.3f (%d/%d), precision %.3f (%d/%d), speaker accuracy %.3f (%d/%d)",
		recall, len(gm), len(gold), precision, len(gm), len(pred), speaker, right, utt)
	return recall, precision, speaker
}

// checkScore fails the test below the given targets.
func checkScore(t *testing.T, recall, precision, speaker, minRecall, minPrecision, minSpeaker float64) {
	t.Helper()
	if recall < minRecall || precision < minPrecision || speaker < minSpeaker {
		t.Errorf("below target: recall %.3f (≥%.2f), precision %.3f (≥%.2f), speaker accuracy %.3f (≥%.2f)",
			recall, minRecall, precision, minPrecision, speaker, minSpeaker)
	}
}

func TestSeedScore(t *testing.T) {
	raw, err := os.ReadFile("../testdata/seeds/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var g struct{ Quotes []goldQuote }
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var pred []Quote
	ex := NewExtractor()
	for _, q := range g.Quotes {
		if seen[q.Source] {
			continue
		}
		seen[q.Source] = true
		b, err := os.ReadFile(filepath.Join("../testdata/seeds", q.Source))
		if err != nil {
			t.Fatal(err)
		}
		qs, _ := ex.Extract(sources.FromText(q.Source, string(b)))
		pred = append(pred, qs...)
	}
	r, p, s := score(t, g.Quotes, pred)
	checkScore(t, r, p, s, 0.95, 0.95, 0.90)
}

// TestGeneratedScore scores extraction on a generated corpus of varied news
// coverage (several outlets, every quotation-mark style, pronouns, roles).
func TestGeneratedScore(t *testing.T) {
	c, err := corpus.Generate(corpus.Config{Stories: 20, Outlets: 4, Seed: 7, Formats: []string{"text"}})
	if err != nil {
		t.Fatal(err)
	}
	var gold []goldQuote
	for _, q := range c.Gold.Quotes {
		gold = append(gold, goldQuote{Source: q.Source, Text: q.Text, Speaker: q.Speaker, Kind: q.Kind})
	}
	var pred []Quote
	ex := NewExtractor()
	for _, a := range c.Articles {
		qs, _ := ex.Extract(sources.FromText(a.Name, string(a.Content)))
		pred = append(pred, qs...)
	}
	r, p, s := score(t, gold, pred)
	checkScore(t, r, p, s, 0.95, 0.95, 0.90)
}
