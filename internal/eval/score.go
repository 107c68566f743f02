package eval

import (
	"sort"

	"github.com/quotecheck/quotecheck/quotes"
)

// Quote is a predicted quotation, as the scorer sees it.
type Quote struct {
	ID      string
	Source  string // the article's file name
	Text    string
	Speaker string
	Kind    string
}

// Utterance is a predicted utterance: which quotations it holds, its
// severity (0 none … 3 error) and the kinds of difference it reports.
type Utterance struct {
	ID       string
	Quotes   []string
	Severity int
	Kinds    []string
}

// MinSimilarity is how alike a predicted quotation's text must be to a gold
// one's to count as found (the scorer's bar).
const MinSimilarity = 0.8

// Match pairs gold quotations with predicted ones one-to-one: same source,
// best text similarity first, at least MinSimilarity. It maps gold index to
// predicted index.
func Match(gold []GoldQuote, pred []Quote) map[int]int {
	type cand struct {
		sim     float64
		gi, pi  int
		ordinal int
	}
	var cands []cand
	for gi, g := range gold {
		for pi, p := range pred {
			if p.Source != g.Source {
				continue
			}
			if s := Similarity(p.Text, g.Text); s >= MinSimilarity {
				cands = append(cands, cand{s, gi, pi, len(cands)})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].sim > cands[j].sim })
	out, used := map[int]int{}, map[int]bool{}
	for _, c := range cands {
		if _, done := out[c.gi]; done || used[c.pi] {
			continue
		}
		out[c.gi] = c.pi
		used[c.pi] = true
	}
	return out
}

// ExtractScore is how well quotations and speakers were found.
type ExtractScore struct {
	Recall, Precision, SpeakerAccuracy float64
	Missed                             []GoldQuote
	WrongSpeaker                       [][2]string // gold text, predicted speaker
}

// ScoreExtract scores predicted quotations against the gold ones; speakers
// are compared on utterances only, by quotes.SpeakerKey (the surname, as
// score.py compares them).
func ScoreExtract(g *Gold, pred []Quote) ExtractScore {
	inGold := map[string]bool{}
	for _, s := range g.Sources() {
		inGold[s] = true
	}
	var scored []Quote
	for _, p := range pred {
		if inGold[p.Source] {
			scored = append(scored, p)
		}
	}
	m := Match(g.Quotes, scored)
	var sc ExtractScore
	sc.Recall = ratio(len(m), len(g.Quotes))
	sc.Precision = ratio(len(m), max(len(scored), 1))
	utterances, right := 0, 0
	for gi, gq := range g.Quotes {
		pi, found := m[gi]
		if !found {
			sc.Missed = append(sc.Missed, gq)
		}
		if gq.Kind != "utterance" {
			continue
		}
		utterances++
		if found && quotes.SpeakerKey(scored[pi].Speaker) == quotes.SpeakerKey(gq.Speaker) {
			right++
		} else if found {
			sc.WrongSpeaker = append(sc.WrongSpeaker, [2]string{gq.Text, scored[pi].Speaker})
		}
	}
	sc.SpeakerAccuracy = ratio(right, max(utterances, 1))
	return sc
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
