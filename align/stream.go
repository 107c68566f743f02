package align

import (
	"strconv"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// buildBatch is how many utterances AlignEach builds at once, in parallel,
// before handing them on.
const buildBatch = 512

// AlignEach aligns as Align does and gives emit the utterances one at a
// time, in Align's order and numbered alike, so that a caller writing
// them out need not hold them all. It stops at emit's first error and
// returns it.
func AlignEach(srcs []*sources.Source, qs []quotes.Quote, opts Options, emit func(*Utterance) error) error {
	info := sourceTable(srcs, qs)
	tx := NewTranscripts(srcs).WithArticles(srcs)
	var members [][]int
	for i, g := range groupQuotes(qs, opts.BlockFrom) {
		if g == len(members) {
			members = append(members, nil)
		}
		members[g] = append(members[g], i)
	}
	build := func(start int) []Utterance {
		batch := make([]Utterance, min(buildBatch, len(members)-start))
		parallel(len(batch), func(k int) {
			batch[k] = buildUtterance("u"+strconv.Itoa(start+k+1), qs, members[start+k], info, opts, tx)
		})
		return batch
	}
	// each batch is built while the one before it is handed on
	next := make(chan []Utterance, 1)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(next)
		for start := 0; start < len(members); start += buildBatch {
			select {
			case next <- build(start):
			case <-stop:
				return
			}
		}
	}()
	for batch := range next {
		for k := range batch {
			if err := emit(&batch[k]); err != nil {
				return err
			}
			batch[k] = Utterance{}
		}
	}
	return nil
}
