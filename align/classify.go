package align

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// classifyBlock names the differences in one run of changed words.
func classifyBlock(c, v wording, b block) []locatedDiff {
	off := versionOffset(v, b.b0)
	mk := func(kind Kind, a0, a1, b0, b1 int) locatedDiff {
		return locatedDiff{Difference{Kind: kind, Canonical: c.span(a0, a1), Version: v.span(b0, b1), Position: a0}, off}
	}
	if compound(c, v, b) {
		f := mk(KindTypography, b.a0, b.a1, b.b0, b.b1)
		f.Subkind = SubkindCompound
		return []locatedDiff{f}
	}
	if x, rest, ok := peelCompound(c, v, b); ok {
		return append(classifyBlock(c, v, x), classifyBlock(c, v, rest)...)
	}
	if b.edge {
		return classifyEdge(c, v, b, mk)
	}
	del, ins := b.a1 > b.a0, b.b1 > b.b0
	switch {
	case editorialWords(c, b.a0, b.a1) || editorialWords(v, b.b0, b.b1):
		return []locatedDiff{mk(KindEditorial, b.a0, b.a1, b.b0, b.b1)}
	case del && !ins && b.b0 > 0 && v.toks[b.b0-1].part != v.toks[b.b0].part:
		return []locatedDiff{mk(KindPartial, b.a0, b.a1, b.b0, b.b1)}
	case del && !ins && hasEllipsis(v.sepAfter(b.b0-1)):
		return []locatedDiff{mk(KindEditorial, b.a0, b.a1, b.b0, b.b1)}
	case del && !ins && disfluent(c, b.a0, b.a1):
		return []locatedDiff{mk(KindDisfluency, b.a0, b.a1, b.b0, b.b1)}
	case del && !ins:
		return []locatedDiff{mk(KindDeleted, b.a0, b.a1, b.b0, b.b1)}
	case ins && !del:
		return []locatedDiff{mk(KindInserted, b.a0, b.a1, b.b0, b.b1)}
	}
	return []locatedDiff{substitution(mk(KindSubstituted, b.a0, b.a1, b.b0, b.b1), c, v, b.a0, b.a1, b.b0, b.b1)}
}

// classifyEdge names changes before the first or after the last matched
// word: words only one side has there make one an excerpt of the other.
func classifyEdge(c, v wording, b block, mk func(Kind, int, int, int, int) locatedDiff) []locatedDiff {
	na, nb := b.a1-b.a0, b.b1-b.b0
	if editorialWords(c, b.a0, b.a1) || editorialWords(v, b.b0, b.b1) {
		return []locatedDiff{mk(KindEditorial, b.a0, b.a1, b.b0, b.b1)}
	}
	if na == 0 && v.excerpt && !(c.whole && v.whole && cutShort(c, v, b)) {
		return []locatedDiff{mk(KindInserted, b.a0, b.a1, b.b0, b.b1)}
	}
	if na == 0 || nb == 0 {
		if c.whole && v.whole && cutShort(c, v, b) {
			kind := KindDeleted
			if na == 0 {
				kind = KindInserted
			}
			f := mk(kind, b.a0, b.a1, b.b0, b.b1)
			f.Subkind = SubkindCut
			return []locatedDiff{f}
		}
		f := mk(KindPartial, b.a0, b.a1, b.b0, b.b1)
		if c.whole && v.whole && wholeSentences(c, v, b) {
			f = sentence(f)
		}
		return []locatedDiff{f}
	}
	// Both sides have words here: the version's words replace the canonical
	// words next to the matched region; the canonical's further words are
	// outside the excerpt.
	if sameExpanded(expand(c.toks[b.a0:b.a1]), expand(v.toks[b.b0:b.b1])) {
		return []locatedDiff{substitution(mk(KindSubstituted, b.a0, b.a1, b.b0, b.b1), c, v, b.a0, b.a1, b.b0, b.b1)}
	}
	k := min(na, nb)
	leading := b.a0 == 0 && b.b0 == 0
	sa0, sa1 := b.a0, b.a0+k // trailing: canonical words right after the region
	if leading {
		sa0, sa1 = b.a1-k, b.a1
	}
	out := []locatedDiff{substitution(mk(KindSubstituted, sa0, sa1, b.b0, b.b1), c, v, sa0, sa1, b.b0, b.b1)}
	if na > k {
		pa0, pa1 := sa1, b.a1
		if leading {
			pa0, pa1 = b.a0, sa0
		}
		out = append(out, mk(KindPartial, pa0, pa1, b.b0, b.b0))
	}
	return out
}

