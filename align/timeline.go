package align

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/quotecheck/quotecheck/sources"
)

// TimelineEntry is one wording of an utterance in the order wordings
// were first published. Versions whose words are the same after
// normalisation (case, marks, typography) share one entry.
type TimelineEntry struct {
	Wording        string   `json:"wording"`         // as its first source printed it
	FirstSource    string   `json:"first_source"`    // ID of the source that published it first
	FirstPublished string   `json:"first_published"` // that source's publication time ("" when none of its sources has one)
	Sources        []string `json:"sources"`         // IDs of every source with this wording, in publication order, those without a time last
	// DerivedFrom is the index in the timeline of the earlier wording this
	// one most likely comes from: the closest in words, the transcript's
	// when it is as close as any; nil for the first wording.
	DerivedFrom *int `json:"derived_from"`
	// Undated lists the sources of this wording that have no publication
	// time; they stand last in Sources, and an entry with only such
	// sources stands after every dated entry.
	Undated []string `json:"undated,omitempty"`
}

// timed is a version placed in time.
type timed struct {
	v          *Version
	norms      []string
	published  string
	at         time.Time // for ordering: a date alone counts as the end of its day
	dated      bool
	transcript bool
	order      int
}

// buildTimeline gives the wordings of versions in order of first
// publication, each with the earlier wording it most likely derives from.
// transcript is the ID of the transcript source among the versions ("" for
// none); norms[i] are the normalised words of versions[i].
func buildTimeline(versions []Version, norms [][]string, info map[string]sourceInfo, transcript string) []TimelineEntry {
	ts := make([]timed, len(versions))
	for i := range versions {
		si := info[versions[i].Source]
		t := timed{v: &versions[i], norms: norms[i], published: si.published, order: si.order, transcript: versions[i].Source == transcript && transcript != ""}
		t.at, t.dated = orderTime(si.published)
		ts[i] = t
	}
	slices.SortStableFunc(ts, compareTimed)
	var entries []TimelineEntry
	var keys [][]string
	index := map[string]int{}
	for _, t := range ts {
		key := strings.Join(t.norms, " ")
		k, ok := index[key]
		if !ok {
			k = len(entries)
			index[key] = k
			entries = append(entries, TimelineEntry{Wording: t.v.Text, FirstSource: t.v.Source, FirstPublished: t.published, Sources: []string{}})
			keys = append(keys, t.norms)
		}
		e := &entries[k]
		e.Sources = append(e.Sources, t.v.Source)
		if !t.dated && !t.transcript {
			e.Undated = append(e.Undated, t.v.Source)
		}
	}
	for i := 1; i < len(entries); i++ {
		entries[i].DerivedFrom = closestEarlier(keys, entries, i, transcript)
	}
	return entries
}

// compareTimed orders versions by publication: a transcript first when it
// has no time of its own (the event comes before its reporting), then
// dated versions by time, then undated ones, each tie in input order.
func compareTimed(a, b timed) int {
	rank := func(t timed) int {
		switch {
		case t.transcript && !t.dated:
			return 0
		case t.dated:
			return 1
		}
		return 2
	}
	if c := cmp.Compare(rank(a), rank(b)); c != 0 {
		return c
	}
	if a.dated && b.dated {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.order, b.order)
}

// orderTime gives the instant a publication time stands for in ordering:
// a date alone counts as the last moment of its day (UTC), since it could
// mean any time that day.
func orderTime(published string) (time.Time, bool) {
	t, ok := sources.PublishedTime(published)
	if ok && len(published) == len("2006-01-02") {
		t = t.Add(24*time.Hour - time.Nanosecond)
	}
	return t, ok
}

// maxEarlier bounds how many of the latest earlier wordings (besides the
// first) a wording is compared with, so that an utterance printed in very
// many wordings costs linear time.
const maxEarlier = 32

// closestEarlier gives the index of the earlier entry whose words differ
// least from entry i's (words inserted plus words deleted); on a tie the
// transcript's wording, else the earliest. Every dated entry counts as
// earlier than an undated one. Only the first and the latest maxEarlier
// earlier entries are candidates.
func closestEarlier(keys [][]string, entries []TimelineEntry, i int, transcript string) *int {
	best, bestCost := -1, 0
	bestTranscript := false
	for j := 0; j < i; j++ {
		if j > 0 && j < i-maxEarlier {
			continue // bounded work: the first wording and the latest maxEarlier
		}
		if entries[i].FirstPublished == "" && entries[j].FirstPublished == "" && len(entries[j].Undated) > 0 && entries[j].FirstSource != transcript {
			continue // two undated wordings: neither is known to be earlier
		}
		cost := editCost(keys[j], keys[i])
		isT := transcript != "" && entries[j].FirstSource == transcript
		if best < 0 || cost < bestCost || cost == bestCost && isT && !bestTranscript {
			best, bestCost, bestTranscript = j, cost, isT
		}
	}
	if best < 0 {
		return nil
	}
	return &best
}

// editCost counts the words inserted and deleted to turn a into b: the
// words of both less twice their longest common subsequence.
func editCost(a, b []string) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	row := make([]int, len(b)+1)
	for i := range a {
		prev := 0 // row[j] of the row before, for j-1
		for j := range b {
			cur := row[j+1]
			if a[i] == b[j] {
				row[j+1] = prev + 1
			} else if row[j] > row[j+1] {
				row[j+1] = row[j]
			}
			prev = cur
		}
	}
	return len(a) + len(b) - 2*row[len(b)]
}

// WrongWording tells whether timeline entry i is worded other than the
// canonical wording: its first source's version has a difference in words
// of at least warning severity (a speaker credit alone is not one).
func (u *Utterance) WrongWording(i int) bool {
	if i < 0 || i >= len(u.Timeline) {
		return false
	}
	for _, v := range u.Versions {
		if v.Source != u.Timeline[i].FirstSource {
			continue
		}
		for _, d := range v.Differences {
			if d.Kind != KindSpeaker && d.Severity >= Warning {
				return true
			}
		}
		return false
	}
	return false
}

// FirstWrongPrinted gives when the utterance's first wrong wording (see
// WrongWording) was first published, and false when it has none with a
// publication time.
func (u *Utterance) FirstWrongPrinted() (time.Time, bool) {
	for i, e := range u.Timeline {
		if t, ok := orderTime(e.FirstPublished); ok && u.WrongWording(i) {
			return t, true
		}
	}
	return time.Time{}, false
}

// SortFirstPrinted orders utterances by when their first wrong wording
// was first published, earliest first; those with none (or none with a
// publication time) follow in their order.
func SortFirstPrinted(us []Utterance) {
	type keyed struct {
		u  Utterance
		t  time.Time
		ok bool
	}
	ks := make([]keyed, len(us))
	for i := range us {
		ks[i].u = us[i]
		ks[i].t, ks[i].ok = us[i].FirstWrongPrinted()
	}
	slices.SortStableFunc(ks, func(a, b keyed) int {
		switch {
		case a.ok && b.ok:
			return a.t.Compare(b.t)
		case a.ok:
			return -1
		case b.ok:
			return 1
		}
		return 0
	})
	for i := range ks {
		us[i] = ks[i].u
	}
}
