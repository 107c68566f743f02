package quotecheck_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/internal/corpus"
)

// TestDerivedFromAccuracy scores the timeline's derived_from on a
// generated corpus whose true lineage is known: outlets publish at their
// own delays, and later ones copy earlier ones' wordings, keeping their
// changes. Each wording that is not an utterance's first is scored when
// the wording it truly comes from is in the timeline: the copied
// outlet's, or the words as said when it comes from the event.
func TestDerivedFromAccuracy(t *testing.T) {
	sc := scoreDerivedFrom(t, corpus.Config{Stories: 40, Outlets: 6, Seed: 7, Times: true, Formats: []string{"text", "html", "markdown"}})
	t.Logf("derived_from: %d of %d scored wordings right (%.1f%%); of those copied from an earlier outlet %d of %d, of those from the event %d of %d; %d not scorable",
		sc.right, sc.scored, pct(sc.right, sc.scored), sc.copiesRight, sc.copies, sc.right-sc.copiesRight, sc.scored-sc.copies, sc.skipped)
	if sc.scored < 50 {
		t.Fatalf("only %d wordings scored", sc.scored)
	}
	if pct(sc.right, sc.scored) < 85 || pct(sc.copiesRight, sc.copies) < 90 {
		t.Errorf("derived_from accuracy %.1f%% (copies %.1f%%), want at least 85%% (copies 90%%)", pct(sc.right, sc.scored), pct(sc.copiesRight, sc.copies))
	}
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }

type lineageScore struct{ scored, right, copies, copiesRight, skipped int }

// scoreDerivedFrom generates cfg's corpus, diffs it, and compares each
// timeline entry's derived_from with the true lineage.
func scoreDerivedFrom(t *testing.T, cfg corpus.Config) lineageScore {
	t.Helper()
	gen, err := corpus.Generate(cfg)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := gen.WriteDir(dir); err != nil {
		t.Fatal(err)
	}
	c, err := quotecheck.Load(context.Background(), []string{dir}, quotecheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	file := map[string]string{} // source ID: file name
	for _, s := range c.Sources {
		file[s.ID] = filepath.Base(s.Path)
	}
	byFile := map[string][]corpus.Lineage{}
	for _, l := range gen.Lineage {
		byFile[l.File] = append(byFile[l.File], l)
	}
	us, err := quotecheck.Diff(context.Background(), c, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var sc lineageScore
	for _, u := range us {
		for i := 1; i < len(u.Timeline); i++ {
			e := u.Timeline[i]
			rec, ok := truthOf(byFile[file[e.FirstSource]], e.Wording)
			want := -1
			if ok && rec.From != "" {
				want = entryWith(u.Timeline[:i], func(te align.TimelineEntry) bool {
					for _, s := range te.Sources {
						if file[s] == rec.From {
							return true
						}
					}
					return false
				})
			} else if ok {
				want = entryWith(u.Timeline[:i], func(te align.TimelineEntry) bool { return plainWords(te.Wording) == plainWords(rec.Said) })
			}
			if want < 0 || e.DerivedFrom == nil || e.FirstPublished == "" {
				sc.skipped++
				continue
			}
			sc.scored++
			if rec.From != "" {
				sc.copies++
			}
			if *e.DerivedFrom == want {
				sc.right++
				if rec.From != "" {
					sc.copiesRight++
				}
			}
		}
	}
	return sc
}

// truthOf finds the generated record of the wording an article printed:
// the one sharing most words with it, if it shares at least half.
func truthOf(recs []corpus.Lineage, wording string) (corpus.Lineage, bool) {
	best, bestShare := corpus.Lineage{}, 0.0
	words := strings.Fields(plainWords(wording))
	for _, r := range recs {
		have := map[string]bool{}
		for _, w := range strings.Fields(plainWords(r.Words)) {
			have[w] = true
		}
		n := 0
		for _, w := range words {
			if have[w] {
				n++
			}
		}
		if share := float64(n) / float64(max(len(words), len(have), 1)); share > bestShare {
			best, bestShare = r, share
		}
	}
	return best, bestShare >= 0.5
}

func entryWith(es []align.TimelineEntry, f func(align.TimelineEntry) bool) int {
	for k, e := range es {
		if f(e) {
			return k
		}
	}
	return -1
}

// plainWords lower-cases s and keeps only its letters, digits and spaces,
// apostrophes made straight.
func plainWords(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }), " ")
}
