package align

import (
	"encoding/json"

	"github.com/quotecheck/quotecheck/quotes"
)

// Blocking is the one test that splits a corpus into blocks (see the
// comment on the constants of block.go): the keys a quotation is looked up
// under, which quotations sharing a key link their sources, and the
// sources' blocks. Align uses it on the whole set at once; a pipeline that
// sees the corpus a piece at a time (beam/) calls the same methods stage
// by stage and gets the same blocks.
type Blocking struct{ st *Stats }

// Blocking gives the blocking of the corpus st has counted.
func (st *Stats) Blocking() Blocking { return Blocking{st} }

// Splits reports whether the counted corpus is large enough to be split
// into blocks; a smaller one is aligned as one.
func (b Blocking) Splits() bool { return b.st.splits() }

// Keys gives the keys under which quotation q looks for the quotations it
// may link with: its rarest word pairs that another quotation has too. A
// quotation of a short phrase has none: it links nothing.
func (b Blocking) Keys(q *quotes.Quote) []uint64 {
	return b.st.signature(matchTokens(q.Text))
}

// Links gives each pair of sources that two quotations of group link: the
// quotations found under one key, in corpus order. Of a large group each
// quotation is compared only with its nearest few, enough to chain it.
func (b Blocking) Links(group []quotes.Quote) [][2]string {
	items, _, v := quoteItemsWith(group, false, b.st)
	var out [][2]string
	for _, p := range groupPairs(len(group)) {
		x, y := &items[p[0]], &items[p[1]]
		if x.source != y.source && strongMatch(x, y, v) {
			out = append(out, [2]string{x.source, y.source})
		}
	}
	return out
}

// Forest joins linked sources into blocks. A block is named by its
// smallest source ID, so the name depends neither on the order the links
// come in nor on how they were split among workers. The zero Forest is
// not ready: use NewForest.
type Forest struct {
	parent map[string]string
}

// NewForest gives a forest of no links.
func NewForest() Forest { return Forest{parent: map[string]string{}} }

// Join puts sources a and b in one block.
func (f Forest) Join(a, b string) {
	r := min(f.Block(a), f.Block(b))
	f.point(a, r)
	f.point(b, r)
}

// point makes every source on the path from s to its root, the root
// included, a child of r, so that later look-ups are short.
func (f Forest) point(s, r string) {
	for {
		p, ok := f.parent[s]
		f.parent[s] = r
		if !ok || p == s || p == r {
			return
		}
		s = p
	}
}

// Add joins the blocks of g (another worker's links) into f.
func (f Forest) Add(g Forest) {
	for s, p := range g.parent {
		f.Join(s, p)
	}
}

// Block gives the name of source s's block: the smallest source ID in it.
// It only reads the forest, so it may be called from many goroutines.
func (f Forest) Block(s string) string {
	for {
		p, ok := f.parent[s]
		if !ok || p == s {
			return s
		}
		s = p
	}
}

// MarshalJSON encodes the forest as its sources' parents.
func (f Forest) MarshalJSON() ([]byte, error) { return json.Marshal(f.parent) }

// UnmarshalJSON decodes a forest MarshalJSON encoded.
func (f *Forest) UnmarshalJSON(b []byte) error {
	f.parent = map[string]string{}
	return json.Unmarshal(b, &f.parent)
}

// numbers gives the block of each quotation's source, numbered from 0 in
// order of first quotation.
func (f Forest) numbers(qs []quotes.Quote) []int {
	num := map[string]int{}
	out := make([]int, len(qs))
	for i := range qs {
		r := f.Block(qs[i].Source)
		n, ok := num[r]
		if !ok {
			n = len(num)
			num[r] = n
		}
		out[i] = n
	}
	return out
}
