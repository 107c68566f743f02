package align

import (
	"cmp"

	"github.com/quotecheck/quotecheck/quotes"
)

// quoteItems makes the matcher's view of quotations, weighted by a
// vocabulary of the whole set. With join, the parts of each extracted utterance (quotations of
// one source with one Utterance) make one item; without, each quotation is
// an item. It gives the items and each quotation's item.
func quoteItems(qs []quotes.Quote, join bool) ([]item, []int32, *vocab) {
	return quoteItemsWith(qs, join, nil)
}

// wordsChunk is how many quotations eachWords tokenises at once.
const wordsChunk = 4096

// eachWords gives f the words of the quotations, as the matcher compares
// them, a chunk at a time in order: lo is the index of the chunk's first
// quotation. Each chunk is tokenised in parallel, and no more than one
// chunk's words are held at once.
func eachWords(qs []quotes.Quote, f func(lo int, words [][]string)) {
	words := make([][]string, min(wordsChunk, len(qs)))
	for lo := 0; lo < len(qs); lo += wordsChunk {
		ws := words[:min(wordsChunk, len(qs)-lo)]
		parallel(len(ws), func(k int) { ws[k] = matchTokens(qs[lo+k].Text) })
		f(lo, ws)
		clear(ws)
	}
}

// quoteItemsWith is quoteItems weighing words by st when it is not nil.
func quoteItemsWith(qs []quotes.Quote, join bool, st *Stats) ([]item, []int32, *vocab) {
	var items []item
	var itemOf []int32
	v := newVocab()
	if join {
		items, itemOf = joinedItems(qs, v)
	} else {
		items, itemOf = singleItems(qs, v, nil)
	}
	if st != nil {
		v.finishWith(st)
	} else {
		v.finish()
	}
	return items, itemOf, v
}

// singleItems makes one item of each quotation, numbering its words in v
// as they are read, so that the words of a large set are never all held.
// When seen is not nil, it is given each chunk of words (see eachWords)
// too, before they are dropped.
func singleItems(qs []quotes.Quote, v *vocab, seen func(lo int, words [][]string)) ([]item, []int32) {
	items, itemOf := make([]item, len(qs)), make([]int32, len(qs))
	utt := uttNumbers{}
	eachWords(qs, func(lo int, words [][]string) {
		if seen != nil {
			seen(lo, words)
		}
		for k, ws := range words {
			i, q := lo+k, &qs[lo+k]
			u := utt.of(q)
			it := newItem(ws, q.Source, personOf(q), q.Context, q.Kind == quotes.KindFragment)
			it.utt, it.continues = u, continuesSentence(q.Text)
			it.org = orgOf(q)
			it.orgK = quotes.SpeakerKey(it.org)
			it.setIDs(v.add(ws))
			it.words = nil // the matcher compares word numbers
			items[i], itemOf[i] = it, int32(i)
		}
	})
	return items, itemOf
}

// uttNumbers numbers the extracted utterances (quotations of one source
// with one Utterance) in the order their first quotations come.
type uttNumbers map[string]int32

// of gives the number of q's utterance.
func (n uttNumbers) of(q *quotes.Quote) int32 {
	key := q.Source + "\x00" + cmp.Or(q.Utterance, q.ID)
	u, ok := n[key]
	if !ok {
		u = int32(len(n))
		n[key] = u
	}
	return u
}

// joinedItems makes one item of the parts of each extracted utterance
// (quotations of one source with one Utterance), numbering words in v.
func joinedItems(qs []quotes.Quote, v *vocab) ([]item, []int32) {
	var items []item
	itemOf := make([]int32, len(qs))
	utt := uttNumbers{}
	at := map[int32]int32{} // utterance -> item
	fragment, continues := []bool{}, []bool{}
	for i, q := range qs {
		u := utt.of(&q)
		n, ok := at[u]
		if !ok {
			n = int32(len(items))
			at[u] = n
			items = append(items, item{source: q.Source, utt: u})
			fragment, continues = append(fragment, true), append(continues, false)
		}
		itemOf[i] = n
		it := &items[n]
		it.words = append(it.words, matchTokens(q.Text)...)
		it.speaker, it.context = cmp.Or(it.speaker, personOf(&q)), cmp.Or(it.context, q.Context)
		it.org = cmp.Or(it.org, orgOf(&q))
		fragment[n] = fragment[n] && q.Kind == quotes.KindFragment
		continues[n] = continuesSentence(q.Text)
	}
	for n := range items {
		it := &items[n]
		u, org := it.utt, it.org
		*it = newItem(it.words, it.source, it.speaker, it.context, fragment[n])
		it.utt, it.continues, it.org, it.orgK = u, continues[n], org, quotes.SpeakerKey(org)
		it.setIDs(v.add(it.words))
		it.words = nil
	}
	return items, itemOf
}
