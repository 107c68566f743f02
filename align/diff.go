package align

import (
	"slices"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// opKind says what one run of a word diff does.
type opKind int

const (
	opEqual  opKind = iota
	opDelete        // canonical words the version lacks
	opInsert        // words the version adds
)

// op is one run of a word diff: canonical words a[a0:a1] against version
// words b[b0:b1] (one of the two ranges is empty unless the run is equal).
type op struct {
	kind   opKind
	a0, a1 int
	b0, b1 int
}

// differ diffs word sequences with diff-match-patch, with no time limit so
// that the result is minimal and does not depend on machine load.
var differ = func() *diffmatchpatch.DiffMatchPatch {
	d := diffmatchpatch.New()
	d.DiffTimeout = 0
	return d
}()

// Private-use code points stand for words, one per distinct word.
const (
	puaStart  = 0xE000
	puaEnd    = 0xF8FF
	puaBStart = 0xF0000
)

func wordRune(n int) rune {
	if n <= puaEnd-puaStart {
		return rune(puaStart + n)
	}
	return rune(puaBStart + n - (puaEnd - puaStart + 1))
}

// wordDiff diffs two sequences of normalised words: each distinct word is
// encoded as one rune, the rune strings are diffed and cleaned up
// semantically, and the result is decoded back into word ranges.
func wordDiff(a, b []string) []op {
	codes := make(map[string]rune, len(a)+len(b))
	encode := func(ws []string) []rune {
		rs := make([]rune, len(ws))
		for i, w := range ws {
			r, ok := codes[w]
			if !ok {
				r = wordRune(len(codes))
				codes[w] = r
			}
			rs[i] = r
		}
		return rs
	}
	ra, rb := encode(a), encode(b)
	return decode(cleanup(differ.DiffMainRunes(ra, rb, false)))
}

// maxDirectID is the largest word number that wordRune can encode.
const maxDirectID = puaEnd - puaStart + 1 + 0x10FFFD - puaBStart

// diffIDs diffs two sequences of word numbers minimally, without the
// semantic cleanup wordDiff makes for readers: the matcher measures how
// many words two quotations share in order, and cleanup would drop shared
// words that stand between changes, as in two translations of one remark
// ("will not accept that our fishermen are treated as intruders" against
// "will not tolerate our fishermen being treated like intruders"). Word
// weights, coverage and density already keep scattered common words from
// counting for much.
func diffIDs(a, b []int32) []op {
	ra, rb := make([]rune, len(a)), make([]rune, len(b))
	direct := true
	for _, ids := range [][]int32{a, b} {
		for _, id := range ids {
			direct = direct && int(id) <= maxDirectID
		}
	}
	codes := map[int32]rune{}
	for _, p := range []struct {
		ids []int32
		rs  []rune
	}{{a, ra}, {b, rb}} {
		for i, id := range p.ids {
			if direct {
				p.rs[i] = wordRune(int(id))
				continue
			}
			r, ok := codes[id]
			if !ok {
				r = wordRune(len(codes))
				codes[id] = r
			}
			p.rs[i] = r
		}
	}
	return decode(differ.DiffMainRunes(ra, rb, false))
}

// cleanup applies semantic cleanup to a diff, leaving out leading and
// trailing runs that only delete or only insert: an excerpt's long
// unmatched remainder would otherwise swallow the matches inside.
func cleanup(diffs []diffmatchpatch.Diff) []diffmatchpatch.Diff {
	lead, trail := pureEdge(diffs), pureEdge(reversed(diffs))
	if lead+trail >= len(diffs) {
		return diffs
	}
	out := slices.Clone(diffs[:lead])
	out = append(out, cleanupCore(diffs[lead:len(diffs)-trail])...)
	out = append(out, diffs[len(diffs)-trail:]...)
	return differ.DiffCleanupMerge(out)
}

// cleanupCore cleans up the stretches between pure gaps (runs that only
// delete or only insert words between two matches) separately: the words
// around an omission or an addition are real matches, and cleaning across
// the gap would let its length swallow them.
func cleanupCore(diffs []diffmatchpatch.Diff) []diffmatchpatch.Diff {
	var out, seg []diffmatchpatch.Diff
	for i := 0; i < len(diffs); {
		if diffs[i].Type == diffmatchpatch.DiffEqual {
			seg = append(seg, diffs[i])
			i++
			continue
		}
		j := i
		for j < len(diffs) && diffs[j].Type != diffmatchpatch.DiffEqual {
			j++
		}
		if pureEdge(diffs[i:j]) == j-i {
			out = append(out, differ.DiffCleanupSemantic(seg)...)
			out = append(out, diffs[i:j]...)
			seg = nil
		} else {
			seg = append(seg, diffs[i:j]...)
		}
		i = j
	}
	return append(out, differ.DiffCleanupSemantic(seg)...)
}

// pureEdge counts the leading runs of diffs that are all deletions or all
// insertions.
func pureEdge(diffs []diffmatchpatch.Diff) int {
	n := 0
	for n < len(diffs) && diffs[n].Type != diffmatchpatch.DiffEqual && diffs[n].Type == diffs[0].Type {
		n++
	}
	if n < len(diffs) && diffs[n].Type != diffmatchpatch.DiffEqual {
		return 0 // both kinds of change at the edge: leave it to the cleanup
	}
	return n
}

func reversed(diffs []diffmatchpatch.Diff) []diffmatchpatch.Diff {
	r := slices.Clone(diffs)
	slices.Reverse(r)
	return r
}

// decode turns rune diffs into word ranges.
func decode(diffs []diffmatchpatch.Diff) []op {
	ops := make([]op, 0, len(diffs))
	i, j := 0, 0
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		if n == 0 {
			continue
		}
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			ops = append(ops, op{opEqual, i, i + n, j, j + n})
			i, j = i+n, j+n
		case diffmatchpatch.DiffDelete:
			ops = append(ops, op{opDelete, i, i + n, j, j})
			i += n
		case diffmatchpatch.DiffInsert:
			ops = append(ops, op{opInsert, i, i, j, j + n})
			j += n
		}
	}
	return ops
}