// minSentenceWords is the fewest words of a sentence that one whole
// version has at an edge and another lacks for the excerpt to be marked
// as a whole sentence more or less (subkind "sentence"; still partial and
// info: one version is a verbatim excerpt of the other, which quoting
// one sentence of a longer remark is): "Mmhmm, I do" against "I do" is
// just an excerpt's edge.
const minSentenceWords = 3

// wholeSentences reports whether the words only one side has at an edge
// make whole sentences: at least MinSentenceWords of them, parted from
// the shared words by a full stop, question or exclamation mark.
func wholeSentences(c, v wording, b block) bool {
	t, i0, i1 := v, b.b0, b.b1
	if b.b0 == b.b1 {
		t, i0, i1 = c, b.a0, b.a1
	}
	if i1-i0 < minSentenceWords {
		return false
	}
	boundary := i1 - 1 // a leading edge ends before the shared words
	if i0 > 0 {
		boundary = i0 - 1 // a trailing edge starts after them
	}
	return endsSentence(t.sepAfter(boundary))
}

// cutShort reports whether, at the trailing edge of two whole versions,
// the shorter closes its sentence where the longer's phrase runs on:
// "…everyone is out." against "…everyone is out of the water." drops words
// mid-phrase and puts a full stop in their place, which changes what was
// said. An excerpt stops without a full stop, or at a boundary the longer
// marks too ("That's on me." from "That's on me, and I own it.").
func cutShort(c, v wording, b block) bool {
	trailing := b.a1 == len(c.toks) && b.b1 == len(v.toks) && b.a0 > 0 && b.b0 > 0
	if !trailing {
		return false
	}
	short, long, sEnd, lEnd := v, c, b.b0-1, b.a0-1
	if b.a0 == b.a1 { // the canonical wording is the shorter
		short, long, sEnd, lEnd = c, v, b.a0-1, b.b0-1
	}
	return (endsSentence(short.sepAfter(sEnd)) || speechEnds(short, sEnd)) && strings.TrimSpace(long.sepAfter(lEnd)) == ""
}

// speechEnds reports whether a quotation that opens a sentence with a
// capital closes at word end with the comma that hands over to its
// attribution ("…before the budget," he said): printed as a whole
// sentence, it ends where the speech ends, as a full stop would.
func speechEnds(t wording, end int) bool {
	if end != len(t.toks)-1 || strings.TrimSpace(t.sepAfter(end)) != "," {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.toks[0].orig)
	return unicode.IsUpper(r) && strings.TrimSpace(t.sepAfter(-1)) == ""
}

// endsSentence reports whether a separator holds a sentence's final mark
// (an omission mark does not count).
func endsSentence(sep string) bool {
	sep = strings.NewReplacer("\u2026", "", "...", "", ". . .", "").Replace(sep)
	return strings.ContainsAny(sep, ".?!")
}

// sentence marks an excerpt's edge as a whole sentence more or less.
func sentence(f locatedDiff) locatedDiff {
	f.Subkind = SubkindSentence
	return f
}

// compound reports whether a block's two sides are the same letters with
// the words joined, hyphenated or split differently ("underinvestment",
// "under-investment"; "every day", "everyday"): a house style, not a
// change of wording.
func compound(c, v wording, b block) bool {
	if b.a0 == b.a1 || b.b0 == b.b1 || b.a1-b.a0 == 1 && b.b1-b.b0 == 1 {
		return false
	}
	join := func(t wording, i, j int) string {
		var sb strings.Builder
		for _, tk := range t.toks[i:j] {
			sb.WriteString(tk.norm)
		}
		return sb.String()
	}
	return join(c, b.a0, b.a1) == join(v, b.b0, b.b1)
}

// maxCompoundWords is the most words one side of a compound spelt two
// ways has ("co-op-era-tion" is four).
const maxCompoundWords = 4

