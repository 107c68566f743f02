package align

import (
	"slices"

	"github.com/quotecheck/quotecheck/quotes"
)

// Thresholds of the matching rule. Coverage is the share of the shorter
// quotation's words that the local alignment matches; density is the share
// of the aligned span of the longer quotation that is matched.
const (
	// shortPhraseWords is the most words a "short phrase" has. Phrases this
	// short ("I do.", "Nope.", "killer,") recur in unrelated stories, so
	// they match only when the speaker or the surrounding sentence agrees.
	shortPhraseWords = 3

	// minAlignedWords is the fewest matched words for quotations longer
	// than a short phrase: two shared words ("the president") are chance.
	minAlignedWords = 3

	// minCoverage is the coverage two longer quotations need when their
	// speakers agree or one is unknown. Two translations of one remark
	// share about half their words or more; unrelated remarks on one topic
	// share mostly function words, well under half once the diff has
	// been cleaned up.
	minCoverage = 0.5

	// retoldCoverage is the coverage two longer quotations need when both
	// credit one named person and their matched words weigh at least
	// RetoldInformative: two translations of one remark that share its
	// names and key terms but render the rest differently ("urges the
	// Philippine side to stop its provocations" and "demands that the
	// Philippines stop its provocative acts") share well under half their
	// words; one person's different remarks seldom share that much weight.
	retoldCoverage = 0.4

	// conflictCoverage is the coverage needed when the sources credit
	// different speakers: only near-identical words make a credit dispute
	// rather than two people's remarks.
	conflictCoverage = 0.8

	// shortCoverage is the coverage two short phrases need: "pay the
	// price" and "pay a price" (2 of 3 words) are one fragment printed two
	// ways. A short phrase inside a longer quotation must match whole.
	shortCoverage = 0.6

	// minDensity is the least density: a fragment's words must stand close
	// together in the longer quotation, not be scattered across it.
	minDensity = 0.5

	// nearIdenticalContext is the word overlap of two quotations'
	// surrounding sentences above which a short phrase matches without an
	// agreeing speaker: the same sentence reprinted, not a new one.
	nearIdenticalContext = 0.8

	// relatedContext is the word overlap of two short phrases' surrounding
	// sentences above which they match without an agreeing speaker, when
	// their sources are already known to cover one story: the same claim
	// reported around the same words ("…warning that Putin would 'pay a
	// price,' following a report…" and "…going to 'pay the price' after a
	// report…" overlap 0.39). Across stories it never applies.
	relatedContext = 0.3
)

// minInformative is the least summed weight (see wordWeight) of the
// matched words that makes two quotations longer than a short phrase one
// utterance on their words alone: about three words that few quotations
// of the set have. Stock phrases ("that is why", "the American people",
// "is going to") are made of words many quotations have and weigh far
// less.
const minInformative = 1.5

// retoldInformative is the least summed weight of the matched words that
// lets two quotations credited to one person match at RetoldCoverage.
const retoldInformative = 2 * minInformative

// A match weighing less than MinInformative is treated like a short
// phrase: it needs the same speaker (or near-identical context), must
// cover at least lowInfoCoverage of the shorter quotation's weight (an
// excerpt, not a shared phrase), and must weigh at least lowInfoWeight,
// so that a run of function words ("and we are going to") never counts.
// A long sentence reprinted nearly word for word also counts when one
// changed word holds much of its weight: "I think the council will not
// rebuild every school in Milton by the end of the year" and "... will
// not reconstruct every school ..." match 15 of 16 words, and the one
// word apart is the rarest. So, with the same vouching, verbatimWords
// matched words covering lowInfoCoverage of the shorter quotation's words
// (not weight) count too. In a large corpus every common word weighs
// less (see wordWeight), and such sentences fall short of the weighted
// coverage though no word of theirs has changed its use.
const (
	lowInfoCoverage = 0.9
	lowInfoWeight   = 0.5
	verbatimWords   = 8
)

// evidence is what is known about two quotations besides their words.
type evidence struct {
	conflict bool // both speakers known and different
	vouched  bool // same speaker, or near-identical context
	person   bool // both credit one named person
}

// need gives the coverage the evidence asks of an alignment weighing w.
func (ev evidence) need(w float64) float64 {
	switch {
	case ev.conflict:
		return conflictCoverage
	case ev.person && w >= retoldInformative:
		return retoldCoverage
	}
	return minCoverage
}

// item is a quotation (or joined utterance) as the matcher sees it.
type item struct {
	words     []string // normalised words, until numbered (ids)
	ids       []int32  // their numbers in the matcher's vocabulary
	sorted    []int32  // ids in increasing order, to bound a match cheaply
	source    string
	speaker   string
	org       string // the organisation credited, when one is
	spk, orgK string // quotes.SpeakerKey of speaker and org, computed once
	context   string
	ctx       []string // context words, when tokenised ahead (see contextOverlap)
	full      bool     // not a fragment, and longer than a short phrase
	utt       int32    // the extracted utterance it is (part of)
	continues bool     // starts mid-sentence, carrying on the part before
}

