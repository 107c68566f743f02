package align

import (
	"fmt"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/quotes"
)

// transcriptVersion looks an utterance up in the transcripts, by its
// fullest version, and makes the transcript's version of it when a
// transcript holds it. The check is nil when no transcript has anything
// to say of it.
func transcriptVersion(tx *Transcripts, drafts []*pending, info map[string]sourceInfo) (*TranscriptCheck, *pending) {
	if tx == nil || len(drafts) == 0 {
		return nil, nil
	}
	speaker := ""
	for _, d := range drafts {
		if speaker == "" {
			speaker = d.Speaker
		}
	}
	var best *TranscriptCheck
	for _, d := range probeOrder(drafts) {
		if d.Speaker != "" {
			speaker = d.Speaker
		}
		first := d.parts[0]
		c, ok := tx.Find(ProbeQuote{Text: d.Text, Speaker: speaker, Context: first.Context, Whole: d.complete,
			Source: first.Source, Offset: first.Start, Lead: first.Lead})
		if !ok {
			break // the transcripts have nothing to say of these words
		}
		if best == nil || rank(c) > rank(*best) {
			best = &c
		}
		if c.Status != Ambiguous {
			break // only a short answer's place may need another version's context
		}
	}
	if best == nil || best.Passage == nil {
		return best, nil
	}
	return best, passageDraft(best.Passage, info)
}

// probeOrder lists the versions to look an utterance up by: whole ones
// before fragments, longer before shorter.
func probeOrder(drafts []*pending) []*pending {
	out := slices.Clone(drafts)
	slices.SortStableFunc(out, func(a, b *pending) int {
		if a.complete != b.complete {
			if a.complete {
				return -1
			}
			return 1
		}
		return len(b.text.toks) - len(a.text.toks)
	})
	return out
}

// passageDraft makes a version of a transcript passage: one quotation
// per piece (a turn interrupted by an interjection has two).
func passageDraft(p *Passage, info map[string]sourceInfo) *pending {
	speaker := p.Speaker
	switch {
	case p.Role:
		speaker = "" // a label for people it does not name disputes no one's credit
	case speaker == "":
		speaker = "a questioner (" + p.Label + ")"
	}
	var members []*quotes.Quote
	for k, pc := range p.pieces {
		if k > 0 && !pc.interrupted {
			continue // the next caption of one turn: one quotation with the one before
		}
		end := len(p.Text)
		for n := k + 1; n < len(p.pieces); n++ {
			if p.pieces[n].interrupted {
				end = p.pieces[n].text - len(partJoin)
				break
			}
		}
		line, col := p.SourcePosition(pc.text)
		members = append(members, &quotes.Quote{
			ID:     fmt.Sprintf("%s/L%d:%d", p.Source, line, col),
			Source: p.Source, Path: p.Path, Text: p.Text[pc.text:end], Speaker: speaker,
			Kind: quotes.KindUtterance, Line: line, Column: col, Offset: pc.src,
		})
	}
	d := buildVersion(members, info[p.Source])
	for i := range d.text.toks {
		d.text.toks[i].stage = inParens(d.Text, d.text.toks[i].start, 0)
	}
	return d
}

// isReference reports whether d is the --reference source's version.
func isReference(d *pending, reference string, info map[string]sourceInfo) bool {
	return reference != "" && (d.Source == reference || info[d.Source].path == reference)
}

// placeInTranscript sets where each difference's canonical words stand
// in the transcript.
func placeInTranscript(ds []Difference, p *Passage) {
	for i := range ds {
		if ds[i].Kind != KindSpeaker {
			ds[i].RefLine, ds[i].RefColumn = p.WordPosition(ds[i].Position)
		}
	}
}

// severity is how much the transcript's verdict matters on its own: the
// credited speaker never said the words, or a short answer could not be
// placed.
func (c *TranscriptCheck) severity() Severity {
	if c != nil && (c.Status == NotSaid || c.Status == Ambiguous) {
		return Warning
	}
	return None
}

// TranscriptQuotes gives the quotations that stand for the transcripts'
// versions of the utterances, for reports that place every version.
func TranscriptQuotes(us []Utterance) []quotes.Quote {
	var out []quotes.Quote
	seen := map[string]bool{}
	for _, u := range us {
		if u.Transcript == nil || u.Transcript.Passage == nil {
			continue
		}
		p := u.Transcript.Passage
		for _, v := range u.Versions {
			if v.Source != p.Source {
				continue
			}
			for _, id := range v.Quotes {
				if seen[id] {
					continue
				}
				seen[id] = true
				line, col := p.Line, p.Column
				out = append(out, quotes.Quote{ID: id, Source: p.Source, Path: p.Path, Text: v.Text, Speaker: v.Speaker,
					Kind: quotes.KindUtterance, Utterance: id, Line: line, Column: col})
			}
		}
	}
	return out
}

// Compare classifies every difference of a printed version (parts joined
// with " … ") from the passage, the canonical wording. whole says the
// version is presented as speech rather than woven into the writer's
// sentence. Line and Column are positions in version, as Compare gives
// them; RefLine and RefColumn place the passage's words in the transcript.
func (p *Passage) Compare(version string, whole bool) []Difference {
	c := newText(p.Text)
	c.whole = true
	for i := range c.toks {
		c.toks[i].stage = inParens(p.Text, c.toks[i].start, 0)
	}
	v := newText(version)
	v.whole, v.excerpt = whole, true
	for i := range v.toks {
		v.toks[i].part = strings.Count(version[:v.toks[i].start], partJoin)
	}
	out := positioned(compareTexts(c, v), version)
	placeInTranscript(out, p)
	return out
}

// oneLineTranscript writes the transcript's words in an utterance on one
// line: a transcript's line breaks are its layout, not its words (the
// positions were taken from the file before).
func oneLineTranscript(u *Utterance, source string) {
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for i := range u.Versions {
		v := &u.Versions[i]
		if v.Source == source {
			v.Text, v.Inline = flat(v.Text), flat(v.Inline)
			if v.Canonical {
				u.Canonical = v.Text
			}
		}
		for k := range v.Differences {
			v.Differences[k].Canonical = flat(v.Differences[k].Canonical)
		}
	}
}
