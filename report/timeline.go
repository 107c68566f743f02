package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/sources"
)

// HistoryLine says in one line where each wrong wording of u first
// appeared and who printed it after: `"Nope." first printed by 001 at
// 2021-03-18T14:05Z; 000 printed it 40 min later`. published gives a
// source's publication time (sources.Source.Published) by ID. It is ""
// when no wrong wording (see align.Utterance.WrongWording) has a
// publication time: its history is then unknown.
func HistoryLine(u *align.Utterance, published func(source string) string) string {
	var parts []string
	for i, e := range u.Timeline {
		if !u.WrongWording(i) || e.FirstPublished == "" {
			continue
		}
		parts = append(parts, wordingHistory(e, published))
	}
	return strings.Join(parts, " · ")
}

// wordingHistory tells one wording's history.
func wordingHistory(e align.TimelineEntry, published func(string) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q first printed by %s at %s", shortWording(e.Wording), e.FirstSource, shortTime(e.FirstPublished))
	later, undated := laterSources(e)
	for n, s := range later {
		sep := ", "
		if n == 0 {
			sep = "; "
		}
		b.WriteString(sep + s)
		if n == 0 {
			b.WriteString(" printed it")
		}
		switch {
		case undated[s]:
			b.WriteString(" (no publication time)")
		default:
			b.WriteString(" " + laterBy(e.FirstPublished, published(s)))
		}
	}
	return b.String()
}

// laterSources gives the sources that printed a wording after the one
// that printed it first, in publication order, and which of them carry no
// publication time.
func laterSources(e align.TimelineEntry) (later []string, undated map[string]bool) {
	undated = map[string]bool{}
	for _, s := range e.Undated {
		undated[s] = true
	}
	for _, s := range e.Sources {
		if s != e.FirstSource {
			later = append(later, s)
		}
	}
	return later, undated
}

// historyWords is the most words of a wording the one-line history quotes.
const historyWords = 16

// shortWording gives a wording on one line, its first historyWords words
// and "…" when it is longer.
func shortWording(w string) string {
	words := strings.Fields(w)
	if len(words) > historyWords {
		return strings.Join(words[:historyWords], " ") + " …"
	}
	return strings.Join(words, " ")
}

// shortTime writes a publication time to the minute in UTC
// ("2021-03-18T14:05Z"), or a date alone as it is.
func shortTime(p string) string {
	t, ok := sources.PublishedTime(p)
	if !ok || len(p) == len("2006-01-02") {
		return p
	}
	return t.UTC().Format("2006-01-02T15:04Z")
}

// later says how long after first the time then is: "40 min later",
// "2 h 5 min later", "3 days later"; for a date alone, in days.
func laterBy(first, then string) string {
	a, ok1 := sources.PublishedTime(first)
	b, ok2 := sources.PublishedTime(then)
	if !ok1 || !ok2 {
		return "later"
	}
	if len(first) == len("2006-01-02") || len(then) == len("2006-01-02") {
		days := int(b.UTC().Truncate(24*time.Hour).Sub(a.UTC().Truncate(24*time.Hour)).Hours() / 24)
		switch {
		case days <= 0:
			return "the same day"
		case days == 1:
			return "a day later"
		}
		return fmt.Sprintf("%d days later", days)
	}
	d := b.Sub(a).Round(time.Minute)
	switch {
	case d <= 0:
		return "at the same time"
	case d < time.Hour:
		return fmt.Sprintf("%d min later", int(d.Minutes()))
	case d < 48*time.Hour:
		h, m := int(d.Hours()), int(d.Minutes())%60
		if m == 0 {
			return fmt.Sprintf("%d h later", h)
		}
		return fmt.Sprintf("%d h %d min later", h, m)
	}
	return fmt.Sprintf("%d days later", int(d.Hours()/24))
}

// htmlTimeline is an utterance's timeline as the HTML report draws it.
type htmlTimeline struct {
	Entries []htmlTimelineEntry
}

// htmlTimelineEntry is one wording on the drawn timeline.
type htmlTimelineEntry struct {
	N          int    // 1-based, as the page numbers wordings
	Time       string // when it first appeared, or "no time"
	Wording    string
	First      string // the outlet that printed it first
	Later      []string
	From       int // the wording (N) it most likely comes from; 0 for none
	Wrong      bool
	Transcript bool
}

// timeline draws u's timeline when it has more than one wording or
// source; nil otherwise.
func (ix pageIndex) timeline(u *align.Utterance) *htmlTimeline {
	if len(u.Timeline) == 0 || u.SingleSource {
		return nil
	}
	published := func(id string) string { return ix.published[id] }
	var tl htmlTimeline
	for i, e := range u.Timeline {
		he := htmlTimelineEntry{N: i + 1, Time: "no time", Wording: e.Wording, First: ix.outlet(e.FirstSource),
			Wrong: u.WrongWording(i), Transcript: ix.transcripts[e.FirstSource]}
		if e.FirstPublished != "" {
			he.Time = shortTime(e.FirstPublished)
		}
		if e.DerivedFrom != nil {
			he.From = *e.DerivedFrom + 1
		}
		later, undated := laterSources(e)
		for _, s := range later {
			when := "no time"
			if !undated[s] && e.FirstPublished != "" {
				when = laterBy(e.FirstPublished, published(s))
			}
			he.Later = append(he.Later, ix.outlet(s)+" ("+when+")")
		}
		tl.Entries = append(tl.Entries, he)
	}
	return &tl
}
