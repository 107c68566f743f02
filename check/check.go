package check

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// Joiner joins the parts of an interrupted quotation, as align does.
const Joiner = " … "

// maxCandidates is how many of the index's best matches are compared.
const maxCandidates = 5

// Matcher finds the wire utterances that may be a probe quotation;
// *align.Index is one.
type Matcher interface {
	Lookup(text, speaker, context string) []align.Match
}

// Checker checks draft quotations against indexed wire quotations.
type Checker struct {
	Config  *Config
	Index   Matcher
	Compare func(canonical, version string) []align.Difference
	// Transcripts, when set, are the primary record: a quotation of someone
	// who speaks in them is checked against them alone, and one they have
	// nothing to say of is checked against the wire copy (and skipped when
	// there is none).
	Transcripts *align.Transcripts
	// Drafts, when set, are the drafts' sources by ID, with their text
	// kept (quotecheck.Options.KeepText): differences are placed in the
	// draft's file by their position maps.
	Drafts map[string]*sources.Source
	// Own, when set, tells whether a wire quotation comes from the draft
	// file at draftPath itself: it never matches that draft's quotations,
	// so a file that is both draft and wire copy is checked against the
	// others alone.
	Own       func(wire *quotes.Quote, draftPath string) bool
	wire      map[string]quotes.Quote
	wireOrder []string            // wire quotation IDs as given
	bySpeaker map[string][]string // quotes.SpeakerKey -> the wire quotation IDs credited to it, as given
}

// New makes a Checker for the wire copy's quotations, matching with
// align.NewIndex and comparing with align.CompareExcerpt.
func New(cfg *Config, wire []quotes.Quote) *Checker {
	return NewWith(cfg, wire, align.NewIndex(wire), align.CompareExcerpt)
}

// NewWith makes a Checker with a given matcher and comparison.
func NewWith(cfg *Config, wire []quotes.Quote, ix Matcher, compare func(canonical, version string) []align.Difference) *Checker {
	if cfg == nil {
		cfg = DefaultConfig()
	}
	c := &Checker{Config: cfg, Index: ix, Compare: compare, wire: map[string]quotes.Quote{}, bySpeaker: map[string][]string{}}
	for _, q := range wire {
		if _, ok := c.wire[q.ID]; !ok {
			c.wireOrder = append(c.wireOrder, q.ID)
			if k := quotes.SpeakerKey(q.Speaker); k != "" {
				c.bySpeaker[k] = append(c.bySpeaker[k], q.ID)
			}
		}
		c.wire[q.ID] = q
	}
	return c
}

// Check gives one finding per utterance of the draft quotations (parts of an
// interrupted quotation are checked together), sorted by path, line, column.
// Quotations the configuration ignores have none.
func (c *Checker) Check(draft []quotes.Quote) []Finding {
	var out []Finding
	for _, parts := range Utterances(draft) {
		if f, ok := c.checkUtterance(parts); ok {
			out = append(out, f)
		}
	}
	SortFindings(out)
	return out
}

// SortFindings orders findings by path, line and column.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
}

// Utterances groups quotations by path and Utterance, each group in order of
// position and the groups in order of their first part.
func Utterances(qs []quotes.Quote) [][]quotes.Quote {
	idx := map[[2]string]int{}
	var groups [][]quotes.Quote
	for _, q := range qs {
		key := [2]string{q.Path, cmp.Or(q.Utterance, q.ID)}
		i, ok := idx[key]
		if !ok {
			i = len(groups)
			idx[key] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], q)
	}
	for _, g := range groups {
		slices.SortStableFunc(g, func(a, b quotes.Quote) int { return cmp.Compare(a.Offset, b.Offset) })
	}
	return groups
}

func joinText(parts []quotes.Quote) string {
	texts := make([]string, len(parts))
	for i, p := range parts {
		texts[i] = p.Text
	}
	return strings.Join(texts, Joiner)
}

func (c *Checker) checkUtterance(parts []quotes.Quote) (Finding, bool) {
	first := parts[0]
	f := Finding{Path: first.Path, Line: first.Line, Column: first.Column, Text: joinText(parts), Kind: quotes.KindFragment}
	for _, p := range parts {
		f.Quotes = append(f.Quotes, p.ID)
		if f.Speaker == "" {
			f.Speaker = p.Speaker
		}
		if p.Kind != quotes.KindFragment {
			f.Kind = quotes.KindUtterance
		}
	}
	all, dropKinds := c.Config.ignored(f.Path, f.Text, f.Speaker)
	if all {
		return f, false
	}
	if c.Transcripts != nil {
		if c.againstTranscript(&f, parts, dropKinds) {
			f.Fingerprint = Fingerprint(&f)
			return f, true
		}
		if len(c.wire) == 0 {
			if slices.Contains(dropKinds, KeyNotFound) || slices.Contains(dropKinds, KeyOutside) {
				return f, false
			}
			c.outside(&f)
			f.Fingerprint = Fingerprint(&f)
			return f, true
		}
	}
	best, ok := c.bestMatch(f, parts, dropKinds)
	if !ok {
		best, ok = c.oneWordApart(&f, dropKinds)
	}
	if !ok {
		q, isExcerpt := c.verbatimExcerpt(&f)
		switch {
		case isExcerpt:
			confirmExcerpt(&f, q)
		case slices.Contains(dropKinds, KeyNotFound):
			return f, false
		default:
			c.notFound(&f)
		}
	} else {
		c.found(&f, parts, best)
	}
	f.Fingerprint = Fingerprint(&f)
	return f, true
}

