package align

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// Blocking splits a corpus into blocks of sources that may share an
// utterance, so that each block is aligned alone: candidate search, word
// alignment and clustering see one block at a time, with word weights
// from the whole corpus (Stats). Two sources are in one block when a chain
// of links joins them. A link is two quotations of different sources that
// are plainly one utterance: they share one of their SignatureKeys (their
// rarest word pairs), and the matching rule accepts them with informative
// words covering most of the shorter, or, when both credit one person,
// a long run of words nearly all alike; an excerpt or a short line links
// only quotations credited to one person (see strongMatch). A story's outlets
// print its main remarks nearly alike, so one strong match per outlet
// brings the story together, while a shared stock phrase links nothing.
// Since a block holds whole sources, everything decided within one source
// (parts of a split utterance, a headline's echo of the body) stays inside
// one block, and the outcome depends on neither the block sizes nor on
// how the corpus was split into shards.
const (
	// signatureKeys is how many of a quotation's rarest word pairs are
	// its signature.
	signatureKeys = 4

	// allPairsGroup is the most quotations sharing a signature key that are
	// all compared with one another; past it each is compared with its
	// LinkWindow nearest in order, enough to chain a large group.
	allPairsGroup = 24

	// linkWindow is how many following quotations of a large group each
	// one is compared with.
	linkWindow = 4

	// linkCoverage is the weighted coverage of the shorter quotation that
	// makes a match strong enough to link two sources.
	linkCoverage = 0.8
)

// defaultBlockFrom is the fewest quotations that are split into blocks
// (Stats.BlockFrom, Options.BlockFrom unset): a smaller set is one block,
// where every weak match counts (a lone "Nope." credited to one speaker in
// two articles that share nothing else), and it is small enough to align
// whole.
const defaultBlockFrom = 10000

// Stats are the corpus-wide counts that weigh words and form blocks:
// computed once over every quotation (or added up from shards with Add)
// and shared by every block.
type Stats struct {
	Quotes int              `json:"quotes"` // quotations counted
	Words  map[string]int32 `json:"words"`  // quotations having each normalised word
	Keys   map[uint64]int32 `json:"keys"`   // quotations having each word pair
	// BlockFrom is the fewest quotations that are split into blocks; 0
	// means 10000. Tests lower it to split small sets.
	BlockFrom int `json:"block_from,omitempty"`
}

// splits reports whether the counted corpus is large enough to be split
// into blocks; a smaller one is aligned as one.
func (st *Stats) splits() bool {
	return st.Quotes >= cmp.Or(st.BlockFrom, defaultBlockFrom)
}

// NewStats makes empty counts.
func NewStats() *Stats {
	return &Stats{Words: map[string]int32{}, Keys: map[uint64]int32{}}
}

// CountStats counts the words and word pairs of quotations.
func CountStats(qs []quotes.Quote) *Stats {
	st := NewStats()
	eachWords(qs, func(_ int, words [][]string) {
		for _, ws := range words {
			st.countOne(ws)
		}
	})
	return st
}

// Count adds one quotation to the counts.
func (st *Stats) Count(q *quotes.Quote) {
	st.countOne(matchTokens(q.Text))
}

// countOne adds one quotation's words to the counts.
func (st *Stats) countOne(ws []string) {
	seen := make(map[string]bool, len(ws))
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			st.Words[w]++
		}
	}
	for _, k := range pairKeys(ws) {
		st.Keys[k]++
	}
	st.Quotes++
}

// Add adds the counts of o (another shard's) to st.
func (st *Stats) Add(o *Stats) {
	st.Quotes += o.Quotes
	st.BlockFrom = cmp.Or(st.BlockFrom, o.BlockFrom)
	for w, n := range o.Words {
		st.Words[w] += n
	}
	for k, n := range o.Keys {
		st.Keys[k] += n
	}
}

// pairKeys gives the distinct keys of consecutive word pairs, sorted; a
// one-word quotation's key is its word.
func pairKeys(ws []string) []uint64 {
	keys := make([]uint64, 0, len(ws))
	for j := range ws {
		if j+1 < len(ws) || j == 0 {
			keys = append(keys, wordPairKey(ws[j:min(j+2, len(ws))]))
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// wordPairKey hashes words: the same in every process, so shards keyed
// apart agree.
func wordPairKey(ws []string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211 // FNV-1a, 64 bits
	h := uint64(offset)
	for _, w := range ws {
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i])) * prime
		}
		h *= prime // the 0 byte after each word
	}
	return h
}

// signature is Blocking.Keys of a quotation's matchTokens.
func (st *Stats) signature(ws []string) []uint64 {
	if len(ws) <= shortPhraseWords {
		return nil
	}
	type counted struct {
		n int32
		k uint64
	}
	var shared []counted // each count looked up once: the map is the corpus's largest
	for _, k := range pairKeys(ws) {
		if n := st.Keys[k]; n >= 2 {
			shared = append(shared, counted{n, k})
		}
	}
	slices.SortFunc(shared, func(a, b counted) int { return cmp.Or(cmp.Compare(a.n, b.n), cmp.Compare(a.k, b.k)) })
	keys := make([]uint64, min(len(shared), signatureKeys))
	for i := range keys {
		keys[i] = shared[i].k
	}
	return keys
}

// groupPairs gives the pairs (indexes) of an ordered group of n
// quotations sharing a signature key that are compared for a link.
func groupPairs(n int) [][2]int {
	var out [][2]int
	for i := range n {
		end := n
		if n > allPairsGroup {
			end = min(n, i+1+linkWindow)
		}
		for j := i + 1; j < end; j++ {
			out = append(out, [2]int{i, j})
		}
	}
	return out
}