// peelCompound splits from the start or the end of block b a compound the
// two sides spell differently, leaving the rest of the change: "under-
// investment and a culture" against "underinvestment" is a compound and
// an omission, not one substitution.
func peelCompound(c, v wording, b block) (x, rest block, ok bool) {
	na, nb := b.a1-b.a0, b.b1-b.b0
	for i := 1; i <= min(na, maxCompoundWords); i++ {
		for j := 1; j <= min(nb, maxCompoundWords); j++ {
			if i == na && j == nb {
				continue
			}
			lead := block{a0: b.a0, a1: b.a0 + i, b0: b.b0, b1: b.b0 + j}
			if compound(c, v, lead) {
				return lead, block{a0: lead.a1, a1: b.a1, b0: lead.b1, b1: b.b1, edge: b.edge}, true
			}
			trail := block{a0: b.a1 - i, a1: b.a1, b0: b.b1 - j, b1: b.b1}
			if compound(c, v, trail) {
				return trail, block{a0: b.a0, a1: trail.a0, b0: b.b0, b1: trail.b0, edge: b.edge}, true
			}
		}
	}
	return block{}, block{}, false
}

// substitution marks a substitution whose two sides are the same words
// with and without a contraction.
func substitution(f locatedDiff, c, v wording, a0, a1, b0, b1 int) locatedDiff {
	if sameExpanded(expand(c.toks[a0:a1]), expand(v.toks[b0:b1])) {
		f.Subkind = SubkindContraction
	}
	return f
}

// editorialWords reports whether words i..j-1 (at least one) are all an
// editor's bracketed insertion.
func editorialWords(t wording, i, j int) bool {
	if i >= j {
		return false
	}
	for _, tk := range t.toks[i:j] {
		if !tk.bracketed {
			return false
		}
	}
	return true
}

// contractions maps a contracted ending to the words it stands for
// (alternatives separated by "|").
var contractions = []struct{ suffix, words string }{
	{"n't", "not"}, {"'ll", "will"}, {"'re", "are"}, {"'ve", "have"},
	{"'m", "am"}, {"'d", "would|had"}, {"'s", "is|has|us"},
}

// irregular contractions whose stem changes.
var irregular = map[string][]string{
	"won't": {"will", "not"}, "can't": {"can", "not"}, "cannot": {"can", "not"},
	"shan't": {"shall", "not"}, "ain't": {"am|is|are", "not"},
}

// expand spells out contractions.
func expand(toks []token) []string {
	var out []string
	for _, tk := range toks {
		if ws, ok := irregular[tk.norm]; ok {
			out = append(out, ws...)
			continue
		}
		out = append(out, expandWord(tk.norm)...)
	}
	return out
}

func expandWord(w string) []string {
	for _, c := range contractions {
		if stem, ok := strings.CutSuffix(w, c.suffix); ok && stem != "" {
			return []string{stem, c.words}
		}
	}
	return []string{w}
}

// sameExpanded reports whether two expanded word lists agree, an
// alternative list matching any of its words.
func sameExpanded(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !slices.Contains(strings.Split(a[i], "|"), b[i]) && !slices.Contains(strings.Split(b[i], "|"), a[i]) {
			return false
		}
	}
	return true
}

// cosmetic finds differences of case, typography and punctuation between
// words that match.
func cosmetic(c, v wording, ops []op) []locatedDiff {
	var out []locatedDiff
	for _, o := range ops {
		if o.kind != opEqual {
			continue
		}
		if o.a0 == 0 && o.b0 == 0 {
			out = appendSep(out, c, v, -1, -1)
		}
		for k := 0; k < o.a1-o.a0; k++ {
			i, j := o.a0+k, o.b0+k
			if kind := wordKind(c.toks[i].orig, v.toks[j].orig); kind != "" {
				out = append(out, locatedDiff{Difference{Kind: kind, Canonical: c.toks[i].orig, Version: v.toks[j].orig, Position: i}, v.toks[j].start})
			}
			inside := k+1 < o.a1-o.a0 && v.toks[j].part == v.toks[j+1].part
			atEnd := i+1 == len(c.toks) && j+1 == len(v.toks)
			if inside || atEnd {
				out = appendSep(out, c, v, i, j)
			}
		}
	}
	return out
}

