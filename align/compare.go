package align

import "slices"

// divergentBelow is the share of matched words (against the mean length of
// the two aligned regions) under which a version is reported as one
// `divergent` difference instead of word edits: below it more than about
// every other word differs, as between two translations of one remark,
// and a word diff would be noise.
const divergentBelow = 0.6

// divergentChanges is how many separate changes that put other words in
// (words swapped or added) inside the aligned span make a version read as
// a second rendering of the remark (another translation, a paraphrase)
// rather than a misquote: one or two are an outlet's slip, best shown word
// by word; three or more scattered through it mean the remark was worded
// anew. Words only left out are omissions (an excerpt's gaps), not
// rewording, and do not count.
const divergentChanges = 3

// divergentRewordedBelow bounds the rule above: the version is divergent
// only when its matched share is also below this, so a long quotation
// with three one-word slips among many matching words stays a word diff.
// (The two translations of Putin's invitation in the seeds share 0.75.)
const divergentRewordedBelow = 0.85

// wording is a quotation's words with the text they were cut from.
type wording struct {
	s    string
	toks []token
	// whole marks a version that is not only fragments: a sentence it
	// adds or lacks at an edge, against another whole version, is a
	// change in what was said rather than an excerpt.
	whole bool
	// excerpt marks a version checked against its source (a draft against
	// wire copy, any version against a transcript): it may leave the
	// source's words out at its edges, but words it has beyond them there
	// are inserted, not the source's excerpt.
	excerpt bool
}

func newText(s string) wording { return wording{s: s, toks: tokenize(s)} }

func (t wording) norms() []string {
	out := make([]string, len(t.toks))
	for i, tk := range t.toks {
		out[i] = tk.norm
	}
	return out
}

// span gives the text of words i..j-1 as printed.
func (t wording) span(i, j int) string {
	if i >= j {
		return ""
	}
	return t.s[t.toks[i].start:t.toks[j-1].end]
}

// sepAfter gives the characters between word i and the next word (or the
// end of the text); i = -1 gives those before the first word.
func (t wording) sepAfter(i int) string {
	from, to := 0, len(t.s)
	if i >= 0 {
		from = t.toks[i].end
	}
	if i+1 < len(t.toks) {
		to = t.toks[i+1].start
	}
	return t.s[from:to]
}

// locatedDiff is a difference with the byte offset in the version text it
// points at (for file positions).
type locatedDiff struct {
	Difference
	off int
}

// comparison is the outcome of comparing a version with the canonical wording.
type comparison struct {
	diffs  []locatedDiff
	spans  []Span
	inline string // the spans in the inline notation
}

// block is a run of changes between two equal runs.
type block struct {
	a0, a1, b0, b1 int
	edge           bool // before the first or after the last equal run
	done           bool
}

// compareTexts classifies every difference of v against c, each at its
// kind's default severity.
func compareTexts(c, v wording) comparison {
	res := classifyTexts(c, v)
	withDefaultSeverities(res.diffs)
	return res
}

// classifyTexts names every difference of v against c.
func classifyTexts(c, v wording) comparison {
	if len(c.toks) == 0 || len(v.toks) == 0 {
		return comparison{spans: sameSpans(v.s), inline: v.s}
	}
	cn, vn := c.norms(), v.norms()
	ops := windowed(cn, vn, wordDiff(cn, vn), wordDiff)
	spans := inline(c, v, ops)
	res := comparison{spans: spans, inline: InlineText(spans)}
	blocks, equal := changeBlocks(ops)
	if equal == 0 && len(c.toks) <= shortAnswerWords && slices.Equal(answerFold(c.norms()), answerFold(v.norms())) {
		// "No." printed "Nope.": an answer said another way is a changed word, not another rendering
		res.diffs = []locatedDiff{substitution(locatedDiff{Difference{Kind: KindSubstituted, Canonical: c.span(0, len(c.toks)),
			Version: v.span(0, len(v.toks))}, v.toks[0].start}, c, v, 0, len(c.toks), 0, len(v.toks))}
		return res
	}
	if equal == 0 || divergent(c, v, ops, blocks, equal) {
		res.diffs = []locatedDiff{{Difference{Kind: KindDivergent, Canonical: c.s, Version: v.s}, 0}}
		return res
	}
	if d, ok := permuted(c, v, blocks); ok {
		res.diffs = append(res.diffs, d)
	}
	res.diffs = append(res.diffs, reorders(c, v, blocks)...)
	for i := range blocks {
		if !blocks[i].done {
			res.diffs = append(res.diffs, classifyBlock(c, v, blocks[i])...)
		}
	}
	res.diffs = append(res.diffs, cosmetic(c, v, ops)...)
	sortFound(res.diffs)
	if altered(res.diffs) && !containsSeq(cn, vn) {
		if a0, ok := permutedWindow(cn, vn); ok {
			return reorderedRun(c, v, a0) // the diff's edits are one reordering
		}
	}
	return res
}