// alignment summarises how a shorter word sequence lies inside a longer one.
type alignment struct {
	matched    int // words in equal runs
	span       int // words of the longer sequence from the first to the last matched word
	shorterLen int
	wMatched   float64 // summed weight of the matched words
	wShorter   float64 // summed weight of the shorter sequence's words
}

// coverage is the fraction of the shorter sequence's words that are matched.
func (al alignment) coverage() float64 {
	if al.shorterLen == 0 {
		return 0
	}
	return float64(al.matched) / float64(al.shorterLen)
}

// weightedCoverage is the fraction of the shorter sequence's weight that
// is matched: the share of what it says, not of its words, that the
// other has.
func (al alignment) weightedCoverage() float64 {
	if al.wShorter == 0 {
		return 0
	}
	return al.wMatched / al.wShorter
}

// density is the fraction of the longer sequence's aligned span that is matched.
func (al alignment) density() float64 {
	if al.span == 0 {
		return 0
	}
	return float64(al.matched) / float64(al.span)
}

// align measures the local alignment of two sequences of word numbers,
// weighing words by v.
func align(a, b []int32, v *vocab) alignment {
	short, long := a, b
	if len(b) < len(a) {
		short, long = b, a
	}
	al := alignment{shorterLen: len(short)}
	if len(short) == 0 {
		return al
	}
	for _, id := range short {
		al.wShorter += v.weightOf(id)
	}
	if containsSeq(long, short) { // an exact excerpt needs no diff
		al.matched, al.span, al.wMatched = len(short), len(short), al.wShorter
		return al
	}
	first, last := -1, -1
	ops := windowed(long, short, flip(diffIDs(short, long)), func(a, b []int32) []op { return flip(diffIDs(b, a)) })
	for _, o := range flip(ops) {
		if o.kind != opEqual {
			continue
		}
		al.matched += o.a1 - o.a0
		for _, id := range short[o.a0:o.a1] {
			al.wMatched += v.weightOf(id)
		}
		if first < 0 {
			first = o.b0
		}
		last = o.b1
	}
	if first >= 0 {
		al.span = last - first
	}
	return al
}

// flip swaps the two sequences of a diff.
func flip(ops []op) []op {
	out := make([]op, len(ops))
	for i, o := range ops {
		k := o.kind
		switch k {
		case opDelete:
			k = opInsert
		case opInsert:
			k = opDelete
		}
		out[i] = op{k, o.b0, o.b1, o.a0, o.a1}
	}
	return out
}