// wordKind classifies two printings of one normalised word.
func wordKind(a, b string) Kind {
	switch {
	case a == b:
		return ""
	case foldTypography(a) == foldTypography(b):
		return KindTypography
	case strings.EqualFold(foldTypography(a), foldTypography(b)):
		return KindCase
	}
	return KindTypography
}

// appendSep compares the marks after canonical word i and version word j.
func appendSep(out []locatedDiff, c, v wording, i, j int) []locatedDiff {
	cs, vs := c.sepAfter(i), v.sepAfter(j)
	kind := sepKind(cs, vs)
	if kind == "" {
		return out
	}
	off := 0
	if j >= 0 {
		off = v.toks[j].end
	}
	return append(out, locatedDiff{Difference{Kind: kind, Canonical: strings.TrimSpace(cs), Version: strings.TrimSpace(vs), Position: max(i, 0)}, off})
}

// sepKind classifies two printings of the marks between words.
func sepKind(a, b string) Kind {
	a, b = stripSpace(a), stripSpace(b)
	switch {
	case a == b:
		return ""
	case foldTypography(a) == foldTypography(b):
		return KindTypography
	case hasEllipsis(a) || hasEllipsis(b) || dropBrackets(a) == dropBrackets(b):
		return KindEditorial
	}
	return KindPunctuation
}

func dropBrackets(s string) string {
	return strings.NewReplacer("[", "", "]", "").Replace(s)
}

// sortFound orders differences by their place in the canonical wording.
func sortFound(fs []locatedDiff) {
	slices.SortStableFunc(fs, func(a, b locatedDiff) int {
		return cmp.Or(cmp.Compare(a.Position, b.Position), cmp.Compare(a.off, b.off))
	})
}

// inline gives the version as spans with its differences marked: canonical
// words the version lacks, words it adds. Canonical words outside the span
// an excerpt covers are not shown.
func inline(c, v wording, ops []op) []Span {
	var sb spanWriter
	last := -1 // byte offset after the last version word written
	pendingSpace := false
	startPiece := func(next int) {
		switch {
		case last < 0:
			sb.WriteString(v.s[:next])
		case pendingSpace && last == next:
			sb.WriteByte(' ')
		default:
			sb.WriteString(v.s[last:next])
		}
		pendingSpace = false
	}
	firstEq, lastEq := -1, -1
	for i, o := range ops {
		if o.kind == opEqual {
			if firstEq < 0 {
				firstEq = i
			}
			lastEq = i
		}
	}
	for i, o := range ops {
		switch o.kind {
		case opEqual, opInsert:
			startPiece(v.toks[o.b0].start)
			if o.kind == opInsert {
				sb.add(SpanInserted, v.span(o.b0, o.b1))
			} else {
				sb.WriteString(v.span(o.b0, o.b1))
			}
			last = v.toks[o.b1-1].end
		case opDelete:
			nextIns := i+1 < len(ops) && ops[i+1].kind == opInsert
			if (i < firstEq || i > lastEq) && !nextIns && !(i > 0 && ops[i-1].kind == opInsert) {
				continue // outside an excerpt's span
			}
			next := versionOffset(v, o.b0)
			if !pendingSpace {
				startPiece(next)
			}
			a0, a1 := o.a0, o.a1
			if nextIns && (i < firstEq || i > lastEq) {
				a0, a1 = edgeReplaced(c, v, o, ops[i+1], i < firstEq)
			}
			sb.add(SpanDeleted, c.span(a0, a1))
			last, pendingSpace = next, !nextIns
		}
	}
	if last < 0 {
		return []Span{{Op: SpanSame, Text: v.s}}
	}
	sb.WriteString(v.s[last:])
	return sb.spans
}

// edgeReplaced gives the canonical words that an insertion at an edge
// replaces: those next to the matched region, as many as it has words,
// or all of them when they are its contraction.
func edgeReplaced(c, v wording, del, ins op, leading bool) (int, int) {
	if sameExpanded(expand(c.toks[del.a0:del.a1]), expand(v.toks[ins.b0:ins.b1])) {
		return del.a0, del.a1
	}
	n := ins.b1 - ins.b0
	if leading {
		return max(del.a1-n, del.a0), del.a1
	}
	return del.a0, min(del.a0+n, del.a1)
}
