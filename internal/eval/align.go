package eval

import "sort"

// AlignScore is how well quotations were grouped into utterances across
// sources, and whether each utterance's verdict is right.
type AlignScore struct {
	Recall, Precision float64 // of same-utterance pairs across sources
	VerdictAccuracy   float64 // material clusters reach warning, cosmetic ones stay at info
	ConflictsFound    float64 // share of gold speaker conflicts reported; 1 when there are none
	GoldPairs, Pairs  int
	WrongVerdict      []string // gold clusters judged wrongly
}

// Severity levels as Utterance.Severity counts them.
const (
	SeverityInfo    = 1
	SeverityWarning = 2
)

// ScoreAlign scores predicted utterances against the gold clusters. Pairs
// count only between quotations of different sources that were both found.
func ScoreAlign(g *Gold, pred []Quote, us []Utterance) AlignScore {
	m := Match(g.Quotes, pred)
	uttOf := map[string]int{}
	for ui, u := range us {
		for _, id := range u.Quotes {
			uttOf[id] = ui
		}
	}
	utt := func(gi int) (int, bool) {
		pi, ok := m[gi]
		if !ok {
			return 0, false
		}
		ui, ok := uttOf[pred[pi].ID]
		return ui, ok
	}
	var sc AlignScore
	both := 0
	for i := range g.Quotes {
		for j := i + 1; j < len(g.Quotes); j++ {
			a, b := g.Quotes[i], g.Quotes[j]
			ua, okA := utt(i)
			ub, okB := utt(j)
			if a.Source == b.Source || !okA || !okB {
				continue
			}
			sameGold := a.ClusterID() != "" && a.ClusterID() == b.ClusterID()
			samePred := ua == ub
			sc.GoldPairs += b2i(sameGold)
			sc.Pairs += b2i(samePred)
			both += b2i(sameGold && samePred)
		}
	}
	sc.Recall = ratio(both, max(sc.GoldPairs, 1))
	sc.Precision = ratio(both, sc.Pairs)
	sc.VerdictAccuracy, sc.WrongVerdict = verdicts(g, us, utt)
	sc.ConflictsFound = conflicts(g, us, utt)
	return sc
}

// clusterUtterances gives the predicted utterances holding a gold cluster's quotations.
func clusterUtterances(g *Gold, cluster string, utt func(int) (int, bool)) []int {
	seen := map[int]bool{}
	var out []int
	for gi, gq := range g.Quotes {
		if gq.ClusterID() != cluster {
			continue
		}
		if ui, ok := utt(gi); ok && !seen[ui] {
			seen[ui] = true
			out = append(out, ui)
		}
	}
	return out
}

func verdicts(g *Gold, us []Utterance, utt func(int) (int, bool)) (float64, []string) {
	var clusters []string
	for c := range g.Material {
		clusters = append(clusters, c)
	}
	sort.Strings(clusters)
	good := 0
	var wrong []string
	for _, c := range clusters {
		ids := clusterUtterances(g, c, utt)
		worst := 0
		for _, ui := range ids {
			worst = max(worst, us[ui].Severity)
		}
		ok := len(ids) > 0 && (worst >= SeverityWarning) == g.Material[c]
		if ok {
			good++
		} else {
			wrong = append(wrong, c)
		}
	}
	return ratio(good, max(len(clusters), 1)), wrong
}

func conflicts(g *Gold, us []Utterance, utt func(int) (int, bool)) float64 {
	if len(g.SpeakerConflict) == 0 {
		return 1
	}
	hit := 0
	for _, c := range g.SpeakerConflict {
		for _, ui := range clusterUtterances(g, c, utt) {
			if contains(us[ui].Kinds, "speaker") {
				hit++
				break
			}
		}
	}
	return ratio(hit, len(g.SpeakerConflict))
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
