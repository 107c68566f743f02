package align

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// Options tunes Align.
type Options struct {
	// Reference, when set, is the ID or path of the source whose wording is
	// canonical wherever it has the utterance.
	Reference string
	// BlockFrom is the fewest quotations that are split into blocks
	// (Stats.BlockFrom); 0 means 10000. Tests lower it to split small sets.
	BlockFrom int
}

// Align groups quotations into utterances across sources and compares every
// version with the canonical wording. Every quotation ends up in exactly one
// utterance; one no other source has is a single-source utterance.
// srcs gives dates and order for choosing the canonical wording.
//
// Utterances are numbered "u1", "u2", ... in order of their first
// quotation in qs; versions are in the order of their sources.
func Align(srcs []*sources.Source, qs []quotes.Quote, opts Options) []Utterance {
	var out []Utterance
	_ = AlignEach(srcs, qs, opts, func(u *Utterance) error {
		out = append(out, *u)
		return nil
	})
	return out
}

// buildUtterance makes one utterance from its quotations (indexes into qs).
func buildUtterance(id string, qs []quotes.Quote, idx []int, info map[string]sourceInfo, opts Options, tx *Transcripts) Utterance {
	u := Utterance{ID: id}
	bySource := map[string][]int{}
	var order []string
	for _, i := range idx {
		u.Quotes = append(u.Quotes, qs[i].ID)
		s := qs[i].Source
		if _, ok := bySource[s]; !ok {
			order = append(order, s)
		}
		bySource[s] = append(bySource[s], i)
	}
	drafts := make([]*pending, 0, len(order))
	for _, s := range order {
		ids := bySource[s]
		byPosition(qs, ids)
		ms := make([]*quotes.Quote, len(ids))
		for k, i := range ids {
			ms[k] = &qs[i]
		}
		drafts = append(drafts, buildVersion(ms, info[s]))
	}
	check, tdraft := transcriptVersion(tx, drafts, info)
	if tdraft != nil {
		drafts = append(drafts, tdraft)
	}
	sortDrafts(drafts)
	canon := drafts[chooseCanonical(drafts, opts.Reference, info)]
	if tdraft != nil && !isReference(canon, opts.Reference, info) {
		canon = tdraft // a transcript is the reference for what it holds
	}
	canon.Canonical = true
	for k, d := range drafts {
		if d != canon {
			drafts[k] = inCanonicalOrder(d, canon, info)
		}
	}
	u.Transcript = check
	u.Canonical, u.Speaker, u.SingleSource = canon.Text, canon.Speaker, len(drafts) == 1
	for _, d := range drafts {
		if d != canon {
			compareVersion(canon, d)
		} else {
			d.Inline, d.Spans, d.Differences = d.Text, sameSpans(d.Text), []Difference{}
		}
		if u.Speaker == "" {
			u.Speaker = d.Speaker
		}
		if canon == tdraft {
			placeInTranscript(d.Differences, check.Passage)
		}
	}
	if tdraft == nil && len(drafts) > 1 {
		markExtended(canon, drafts)
	}
	for _, d := range drafts {
		u.Severity = max(u.Severity, d.Severity)
		u.Versions = append(u.Versions, d.Version)
	}
	u.Severity = max(u.Severity, check.severity())
	transcript := ""
	if tdraft != nil {
		oneLineTranscript(&u, tdraft.Source)
		transcript = tdraft.Source
	}
	norms := make([][]string, len(drafts))
	for i, d := range drafts {
		norms[i] = d.text.norms()
	}
	u.Timeline = buildTimeline(u.Versions, norms, info, transcript)
	return u
}

// inCanonicalOrder gives a version made only of fragments with its parts
// in the order the canonical wording holds them, when the article prints
// them in another: "would help 'drivers from the north' and 'cut the
// commute'" is two excerpts of "will cut the commute in half for drivers
// from the north", not one passage to diff as if continuous, which reads
// as a substitution from nothing.
func inCanonicalOrder(d, canon *pending, info map[string]sourceInfo) *pending {
	if d.complete || len(d.parts) < 2 {
		return d
	}
	cn := canon.text.norms()
	at := make(map[*quotes.Quote]int, len(d.members))
	for _, p := range d.parts {
		i := indexSeq(cn, normTokens(p.Text))
		if i < 0 {
			return d // not an excerpt word for word: leave it as printed
		}
		at[p] = i
	}
	if slices.IsSortedFunc(d.parts, func(a, b *quotes.Quote) int { return cmp.Compare(at[a], at[b]) }) {
		return d
	}
	ms := slices.Clone(d.members) // a member inside another (not a part) goes first: it adds no words
	slices.SortStableFunc(ms, func(a, b *quotes.Quote) int { return cmp.Compare(at[a], at[b]) })
	out := buildVersion(ms, info[d.Source])
	out.Speaker, out.inferred, out.context, out.role = d.Speaker, d.inferred, d.context, d.role
	return out
}

