package report

import (
	"fmt"
	"strings"

	"github.com/quotecheck/quotecheck/align"
)

// htmlPassage is the transcript passage an utterance was checked against.
type htmlPassage struct {
	Label, Speaker, Time, Title, Position string
	URL                                   string // only http and https addresses
	Asked, Before, Text, After            string
	Note                                  string // what the transcript says when it holds no passage
	Alternatives                          []string
	Status                                string
}

// transcriptPassage gives the passage of an utterance checked against a
// transcript, nil when none was.
func transcriptPassage(c *align.TranscriptCheck) *htmlPassage {
	if c == nil {
		return nil
	}
	hp := &htmlPassage{Note: c.Note, Status: c.Status}
	for _, a := range c.Alternatives {
		hp.Alternatives = append(hp.Alternatives, fmt.Sprintf("%s (%s:%d:%d): %s", a.Label, a.Path, a.Line, a.Column, oneLine(a.Text)))
	}
	if p := c.Passage; p != nil {
		hp.Label, hp.Speaker, hp.Time, hp.Title = p.Label, p.Speaker, p.Time, p.Title
		hp.URL = webURL(p.URL)
		hp.Position = fmt.Sprintf("%s:%d:%d", p.Path, p.Line, p.Column)
		hp.Asked, hp.Before, hp.Text, hp.After = oneLine(p.Asked), oneLine(p.Before), oneLine(p.Text), oneLine(p.After)
	}
	return hp
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// excerptSegments shows the canonical words an excerpt leaves out (at a
// break between its parts, or at its edges) as faint context, not as a
// deletion: nothing is wrong with quoting part of what was said.
func excerptSegments(segs []segment, ds []align.Difference) []segment {
	left := map[string]bool{}
	for _, d := range ds {
		if d.Kind == align.KindPartial || (d.Kind == align.KindEditorial && d.Version == "") {
			left[oneLine(d.Canonical)] = true
		}
	}
	for i, s := range segs {
		if s.Op == opDel && left[oneLine(s.Text)] {
			segs[i].Op = opContext
		}
	}
	return segs
}

// opContext marks canonical words an excerpt leaves out.
const opContext = "ctx"

// isExcerpt reports whether a version is a verbatim excerpt: it leaves
// words out at its edges or between its parts and has nothing worse than
// information-level differences.
func isExcerpt(v align.Version) bool {
	if v.Canonical || v.Severity > align.Info {
		return false
	}
	for _, d := range v.Differences {
		if d.Kind == align.KindPartial {
			return true
		}
	}
	return false
}

// tocGroup is one severity's entry in the table of contents.
type tocGroup struct {
	Severity string
	Speakers []tocSpeaker
}

// tocSpeaker lists one speaker's utterances under a severity.
type tocSpeaker struct {
	Speaker string
	Links   []tocLink
}

type tocLink struct{ Anchor, Label string }

// minTOCUtterances is the fewest utterances for which the page gets a
// table of contents.
const minTOCUtterances = 6

// tableOfContents groups the utterances by severity (worst first, single
// sources last) and, within each, by speaker.
func tableOfContents(us []htmlUtterance) []tocGroup {
	if len(us) < minTOCUtterances {
		return nil
	}
	var groups []tocGroup
	index := map[string]int{}
	for _, u := range us {
		sev := sevLabel(u.Severity)
		if u.SingleSource {
			sev = "single source"
		}
		gi, ok := index[sev]
		if !ok {
			gi = len(groups)
			index[sev] = gi
			groups = append(groups, tocGroup{Severity: sev})
		}
		g := &groups[gi]
		speaker := u.Speaker
		if speaker == "" {
			speaker = "Unknown speaker"
		}
		si := -1
		for k := range g.Speakers {
			if g.Speakers[k].Speaker == speaker {
				si = k
			}
		}
		if si < 0 {
			si = len(g.Speakers)
			g.Speakers = append(g.Speakers, tocSpeaker{Speaker: speaker})
		}
		g.Speakers[si].Links = append(g.Speakers[si].Links, tocLink{Anchor: u.Anchor, Label: clip(u.Canonical, 60)})
	}
	return groups
}

// clip shortens s to about n characters at a word boundary.
func clip(s string, n int) string {
	s = oneLine(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}
