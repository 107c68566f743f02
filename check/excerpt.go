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
	for _, id := range c.wireOrder {
		q := c.wire[id]
		if q.Speaker == "" || !quotes.SameSpeaker(q.Speaker, f.Speaker) {
			continue
		}
		if containsWords(strings.Fields(Normalize(q.Text)), words) {
			return q, true
		}
	}
	return quotes.Quote{}, false
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