// indexSeq gives where short first stands in long as a run, or -1.
func indexSeq[T comparable](long, short []T) int {
	for i := 0; i+len(short) <= len(long); i++ {
		if len(short) > 0 && slices.Equal(long[i:i+len(short)], short) {
			return i
		}
	}
	return -1
}

// markExtended marks the words at an edge of a version that no other
// source prints (kind extended): a version's own words past the canonical
// wording's edge, and the canonical wording's edge words every other
// version leaves out, so that the reader sees where the canonical wording
// rests on one source. A transcript settles the wording; it is not called
// when one is canonical.
func markExtended(canon *pending, drafts []*pending) {
	for _, d := range drafts {
		if d == canon {
			continue
		}
		for k := range d.Differences {
			x := &d.Differences[k]
			if x.Kind == KindPartial && x.Canonical == "" && x.Version != "" && !printedElsewhere(x.Version, d, drafts) {
				x.Kind, x.Severity = KindExtended, DefaultSeverity(KindExtended, x.Subkind)
			}
		}
	}
	n := len(canon.text.toks)
	lead, trail := n, n // canonical words at each edge that every other version lacks
	for _, d := range drafts {
		if d == canon {
			continue
		}
		l, t := 0, 0
		for _, x := range d.Differences {
			if x.Kind != KindPartial || x.Version != "" || x.Canonical == "" {
				continue
			}
			w := len(tokenize(x.Canonical))
			if x.Position == 0 {
				l = w
			}
			if x.Position+w == n {
				t = w
			}
		}
		lead, trail = min(lead, l), min(trail, t)
	}
	if lead > 0 && lead < n {
		canon.addExtended(0, lead)
	}
	if trail > 0 && trail < n {
		canon.addExtended(n-trail, n)
	}
}

// printedElsewhere reports whether a version other than d prints words.
func printedElsewhere(words string, d *pending, drafts []*pending) bool {
	ws := normTokens(words)
	for _, o := range drafts {
		if o != d && containsSeq(o.text.norms(), ws) {
			return true
		}
	}
	return false
}

// addExtended records on the canonical version that its words i..j-1 are
// printed by it alone.
func (d *pending) addExtended(i, j int) {
	x := newDifference(KindExtended, "")
	x.Version, x.Position = d.text.span(i, j), i
	x.Line, x.Column = d.position(d.text.toks[i].start)
	d.Differences = append(d.Differences, x)
	d.Severity = max(d.Severity, x.Severity)
}

// compareVersion fills d's differences, inline form and severity against
// the canonical version.
func compareVersion(canon, d *pending) {
	res := compareTexts(canon.text, d.text)
	d.Inline, d.Spans, d.Differences = res.inline, res.spans, make([]Difference, 0, len(res.diffs)+1)
	if x, ok := SpeakerDifference(canon.credit(), d.credit()); ok {
		x.Line, x.Column = d.position(0)
		d.Differences = append(d.Differences, x)
	}
	for _, f := range res.diffs {
		f.Line, f.Column = d.position(f.off)
		d.Differences = append(d.Differences, f.Difference)
	}
	for _, x := range d.Differences {
		d.Severity = max(d.Severity, x.Severity)
	}
}

// Credit is who one printing of an utterance credits it to.
type Credit struct {
	Name string
	// Inferred marks a credit not named at the quotation: from a pronoun,
	// a role, the quotation before, reported speech or a document.
	Inferred bool
	// Context is the sentences around the quotation the credit was read
	// from.
	Context string
	// Role is the title or role printed with the name (quotes.Quote.Role):
	// "Mr." and "Mrs." of one family name are two people.
	Role string
}

// SpeakerDifference is the speaker difference between two credits of the
// same words, if they name different people once names are normalised
// (quotes.SameSpeaker). Two explicit credits make an error. When one rests
// on an inferred credit it is info, never an alarm: subkind "ambiguous"
// when the sentences around the inferred credit name the other person too
// (the pronoun or role could have been that person), else subkind
// "inferred". diff and check both decide by it.
func SpeakerDifference(canonical, version Credit) (Difference, bool) {
	if !(quotes.Speaker{Name: canonical.Name, Role: canonical.Role}).Conflict(quotes.Speaker{Name: version.Name, Role: version.Role}) {
		return Difference{}, false
	}
	sub := ""
	switch {
	case canonical.Inferred && names(canonical.Context, version.Name), version.Inferred && names(version.Context, canonical.Name):
		sub = SubkindAmbiguous
	case canonical.Inferred || version.Inferred:
		sub = SubkindInferred
	}
	d := newDifference(KindSpeaker, sub)
	d.Canonical, d.Version = canonical.Name, version.Name
	if quotes.SameSpeaker(d.Canonical, d.Version) { // one name, two people by the titles printed with it
		d.Canonical, d.Version = strings.TrimSpace(canonical.Role+" "+d.Canonical), strings.TrimSpace(version.Role+" "+d.Version)
	}
	return d, true
}

