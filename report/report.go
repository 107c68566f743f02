// Package report renders what quotecheck found — quotations, utterances
// across sources, and check findings — in the formats people and tools read.
package report

import (
	"fmt"

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
	Problems   []sources.Problem `json:"problems"`          // inputs not read, or read with a caveat
	Hidden     int               `json:"hidden"`            // utterances left out (below --min-severity)
	Summary    *DiffCounts       `json:"summary,omitempty"` // set when written as JSON
	Config     string            `json:"-"`                 // the configuration file used; "" for none
	// Ordered says the utterances are in the order to show them (diff
	// --sort first-printed): reports keep it rather than put the worst first.
	Ordered bool `json:"-"`
}

// DiffCounts are the figures every diff format states, counted once.
type DiffCounts struct {
	Sources int `json:"sources"`
	Shared  int `json:"shared"`        // utterances printed by more than one source
	Error   int `json:"error"`         // shared utterances by severity...
	Warning int `json:"warning"`       //
	Info    int `json:"info"`          //
	Same    int `json:"same"`          // ...and those worded alike
	Single  int `json:"single_source"` // utterances printed by one source only
	Hidden  int `json:"hidden"`        // utterances left out (below --min-severity)
	// Config is the configuration file the run used; "" for none.
	Config string `json:"config,omitempty"`
}

// CountDiff counts a diff's utterances.
func CountDiff(d *Diff) DiffCounts {
	c := DiffCounts{Sources: len(d.Sources), Hidden: d.Hidden, Config: d.Config}
	for i := range d.Utterances {
		c.Add(&d.Utterances[i])
	}
	return c
}

// Add counts one utterance shown in the report.
func (c *DiffCounts) Add(u *align.Utterance) {
	switch sev := worstSeverity(*u); {
	case u.SingleSource:
		c.Single++
		return
	case sev == align.Error:
		c.Error++
	case sev == align.Warning:
		c.Warning++
	case sev == align.Info:
		c.Info++
	default:
		c.Same++
	}
	c.Shared++
}

// String gives the counts in one sentence, as the table and Markdown
// reports open and the HTML report's summary lists them.
func (c DiffCounts) String() string {
	s := fmt.Sprintf("%d utterance%s printed by more than one source (%d with errors, %d with warnings, %d info only, %d worded alike); %d printed by one source only",
		c.Shared, plural(c.Shared), c.Error, c.Warning, c.Info, c.Same, c.Single)
	if c.Hidden > 0 {
		s += fmt.Sprintf("; %d below --min-severity not shown", c.Hidden)
	}
	return s
}