// strongMatch reports whether two items of different sources are plainly
// one utterance: the test that links sources into one block. One person's long sentence reprinted
// nearly word for word counts, however common its words are in a large
// corpus (see verbatimWords). Unless both credit one person, the match
// must hold half the longer quotation: a few words of a remark ("close
// the ferry pier") may be a stock phrase of many stories. Credited to
// two people, it must also be a long run (verbatimWords): "We are not
// ready." is anyone's line, while a long remark credited to another
// person is a story's remark misattributed.
func strongMatch(a, b *item, v *vocab) bool {
	al, ok := matchItems(a, b, v)
	if !ok || a.conflicts(b) && al.matched < verbatimWords ||
		!a.agrees(b) && 2*al.matched < max(len(a.ids), len(b.ids)) {
		return false
	}
	return al.wMatched >= minInformative && al.weightedCoverage() >= linkCoverage ||
		a.agrees(b) && al.matched >= verbatimWords && al.coverage() >= linkCoverage
}

// signaturePairs gives the pairs of quotations of different sources that
// share a key of their signatures sigs (which it drops) and groupPairs
// compares, each as the first quotation's index in the high half and the
// second's in the low half, the first lower.
func signaturePairs(sigs [][]uint64, srcOf []int32) []uint64 {
	type keyed struct {
		k uint64
		i int32
	}
	var byKey []keyed // a sorted list, lighter than a map of groups
	for i, ks := range sigs {
		for _, k := range ks {
			byKey = append(byKey, keyed{k, int32(i)})
		}
		sigs[i] = nil
	}
	slices.SortFunc(byKey, func(a, b keyed) int { return cmp.Or(cmp.Compare(a.k, b.k), cmp.Compare(a.i, b.i)) })
	eachGroup := func(f func(a, b int32)) {
		for lo := 0; lo < len(byKey); {
			hi := lo + 1
			for hi < len(byKey) && byKey[hi].k == byKey[lo].k {
				hi++
			}
			g := byKey[lo:hi]
			for _, p := range groupPairs(len(g)) {
				if a, b := g[p[0]].i, g[p[1]].i; srcOf[a] != srcOf[b] {
					f(a, b)
				}
			}
			lo = hi
		}
	}
	n := 0
	eachGroup(func(int32, int32) { n++ })
	cands := make([]uint64, 0, n) // counted first: the largest slice of the pass
	eachGroup(func(a, b int32) { cands = append(cands, uint64(a)<<32|uint64(b)) })
	return cands
}

// componentNumbers numbers the sets of uf from 0 in order of their first
// member.
func componentNumbers(uf unionFind) []int {
	out := make([]int, len(uf))
	num := map[int32]int{}
	for i, f := range firstMembers(uf) {
		if f == int32(i) {
			num[f] = len(num)
		}
		out[i] = num[f]
	}
	return out
}

// firstMembers gives each element of uf the index of its set's first
// member.
func firstMembers(uf unionFind) unionFind {
	out := make(unionFind, len(uf))
	firstOf := map[int32]int32{}
	for i := range uf {
		r := uf.find(int32(i))
		f, ok := firstOf[r]
		if !ok {
			f = int32(i)
			firstOf[r] = f
		}
		out[i] = f
	}
	return out
}

// Blocks gives the block of each quotation (numbered from 0 in order of
// first quotation) of qs, the whole set b's counts were taken of.
// Quotations of one source are always in one block.
func (b Blocking) Blocks(qs []quotes.Quote) []int {
	return sourceBlocks(qs, b.st)
}

// AlignBlock aligns the quotations of one block, weighing words by st,
// the counts of the whole corpus. qs must hold every quotation of the
// block's sources, in the order the whole corpus has them; the
// utterances are those Align gives the whole corpus for them, numbered
// "u1", "u2", ... within the block.
func AlignBlock(srcs []*sources.Source, qs []quotes.Quote, st *Stats, opts Options) []Utterance {
	info := sourceTable(srcs, qs)
	tx := NewTranscripts(srcs).WithArticles(srcs)
	var members [][]int
	for i, g := range componentNumbers(groupBlock(qs, st)) {
		if g == len(members) {
			members = append(members, nil)
		}
		members[g] = append(members[g], i)
	}
	out := make([]Utterance, len(members))
	parallel(len(members), func(g int) {
		out[g] = buildUtterance("u"+strconv.Itoa(g+1), qs, members[g], info, opts, tx)
	})
	return out
}

// sourceBlocks gives the block of each quotation's source (see Blocking),
// numbered in order of first quotation.
func sourceBlocks(qs []quotes.Quote, st *Stats) []int {
	if !st.splits() {
		return make([]int, len(qs))
	}
	srcOf := make([]int32, len(qs))
	num := map[string]int32{}
	for i := range qs {
		n, ok := num[qs[i].Source]
		if !ok {
			n = int32(len(num))
			num[qs[i].Source] = n
		}
		srcOf[i] = n
	}
	sigs := make([][]uint64, len(qs))
	v := newVocab()
	items, _ := singleItems(qs, v, func(lo int, words [][]string) { // one tokenising for both
		parallel(len(words), func(k int) { sigs[lo+k] = st.signature(words[k]) })
	})
	v.finishWith(st)
	cands := signaturePairs(sigs, srcOf)
	slices.Sort(cands)
	cands = slices.Compact(cands)
	strong := make([]bool, len(cands))
	parallel(len(cands), func(k int) {
		strong[k] = strongMatch(&items[cands[k]>>32], &items[uint32(cands[k])], v)
	})
	f := NewForest()
	for k, c := range cands {
		if strong[k] {
			f.Join(qs[c>>32].Source, qs[uint32(c)].Source)
		}
	}
	return f.numbers(qs)
}
