package align

// Thresholds of the matching rule. Coverage is the share of the shorter
// quotation's words that the local alignment matches; density is the share
// of the aligned span of the longer quotation that is matched.
const (
	// ShortPhraseWords is the most words a "short phrase" has. Phrases this
	// short ("I do.", "Nope.", "killer,") recur in unrelated stories, so
	// they match only when the speaker or the surrounding sentence agrees.
	ShortPhraseWords = 3

	// MinAlignedWords is the fewest matched words for quotations longer
	// than a short phrase: two shared words ("the president") are chance.
	MinAlignedWords = 3

	// MinCoverage is the coverage two longer quotations need when their
	// speakers agree or one is unknown. Two translations of one remark
	// share about half their words or more; unrelated remarks on one topic
	// share mostly function words, well under half once the diff has
	// been cleaned up.
	MinCoverage = 0.5

	// ConflictCoverage is the coverage needed when the sources credit
	// different speakers: only near-identical words make a credit dispute
	// rather than two people's remarks.
	ConflictCoverage = 0.8

	// ShortCoverage is the coverage two short phrases need: "pay the
	// price" and "pay a price" (2 of 3 words) are one fragment printed two
	// ways. A short phrase inside a longer quotation must match whole.
	ShortCoverage = 0.6

	// MinDensity is the least density: a fragment's words must stand close
	// together in the longer quotation, not be scattered across it.
	MinDensity = 0.5

	// NearIdenticalContext is the word overlap of two quotations'
	// surrounding sentences above which a short phrase matches without an
	// agreeing speaker: the same sentence reprinted, not a new one.
	NearIdenticalContext = 0.8
)

// item is a quotation (or joined utterance) as the matcher sees it.
type item struct {
	words   []string // normalised words
	source  string
	speaker string
	context string
}

// matchItems applies the matching rule to two items, giving the alignment
// and whether they are the same utterance.
func matchItems(a, b *item) (alignment, bool) {
	shorter, longer := len(a.words), len(b.words)
	if shorter > longer {
		shorter, longer = longer, shorter
	}
	if shorter == 0 {
		return alignment{}, false
	}
	if shorter <= ShortPhraseWords && !speakerAgree(a.speaker, b.speaker) && !contextNear(a.context, b.context) {
		return alignment{}, false
	}
	al := align(a.words, b.words)
	return al, accept(al, shorter, longer, speakerConflict(a.speaker, b.speaker))
}

// accept decides a measured alignment.
func accept(al alignment, shorter, longer int, conflict bool) bool {
	if al.density() < MinDensity {
		return false
	}
	if shorter <= ShortPhraseWords {
		if longer > ShortPhraseWords {
			// a phrase lifted from a longer quotation is lifted word for
			// word, and one word ("live") is in too many sentences to count.
			return al.matched >= 2 && al.matched == shorter
		}
		return al.coverage() >= ShortCoverage
	}
	need := MinCoverage
	if conflict {
		need = ConflictCoverage
	}
	return al.matched >= MinAlignedWords && al.coverage() >= need
}

// contextNear reports whether two contexts are nearly the same sentence(s).
func contextNear(a, b string) bool {
	return overlap(normTokens(a), normTokens(b)) >= NearIdenticalContext
}

// overlap is the multiset intersection of two word lists over the longer's length.
func overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	count := make(map[string]int, len(a))
	for _, w := range a {
		count[w]++
	}
	inter := 0
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
			inter++
		}
	}
	return float64(inter) / float64(max(len(a), len(b)))
}
