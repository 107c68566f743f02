package align

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// partJoin stands between the parts of a version printed as several quotations.
const partJoin = " … "

// pending is a version being built: its quotations and joined text.
type pending struct {
	Version
	members   []*quotes.Quote // all its quotations, in article order
	parts     []*quotes.Quote // those whose words make up Text
	partStart []int           // byte offset of each part in Text
	text      wording
	order     int    // the source's place in the input
	date      string // sortable date; "" when unknown
	path      string // the source's file, to break ties stably
	complete  bool   // has a quotation that is not a fragment
	holds     int    // how many other versions' words stand inside this one's
	inferred  bool   // Speaker rests on an inferred attribution (quotes.Speaker.Inferred)
	context   string // the sentences around the quotation Speaker was read from
	role      string // the title or role printed with Speaker (quotes.Quote.Role)
}

// sourceInfo is what Align needs to know about each source.
type sourceInfo struct {
	order     int
	date      string
	path      string
	published string // sources.Source.Published
}

func sourceTable(srcs []*sources.Source, qs []quotes.Quote) map[string]sourceInfo {
	info := map[string]sourceInfo{}
	for _, s := range srcs {
		if _, ok := info[s.ID]; !ok {
			info[s.ID] = sourceInfo{order: len(info), date: sortableDate(s.Date), path: s.Path, published: s.Published}
		}
	}
	for _, q := range qs {
		if _, ok := info[q.Source]; !ok {
			info[q.Source] = sourceInfo{order: len(info), path: q.Path}
		}
	}
	return info
}

// sortableDate turns "2021-03-18", "2021-03" or "2021" (optionally
// followed by a time) into a string that sorts by the latest day the date
// can mean, so a full date sorts before a month-only date of its month.
// Anything else is unknown ("").
func sortableDate(d string) string {
	d = strings.TrimSpace(d)
	if len(d) > 10 {
		d = d[:10]
	}
	parts := strings.Split(d, "-")
	fill := []string{"", "12", "31"}
	if len(parts) > 3 {
		return ""
	}
	for i, p := range parts {
		if _, err := strconv.Atoi(p); err != nil || len(p) != []int{4, 2, 2}[i] {
			return ""
		}
	}
	for len(parts) < 3 {
		parts = append(parts, fill[len(parts)])
	}
	return strings.Join(parts, "-")
}

// buildVersion makes one source's version from its quotations (in article
// order). Quotations whose words all stand inside another of them, such
// as a headline's excerpt of a quotation in the body, are listed but not
// repeated in the text.
func buildVersion(members []*quotes.Quote, si sourceInfo) *pending {
	d := &pending{members: members, order: si.order, date: si.date, path: si.path}
	words := make([][]string, len(members))
	for i, q := range members {
		words[i] = normTokens(q.Text)
		d.Quotes = append(d.Quotes, q.ID)
		d.complete = d.complete || q.Kind != quotes.KindFragment
		if d.Speaker == "" {
			d.Speaker, d.inferred, d.context, d.role = personOf(q), quotes.SpeakerOf(q).Inferred(), q.Context, q.Role
		}
	}
	var sb strings.Builder
	for i, q := range members {
		if redundant(words, i) {
			continue
		}
		if len(d.parts) > 0 {
			sb.WriteString(partJoin)
		}
		d.parts = append(d.parts, q)
		d.partStart = append(d.partStart, sb.Len())
		sb.WriteString(q.Text)
	}
	// The version points at the first quotation its text is made of, not
	// at an excerpt of it that stands earlier (a headline's).
	d.Quote, d.Source, d.Text = d.parts[0].ID, members[0].Source, sb.String()
	d.text = newText(d.Text)
	d.text.whole = d.complete
	for i := range d.text.toks {
		d.text.toks[i].part = d.partOf(d.text.toks[i].start)
	}
	return d
}

// redundant reports whether member i's words stand inside another
// member's (the first of identical members is kept).
func redundant(words [][]string, i int) bool {
	for j, w := range words {
		if j == i || len(w) < len(words[i]) || (len(w) == len(words[i]) && j > i) {
			continue
		}
		if containsSeq(w, words[i]) {
			return true
		}
	}
	return false
}

func containsSeq[T comparable](long, short []T) bool {
	return len(short) == 0 || indexSeq(long, short) >= 0
}

// partOf gives the part holding byte off of the version's text.
func (d *pending) partOf(off int) int {
	p, _ := slices.BinarySearch(d.partStart, off+1)
	return max(p-1, 0)
}

// position gives the file line and column of byte off of the version's text.
func (d *pending) position(off int) (line, col int) {
	p := d.partOf(off)
	q := d.parts[p]
	if q.Line == 0 {
		return 0, 0
	}
	local := min(max(off-d.partStart[p], 0), len(q.Text))
	before := q.Text[:local]
	if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
		return q.Line + strings.Count(before, "\n"), utf8.RuneCountInString(before[nl+1:]) + 1
	}
	return q.Line, q.Column + utf8.RuneCountInString(before)
}

// chooseCanonical picks the version whose wording is canonical: the
// reference source's when it has one; else, preferring versions that are
// not made only of fragments, the wording most sources share (after
// normalisation), then the version holding the most other versions' words
// (the whole statement, not one outlet's excerpt of it), then the
// earliest dated source, then the first by path (never by input order).
func chooseCanonical(vs []*pending, reference string, info map[string]sourceInfo) int {
	if reference != "" {
		for i, v := range vs {
			if v.Source == reference || info[v.Source].path == reference {
				return i
			}
		}
	}
	shared := map[string]int{}
	norms := make([][]string, len(vs))
	for i, v := range vs {
		norms[i] = v.text.norms()
		shared[strings.Join(norms[i], " ")]++
	}
	for i, v := range vs {
		v.holds = 0
		for j := range vs {
			if j != i && len(norms[j]) < len(norms[i]) && containsSeq(norms[i], norms[j]) {
				v.holds++
			}
		}
	}
	best := 0
	for i := 1; i < len(vs); i++ {
		if better(vs[i], vs[best], shared) {
			best = i
		}
	}
	return best
}

func better(a, b *pending, shared map[string]int) bool {
	if a.complete != b.complete {
		return a.complete
	}
	na, nb := shared[strings.Join(a.text.norms(), " ")], shared[strings.Join(b.text.norms(), " ")]
	if na != nb {
		return na > nb
	}
	if a.holds != b.holds {
		return a.holds > b.holds
	}
	if a.date != b.date {
		return b.date == "" || (a.date != "" && a.date < b.date)
	}
	// never the input order: the same files given in another order
	// must blame the same outlet
	if a.path != b.path {
		return a.path < b.path
	}
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	return a.order < b.order
}

// sortDrafts orders versions by their source's place in the input.
func sortDrafts(vs []*pending) {
	slices.SortStableFunc(vs, func(a, b *pending) int { return cmp.Compare(a.order, b.order) })
}
