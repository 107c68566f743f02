package check

import (
	"fmt"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// againstTranscript gives the verdict of the transcripts on a draft
// quotation; ok is false when they have nothing to say of it (its speaker
// is in none of them and no one there said its words).
func (c *Checker) againstTranscript(f *Finding, parts []quotes.Quote, dropKinds []string) bool {
	tc, ok := c.Transcripts.Find(align.ProbeQuote{Text: f.Text, Speaker: f.Speaker, Context: parts[0].Context,
		Whole: f.Kind == quotes.KindUtterance, Source: parts[0].Source, Offset: parts[0].Start, Lead: parts[0].Lead})
	if !ok {
		return false
	}
	switch tc.Status {
	case align.NotSaid:
		c.notFound(f)
		f.Message = fmt.Sprintf("%s: %q", tc.Note, f.Text)
		if f.Speaker != "" {
			f.Message = fmt.Sprintf("%s never says this in %s: %q", f.Speaker, strings.TrimPrefix(tc.Note, "not in "), f.Text)
		}
	case align.Ambiguous:
		c.notFound(f)
		f.Severity = max(f.Severity, align.Warning)
		var where []string
		for _, a := range tc.Alternatives {
			where = append(where, fmt.Sprintf("%s:%d:%d", a.Path, a.Line, a.Column))
		}
		f.Message = fmt.Sprintf("ambiguous: %s; it could be %s", tc.Note, strings.Join(where, " or "))
	default:
		c.transcriptMatch(f, parts, tc, dropKinds)
	}
	return true
}

// transcriptMatch fills a finding from the transcript passage the
// quotation matches.
func (c *Checker) transcriptMatch(f *Finding, parts []quotes.Quote, tc align.TranscriptCheck, dropKinds []string) {
	p := tc.Passage
	diffs := p.Compare(f.Text, f.Kind == quotes.KindUtterance)
	speaker := p.Speaker
	if speaker == "" {
		speaker = "a questioner (" + p.Label + ")"
	}
	if tc.Status == align.SaidByOther {
		diffs = append(diffs, saidByOther(speaker, draftCredit(parts)))
	}
	diffs = c.Config.apply(diffs, dropKinds)
	w := worst(diffs)
	f.Differences = placeDifferences(parts, diffs, c.locate)
	f.SourceText, f.SourceSpeaker = p.Text, speaker
	f.Inline = elideGaps(align.Inline(p.Text, f.Text), diffs)
	f.Source, f.SourceLine, f.SourceColumn = p.Path, p.Line, p.Column
	key := keyDifference(f.Differences)
	differs := w >= align.Warning || align.ChangesWords(diffs) || creditDiffers(diffs)
	if key != nil && key.RefLine > 0 && differs {
		f.SourceLine, f.SourceColumn = key.RefLine, key.RefColumn
	}
	where := fmt.Sprintf("%s:%d:%d", f.Source, f.SourceLine, f.SourceColumn)
	if !differs {
		f.Status, f.Severity = StatusConfirmed, align.None
		f.Message = "confirmed by " + where
		return
	}
	f.Status, f.Severity = StatusDiffers, w
	f.Line, f.Column = draftPosition(parts, key)
	f.Message = differsMessage(f, where, f.Differences)
	if at := transcriptPlaces(f.Differences); at != "" {
		f.Message += "; in the transcript: " + at
	}
	if n := len(strings.Fields(f.Text)); n <= quotes.ShortWords && p.Asked != "" {
		f.Message += fmt.Sprintf("; answering %q", p.Asked)
	}
	if tc.Status == align.SaidByOther {
		f.Message += "; " + tc.Note
	}
}

// transcriptPlaces lists where in the transcript each difference that
// changes words stands, disfluencies included: "reordered 1318:46,
// disfluency 1314:43".
func transcriptPlaces(ds []align.Difference) string {
	var out []string
	for _, d := range ds {
		if d.RefLine == 0 || (d.Severity < align.Warning && d.Kind != align.KindDisfluency) {
			continue
		}
		out = append(out, fmt.Sprintf("%s %d:%d", d.Key(), d.RefLine, d.RefColumn))
	}
	return strings.Join(out, ", ")
}

// minElidedWords is the fewest words of a transcript passage an excerpt
// leaves out for the inline form to show them as "[…]" rather than in
// full: the passage is the speaker's whole sentences, and a quotation in
// two parts skips what was said between them.
const minElidedWords = 4

// elideGaps shortens, in an inline form, the stretches of the transcript
// an excerpt leaves out (at its edges or between its parts) to "[…]".
func elideGaps(inline string, ds []align.Difference) string {
	for _, d := range ds {
		if d.Version == "" && (d.Kind == align.KindPartial || d.Kind == align.KindEditorial) && len(strings.Fields(d.Canonical)) >= minElidedWords {
			gap := "[-" + d.Canonical + "-]"
			if strings.Contains(inline, "… "+gap) {
				gap = "… " + gap // the part break and the gap are one omission
			}
			inline = strings.Replace(inline, gap, "[…]", 1)
		}
	}
	return inline
}

// saidByOther is the speaker difference of words the transcript gives to
// speaker: an error when the draft names its speaker at the quotation, and
// info (subkind inferred) when the draft's credit is a guess (a pronoun, a
// role, the quotation before), since a guess is never an alarm.
func saidByOther(speaker string, draft align.Credit) align.Difference {
	sub := ""
	if draft.Inferred {
		sub = align.SubkindInferred
	}
	return align.Difference{Kind: align.KindSpeaker, Subkind: sub, Severity: align.DefaultSeverity(align.KindSpeaker, sub), Canonical: speaker, Version: draft.Name}
}