// altered reports whether differences change words by insertion,
// deletion or substitution only, with no reordering found.
func altered(ds []locatedDiff) bool {
	edits := false
	for _, d := range ds {
		switch d.Kind {
		case KindReordered:
			return false
		case KindInserted, KindDeleted, KindSubstituted:
			edits = true
		}
	}
	return edits
}

// changeBlocks groups consecutive non-equal runs, and counts equal words.
func changeBlocks(ops []op) (blocks []block, equal int) {
	firstEq, lastEq := -1, -1
	for i, o := range ops {
		if o.kind == opEqual {
			if firstEq < 0 {
				firstEq = i
			}
			lastEq = i
			equal += o.a1 - o.a0
		}
	}
	for i := 0; i < len(ops); {
		if ops[i].kind == opEqual {
			i++
			continue
		}
		b := block{a0: ops[i].a0, a1: ops[i].a1, b0: ops[i].b0, b1: ops[i].b1}
		b.edge = i < firstEq || i > lastEq || firstEq < 0
		for i++; i < len(ops) && ops[i].kind != opEqual; i++ {
			b.a1, b.b1 = max(b.a1, ops[i].a1), max(b.b1, ops[i].b1)
		}
		blocks = append(blocks, b)
	}
	return blocks, equal
}

// divergent reports whether too few words of the aligned regions match for
// a word diff to be useful.
func divergent(c, v wording, ops []op, blocks []block, equal int) bool {
	changes := 0
	for _, b := range blocks {
		switch {
		case b.edge || b.b0 == b.b1:
		case b.a0 < b.a1 && (sameExpanded(expand(c.toks[b.a0:b.a1]), expand(v.toks[b.b0:b.b1])) || compound(c, v, b)):
			equal += b.a1 - b.a0 // a contraction or a compound spelt another way is the same words
		default:
			changes++
		}
	}
	first, last := -1, -1
	for i, o := range ops {
		if o.kind == opEqual {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	ca := ops[last].a1 - ops[first].a0
	vb := ops[last].b1 - ops[first].b0
	for _, b := range blocks {
		if !b.edge && b.b0 == b.b1 && b.b0 > 0 && b.b0 < len(v.toks) && v.toks[b.b0-1].part != v.toks[b.b0].part {
			ca -= b.a1 - b.a0 // what an interrupted quotation leaves out between its parts is no rewording
		}
	}
	share := float64(equal) / (float64(ca+vb) / 2)
	return share < divergentBelow || (changes >= divergentChanges && share < divergentRewordedBelow)
}

// reorders pairs a deletion with an insertion of the same words elsewhere
// in the aligned span, or at its two edges (two sentences swapped: the
// one moved leads the version and is missing from its end): one moved
// phrase is one `reordered` difference.
func reorders(c, v wording, blocks []block) []locatedDiff {
	var out []locatedDiff
	for i := range blocks {
		d := &blocks[i]
		if d.done || d.a0 == d.a1 || d.b0 != d.b1 {
			continue
		}
		for j := range blocks {
			in := &blocks[j]
			if in.edge != d.edge || in.done || in.b0 == in.b1 || in.a0 != in.a1 || !sameWords(c, d.a0, d.a1, v, in.b0, in.b1) {
				continue
			}
			a0, a1 := min(d.a0, in.a0), max(d.a1, in.a1)
			b0, b1 := min(d.b0, in.b0), max(d.b1, in.b1)
			out = append(out, locatedDiff{Difference{Kind: KindReordered,
				Canonical: c.span(a0, a1), Version: v.span(b0, b1), Position: a0}, v.toks[b0].start})
			d.done, in.done = true, true
			break
		}
	}
	return out
}

// permuted finds the same words in another order: when the canonical and
// version words from the first change to the last are one multiset, the
// change is one `reordered` difference, however the word diff cut it ("We
// fixed the pumps and we cleared the drains" / "We cleared the drains and
// we fixed the pumps": the boundary moves by the shared "and", so no
// deleted run equals an inserted one). It marks those blocks done.
func permuted(c, v wording, blocks []block) (locatedDiff, bool) {
	first, last, ok := permutedBlocks(blocks, c.norms(), v.norms())
	if !ok {
		return locatedDiff{}, false
	}
	for i := first; i <= last; i++ {
		blocks[i].done = true
	}
	a0, a1, b0, b1 := blocks[first].a0, blocks[last].a1, blocks[first].b0, blocks[last].b1
	return locatedDiff{Difference{Kind: KindReordered, Canonical: c.span(a0, a1), Version: v.span(b0, b1), Position: a0}, v.toks[b0].start}, true
}

// permutedBlocks gives the run of inner change blocks whose canonical
// and version words (with the equal words between them) are one multiset
// in another order.
func permutedBlocks(blocks []block, cn, vn []string) (first, last int, ok bool) {
	first, last = -1, -1
	for i, b := range blocks {
		if !b.edge {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return 0, 0, false
	}
	a0, a1, b0, b1 := blocks[first].a0, blocks[last].a1, blocks[first].b0, blocks[last].b1
	if a1-a0 >= 2 && b1 > b0 && sameMultiset(cn[a0:a1], vn[b0:b1]) && !slices.Equal(cn[a0:a1], vn[b0:b1]) {
		return first, last, true
	}
	return 0, 0, false
}

// minPermutedWords is the fewest words a version must have to be read as
// a run of the canonical wording in another order: "I do" against "do I"
// is too little to say.
const minPermutedWords = 3

// permutedWindow finds the run of the canonical words that holds exactly
// the version's words in another order ("We cleared the drains and we
// fixed the pumps" inside "…this week. We fixed the pumps and we cleared
// the drains. These…"), whatever the word diff makes of it. It is linear
// in the canonical wording's length.
func permutedWindow(cn, vn []string) (a0 int, ok bool) {
	n := len(vn)
	if n < minPermutedWords || n > len(cn) {
		return 0, false
	}
	need := make(map[string]int, n)
	for _, w := range vn {
		need[w]++
	}
	off := len(need) // distinct words whose count in the window is not yet right
	have := make(map[string]int, n)
	adjust := func(w string, d int) {
		if have[w] == need[w] {
			off++
		}
		have[w] += d
		if have[w] == need[w] {
			off--
		}
	}
	for i, w := range cn {
		adjust(w, 1)
		if i >= n {
			adjust(cn[i-n], -1)
		}
		if i >= n-1 && off == 0 && !slices.Equal(cn[i-n+1:i+1], vn) {
			return i - n + 1, true
		}
	}
	return 0, false
}

// reorderedRun is the comparison of a version that is a run of the
// canonical words, a0 on, in another order: one reordered difference,
// and the canonical words around the run left out as an excerpt's.
func reorderedRun(c, v wording, a0 int) comparison {
	a1 := a0 + len(v.toks)
	var ops []op
	if a0 > 0 {
		ops = append(ops, op{opDelete, 0, a0, 0, 0})
	}
	for _, o := range wordDiff(c.norms()[a0:a1], v.norms()) {
		o.a0, o.a1 = o.a0+a0, o.a1+a0
		ops = append(ops, o)
	}
	if a1 < len(c.toks) {
		ops = append(ops, op{opDelete, a1, len(c.toks), len(v.toks), len(v.toks)})
	}
	spans := inline(c, v, ops)
	res := comparison{spans: spans, inline: InlineText(spans)}
	p, q := 0, 0 // words the run and the version share at their start and end
	for p < len(v.toks) && normAt(c, a0+p) == v.toks[p].norm {
		p++
	}
	for q < len(v.toks)-p && normAt(c, a1-1-q) == v.toks[len(v.toks)-1-q].norm {
		q++
	}
	res.diffs = []locatedDiff{{Difference{Kind: KindReordered, Canonical: c.span(a0+p, a1-q), Version: v.span(p, len(v.toks)-q), Position: a0 + p}, v.toks[p].start}}
	if a0 > 0 {
		res.diffs = append(res.diffs, locatedDiff{Difference{Kind: KindPartial, Canonical: c.span(0, a0), Position: 0}, 0})
	}
	if a1 < len(c.toks) {
		res.diffs = append(res.diffs, locatedDiff{Difference{Kind: KindPartial, Canonical: c.span(a1, len(c.toks)), Position: a1}, len(v.s)})
	}
	return res
}

// normAt gives the normalised word i of t.
func normAt(t wording, i int) string { return t.toks[i].norm }

// sameMultiset reports whether two word lists hold the same words, each
// as often, in any order.
func sameMultiset(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	n := make(map[string]int, len(a))
	for _, w := range a {
		n[w]++
	}
	for _, w := range b {
		if n[w]--; n[w] < 0 {
			return false
		}
	}
	return true
}

func sameWords(c wording, a0, a1 int, v wording, b0, b1 int) bool {
	if a1-a0 != b1-b0 {
		return false
	}
	for k := 0; k < a1-a0; k++ {
		if c.toks[a0+k].norm != v.toks[b0+k].norm {
			return false
		}
	}
	return true
}

// versionOffset gives the byte offset in v where version word b stands (or
// would stand).
func versionOffset(v wording, b int) int {
	switch {
	case b < len(v.toks):
		return v.toks[b].start
	case len(v.toks) > 0:
		return v.toks[len(v.toks)-1].end
	}
	return 0
}