// newItem makes the matcher's view of a quotation's words.
func newItem(words []string, source, speaker, context string, fragment bool) item {
	it := item{words: words, source: source, context: context}
	it.credit(speaker)
	it.full = !fragment && len(words) > shortPhraseWords
	return it
}

// credit sets the item's speaker.
func (it *item) credit(speaker string) {
	it.speaker, it.spk = speaker, quotes.SpeakerKey(speaker)
}

// setIDs sets the item's word numbers.
func (it *item) setIDs(ids []int32) {
	it.ids, it.sorted = ids, slices.Clone(ids)
	slices.Sort(it.sorted)
}

// bound gives the most words, and the most weight of the shorter item's
// words, that any alignment of a and b can match: their words in common.
func bound(a, b *item, v *vocab) (int, float64) {
	if len(a.ids) > len(b.ids) {
		a, b = b, a
	}
	n, w := 0, 0.0
	x, y := a.sorted, b.sorted
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			n, w = n+1, w+v.weightOf(x[i])
			i, j = i+1, j+1
		}
	}
	return n, w
}

// hopeless reports whether no alignment of a and b can be accepted,
// from their words in common alone.
func hopeless(a, b *item, v *vocab, ev evidence) bool {
	short := a
	if len(b.ids) < len(a.ids) {
		short = b
	}
	n, w := bound(a, b, v)
	if len(short.ids) <= shortPhraseWords {
		return n < min(2, len(short.ids))
	}
	var total float64
	for _, id := range short.ids {
		total += v.weightOf(id)
	}
	return n < minAlignedWords || total == 0 || w/total < ev.need(w)
}

// matchItems applies the matching rule to two items, giving the alignment
// and whether they are the same utterance. Word weights come from v.
func matchItems(a, b *item, v *vocab) (alignment, bool) {
	return matchWith(a, b, v, false)
}

// matchWith is matchItems, where sameStory says the two items' sources
// are known to cover one story (they share an informative match): that
// vouches for a low-information excerpt, as an agreeing speaker does,
// unless the speakers conflict, and for two short phrases whose
// surrounding sentences are related (RelatedContext).
func matchWith(a, b *item, v *vocab, sameStory bool) (alignment, bool) {
	shorter, longer := len(a.ids), len(b.ids) // as many as words
	if shorter > longer {
		shorter, longer = longer, shorter
	}
	if shorter == 0 {
		return alignment{}, false
	}
	ev := evidence{conflict: a.conflicts(b), person: a.agrees(b)}
	ev.vouched = ev.person || a.orgK != "" && a.orgK == b.orgK
	if shorter <= shortPhraseWords && !ev.vouched {
		ev.vouched = contextNear(a, b) ||
			(sameStory && !ev.conflict && longer <= shortPhraseWords && contextOverlap(a, b) >= relatedContext)
		if !ev.vouched {
			return alignment{}, false
		}
	}
	if hopeless(a, b, v, ev) {
		return alignment{}, false
	}
	al := align(a.ids, b.ids, v)
	if !ev.vouched && al.wMatched < minInformative && al.wMatched >= lowInfoWeight {
		ev.vouched = (sameStory && !ev.conflict) || contextNear(a, b)
	}
	return al, accept(al, shorter, longer, ev)
}

// lowInfo reports whether an alignment of two items longer than short
// phrases weighs too little to be accepted without something vouching
// for it.
func lowInfo(al alignment) bool {
	return al.shorterLen > shortPhraseWords && al.wMatched < minInformative && al.wMatched >= lowInfoWeight
}

// accept decides a measured alignment.
func accept(al alignment, shorter, longer int, ev evidence) bool {
	if al.density() < minDensity {
		return false
	}
	if shorter <= shortPhraseWords {
		if !ev.vouched {
			return false
		}
		if longer > shortPhraseWords {
			// a phrase lifted from a longer quotation is lifted word for
			// word, and one word ("live") is in too many sentences to count.
			return al.matched >= 2 && al.matched == shorter
		}
		return al.coverage() >= shortCoverage
	}
	if al.matched < minAlignedWords || al.weightedCoverage() < ev.need(al.wMatched) {
		return false
	}
	if al.wMatched >= minInformative {
		return true
	}
	return ev.vouched && al.wMatched >= lowInfoWeight && (al.weightedCoverage() >= lowInfoCoverage ||
		(al.matched >= verbatimWords && al.coverage() >= lowInfoCoverage))
}

// contextNear reports whether two items' contexts are nearly the same
// sentence(s).
func contextNear(a, b *item) bool {
	return contextOverlap(a, b) >= nearIdenticalContext
}

// contextOverlap is the word overlap of two items' contexts.
func contextOverlap(a, b *item) float64 {
	ca, cb := a.ctx, b.ctx
	if ca == nil {
		ca = normTokens(a.context)
	}
	if cb == nil {
		cb = normTokens(b.context)
	}
	return overlap(ca, cb)
}

// shortPair reports whether both items are short phrases, which a second
// look may accept once their sources are known to cover one story.
func shortPair(a, b *item) bool {
	return len(a.ids) <= shortPhraseWords && len(b.ids) <= shortPhraseWords &&
		!a.conflicts(b)
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
