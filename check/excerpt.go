package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// maxExcerptWords is the most words a draft's quotation may have to be
// confirmed as a verbatim excerpt of a longer wire quotation by the same
// speaker ("relentless." from "They were relentless. Absolutely
// relentless."): too short for the index to match it as an utterance,
// long enough to be checked word for word.
const maxExcerptWords = 2

// verbatimExcerpt finds a wire quotation by the draft quotation's speaker
// in which its words stand, in order, as printed.
func (c *Checker) verbatimExcerpt(f *Finding) (quotes.Quote, bool) {
	words := strings.Fields(Normalize(f.Text))
	if len(words) == 0 || len(words) > maxExcerptWords || f.Speaker == "" {
		return quotes.Quote{}, false
	}
	for _, q := range c.sameSpeaker(f) {
		if containsWords(strings.Fields(Normalize(q.Text)), words) {
			return q, true
		}
	}
	return quotes.Quote{}, false
}

// maxNearWords is the most words a draft's quotation may have to be
// matched as an excerpt with one word changed (oneWordApart): longer
// ones share enough words for the index to find them.
const maxNearWords = 4

// oneWordApart finds a wire quotation by the draft quotation's speaker
// that holds its words in order with one word inside them changed
// ("continue the discussion" in "…to continue our discussion, but…"): a
// phrase too short for the index to match with a word changed, whose
// first and last words pin it in place. It is compared as any match is.
func (c *Checker) oneWordApart(f *Finding, dropKinds []string) (candidate, bool) {
	words := strings.Fields(Normalize(f.Text))
	if len(words) < 3 || len(words) > maxNearWords || f.Speaker == "" {
		return candidate{}, false
	}
	for _, q := range c.sameSpeaker(f) {
		if !oneApart(strings.Fields(Normalize(q.Text)), words) {
			continue
		}
		cd := candidate{match: align.Match{Quotes: []string{q.ID}, Source: q.Source, Text: q.Text}, speaker: wireCredit(&q)}
		cd.diffs = c.Config.apply(c.Compare(q.Text, f.Text), dropKinds)
		cd.worst = worst(cd.diffs)
		return cd, true
	}
	return candidate{}, false
}

// oneApart reports whether long has a run as long as short that differs
// from it in exactly one word, neither its first nor its last.
func oneApart(long, short []string) bool {
	n := len(short)
	for i := 0; i+n <= len(long); i++ {
		if long[i] != short[0] || long[i+n-1] != short[n-1] {
			continue
		}
		apart := 0
		for k := 1; k < n-1; k++ {
			if long[i+k] != short[k] {
				apart++
			}
		}
		if apart == 1 {
			return true
		}
	}
	return false
}

func containsWords(long, short []string) bool {
	for i := 0; i+len(short) <= len(long); i++ {
		if slices.Equal(long[i:i+len(short)], short) {
			return true
		}
	}
	return false
}

// confirmExcerpt marks a finding confirmed by a wire quotation it is a
// verbatim excerpt of.
func confirmExcerpt(f *Finding, q quotes.Quote) {
	f.Status, f.Severity = StatusConfirmed, align.None
	f.Differences = []align.Difference{}
	f.Source, f.SourceLine, f.SourceColumn = q.Path, q.Line, q.Column
	f.SourceText, f.SourceSpeaker = q.Text, q.Speaker
	f.Message = fmt.Sprintf("confirmed by %s:%d:%d (a verbatim excerpt)", q.Path, q.Line, q.Column)
}
