// Package report renders what quotecheck found — quotations, utterances
// across sources, and check findings — in the formats people and tools read.
package report

import (
	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// Extract is the result of `quotecheck extract`.
type Extract struct {
	Sources  []*sources.Source `json:"sources"`
	Quotes   []quotes.Quote    `json:"quotes"`
	Warnings []quotes.Warning  `json:"warnings"`
	Problems []sources.Problem `json:"problems"` // inputs not read, or read with a caveat
}

// Diff is the result of `quotecheck diff`.
type Diff struct {
	Sources    []*sources.Source `json:"sources"`
	Quotes     []quotes.Quote    `json:"quotes"`
	Utterances []align.Utterance `json:"utterances"`
	Warnings   []quotes.Warning  `json:"warnings"`
	Problems   []sources.Problem `json:"problems"` // inputs not read, or read with a caveat
}