// candidate is one wire utterance compared with the draft's words.
type candidate struct {
	match   align.Match
	speaker align.Credit // the wire's credit
	diffs   []align.Difference
	worst   align.Severity
}

func (c *Checker) bestMatch(f Finding, parts []quotes.Quote, dropKinds []string) (candidate, bool) {
	var best candidate
	found := false
	n := 0
	for _, m := range c.Index.Lookup(f.Text, f.Speaker, parts[0].Context) {
		if c.ownMatch(m, f.Path) {
			continue
		}
		if n++; n > maxCandidates {
			break
		}
		cd := candidate{match: m, speaker: c.speakerOf(m)}
		cd.diffs = c.Compare(m.Text, f.Text)
		if d, ok := align.SpeakerDifference(cd.speaker, draftCredit(parts)); ok {
			cd.diffs = append(cd.diffs, d)
		}
		cd.diffs = c.Config.apply(cd.diffs, dropKinds)
		cd.worst = worst(cd.diffs)
		if !found || cd.worst < best.worst {
			best, found = cd, true
		}
	}
	return best, found
}

// ownMatch reports whether a wire match holds a quotation of the draft
// file at path itself (Own).
func (c *Checker) ownMatch(m align.Match, path string) bool {
	if c.Own == nil {
		return false
	}
	for _, id := range m.Quotes {
		if q, ok := c.wire[id]; ok && c.Own(&q, path) {
			return true
		}
	}
	return false
}

// speakerOf gives the credit of a wire match.
func (c *Checker) speakerOf(m align.Match) align.Credit {
	for _, id := range m.Quotes {
		if q, ok := c.wire[id]; ok && q.Speaker != "" {
			return wireCredit(&q)
		}
	}
	return align.Credit{}
}

// wireCredit gives the credit of a wire quotation.
func wireCredit(q *quotes.Quote) align.Credit {
	return align.Credit{Name: q.Speaker, Inferred: quotes.SpeakerOf(q).Inferred(), Context: q.Context, Role: q.Role}
}

// sameSpeaker gives, in wire order, the wire quotations credited to the
// person a draft quotation credits, leaving out those of the draft's own
// file (Own): the only ones a short quotation is compared with word for
// word, found through the speaker index rather than a walk of the wire.
func (c *Checker) sameSpeaker(f *Finding) []quotes.Quote {
	var out []quotes.Quote
	for _, id := range c.bySpeaker[quotes.SpeakerKey(f.Speaker)] {
		q := c.wire[id]
		if quotes.SameSpeaker(q.Speaker, f.Speaker) && (c.Own == nil || !c.Own(&q, f.Path)) {
			out = append(out, q)
		}
	}
	return out
}

// draftCredit gives the credit of a draft's quotation: its first part's
// that has one (as the finding's Speaker), inferred when any part's
// credit is (the words may be that part's, not the named one's).
func draftCredit(parts []quotes.Quote) align.Credit {
	var cr align.Credit
	for i := range parts {
		if parts[i].Speaker == "" {
			continue
		}
		if cr.Name == "" {
			cr.Name, cr.Context, cr.Role = parts[i].Speaker, parts[i].Context, parts[i].Role
		}
		if quotes.SpeakerOf(&parts[i]).Inferred() {
			cr.Inferred, cr.Context = true, parts[i].Context
		}
	}
	return cr
}

func worst(ds []align.Difference) align.Severity {
	w := align.None
	for _, d := range ds {
		w = max(w, d.Severity)
	}
	return w
}

// apply drops the differences of ignored kinds and sets each remaining one's
// severity from the configuration.
func (c *Config) apply(ds []align.Difference, dropKinds []string) []align.Difference {
	out := make([]align.Difference, 0, len(ds))
	for _, d := range ds {
		full := d.Key()
		if slices.Contains(dropKinds, string(d.Kind)) || (d.Subkind != "" && slices.Contains(dropKinds, full)) {
			continue
		}
		d.Severity = c.Severities.Of(d)
		out = append(out, d)
	}
	return out
}

func (c *Checker) notFound(f *Finding) {
	f.Status = StatusNotFound
	f.Differences = []align.Difference{}
	f.Severity = c.Config.severity(KeyNotFound)
	if f.Kind == quotes.KindFragment || countWords(f.Text) <= c.Config.FragmentWords {
		f.Severity = c.Config.severity(KeyFragment)
	}
	f.Message = fmt.Sprintf("not found in any source: %q", f.Text)
}

// outside marks a finding on a quotation the transcripts have nothing to
// say of (its speaker is in none of them and no one there said its words)
// when there is no wire copy to check it against: reported, not dropped.
func (c *Checker) outside(f *Finding) {
	f.Status = StatusNotFound
	f.Differences = []align.Difference{}
	f.Severity = c.Config.severity(KeyOutside)
	f.Message = fmt.Sprintf("outside the transcripts: no one credited, and no speaker there says this: %q", f.Text)
	if f.Speaker != "" {
		f.Message = fmt.Sprintf("outside the transcripts: %s is not in them, and no one there says this: %q", f.Speaker, f.Text)
	}
}

// severity gives a finding key's severity: the configuration's, else its
// default (findingKeys).
func (c *Config) severity(key string) align.Severity {
	if s, ok := c.Severities[key]; ok {
		return s
	}
	return findingSeverity(key)
}

func countWords(s string) int { return len(align.Words(s)) }