// names reports whether text names the person: their family name (the
// name's last word) stands in it as a word.
func names(text, person string) bool {
	ws := normTokens(person)
	if len(ws) == 0 {
		return false
	}
	return slices.Contains(normTokens(text), ws[len(ws)-1])
}

// credit is who the version credits the utterance to.
func (d *pending) credit() Credit {
	return Credit{Name: d.Speaker, Inferred: d.inferred, Context: d.context, Role: d.role}
}

// Compare classifies every word-level difference of version against
// canonical (both are quotation texts as printed). Line and Column are
// positions in version (line 1, column 1 at its first character).
func Compare(canonical, version string) []Difference {
	return positioned(compareTexts(newText(canonical), newText(version)), version)
}

// CompareExcerpt is Compare for a quotation checked against its source:
// the quotation may be an excerpt of the source (its words left out at
// the edges are partial, info), but words it has beyond the source's, at
// an edge as in the middle, are inserted. It is what check confirms by.
func CompareExcerpt(source, quotation string) []Difference {
	v := newText(quotation)
	v.excerpt = true
	return positioned(compareTexts(newText(source), v), quotation)
}

// positioned gives a comparison's differences with their line and column
// in version.
func positioned(res comparison, version string) []Difference {
	out := make([]Difference, len(res.diffs))
	for i, f := range res.diffs {
		out[i] = f.Difference
		before := version[:min(f.off, len(version))]
		out[i].Line = strings.Count(before, "\n") + 1
		out[i].Column = utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
	}
	return out
}

// Inline gives version with its differences from canonical marked:
// "[-words-]" for canonical words the version lacks and "[+words+]" for
// words it adds, so "you'll see [-it-] shortly" and "pay [-the-][+a+]
// price". Canonical words beyond the span an excerpt covers are not shown.
func Inline(canonical, version string) string {
	return compareTexts(newText(canonical), newText(version)).inline
}

// Match is a candidate for the same utterance as a probe text.
type Match struct {
	Quotes []string // IDs of the indexed utterance's quotations (all parts)
	Source string
	Text   string  // the indexed utterance's text (parts joined)
	Score  float64 // 0..1, how much of the probe the match covers
}

// Index finds, for a probe quotation, the indexed quotations that are the
// same utterance, without comparing the probe with every one.
type Index struct {
	entries []Match
	items   []item
	keys    *keyIndex
	vocab   *vocab
}

// NewIndex indexes quotations (parts of one utterance are joined).
func NewIndex(qs []quotes.Quote) *Index {
	ix := &Index{}
	items, itemOf, v := quoteItems(qs, true)
	ix.items, ix.vocab, ix.entries = items, v, make([]Match, len(items))
	for i, q := range qs {
		e := &ix.entries[itemOf[i]]
		if len(e.Quotes) > 0 {
			e.Text += partJoin
		}
		e.Source = q.Source
		e.Quotes = append(e.Quotes, q.ID)
		e.Text += q.Text
	}
	ix.keys = newKeyIndex(ix.items)
	return ix
}

// Lookup returns the indexed utterances that match text said by speaker
// ("" when unknown), best first.
func (ix *Index) Lookup(text, speaker, context string) []Match {
	if ix == nil {
		return nil
	}
	probe := newItem(normTokens(text), "\x00probe", speaker, context, false)
	if len(probe.words) == 0 {
		return nil
	}
	probe.setIDs(ix.vocab.lookup(probe.words))
	var out []Match
	keys := ix.keys.itemKeys(&probe, false)
	for _, j := range ix.keys.candidates(keys, -1, probe.source, ix.items, 1, newHitCounter(len(ix.items))) {
		if al, ok := matchItems(&probe, &ix.items[j], ix.vocab); ok {
			m := ix.entries[j]
			m.Quotes = slices.Clone(m.Quotes)
			m.Score = float64(al.matched) / float64(len(probe.words))
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(a, b Match) int { return cmp.Compare(b.Score, a.Score) })
	return out
}
