package align

import "math"

// vocab numbers the distinct normalised words of a quotation set (from 1)
// and weighs each by how informative it is in that set: a word most
// quotations have ("the", "is going to") says little about which
// utterance a quotation is; one few have says much.
type vocab struct {
	ids    map[string]int32
	df     []int32   // df[id]: how many items have the word
	weight []float32 // weight[id], filled by finish
	n      int       // items counted
}

func newVocab() *vocab {
	return &vocab{ids: map[string]int32{}, df: []int32{0}}
}

// add numbers words, adding new ones, and counts them for one item.
func (v *vocab) add(words []string) []int32 {
	ids := make([]int32, len(words))
	for i, w := range words {
		id, ok := v.ids[w]
		if !ok {
			id = int32(len(v.df))
			v.ids[w] = id
			v.df = append(v.df, 0)
		}
		ids[i] = id
		if v.df[id] >= 0 {
			v.df[id] = -v.df[id] - 1 // mark as counted for this item
		}
	}
	for _, id := range ids {
		if v.df[id] < 0 {
			v.df[id] = -v.df[id]
		}
	}
	v.n++
	return ids
}

// lookup numbers words without adding them; a word the vocabulary lacks
// gets a number above all others (the same number for the same word).
func (v *vocab) lookup(words []string) []int32 {
	ids := make([]int32, len(words))
	var extra map[string]int32
	for i, w := range words {
		id, ok := v.ids[w]
		if !ok {
			if extra == nil {
				extra = map[string]int32{}
			}
			if id, ok = extra[w]; !ok {
				id = int32(len(v.df) + len(extra))
				extra[w] = id
			}
		}
		ids[i] = id
	}
	return ids
}

// finish computes the words' weights once every item has been added.
func (v *vocab) finish() {
	v.weight = make([]float32, len(v.df))
	for id, df := range v.df {
		v.weight[id] = float32(wordWeight(int(df), v.n))
	}
}

// finishWith weighs the words by corpus-wide counts instead of the
// vocabulary's own.
func (v *vocab) finishWith(st *Stats) {
	v.weight = make([]float32, len(v.df))
	v.weight[0] = 1
	for w, id := range v.ids {
		v.weight[id] = float32(wordWeight(int(max(st.Words[w], 1)), st.Quotes))
	}
}

// weightScale is the set size past which a word's weight depends only on
// the share of items that have it, not on how many items there are.
const weightScale = 5000

// minWeightedItems is the fewest items whose word frequencies are trusted
// for weighting: with fewer, every quotation is about one story and its
// words' frequencies say more about the story than about the language.
const minWeightedItems = 20

// wordWeight weighs a word that df of n items have, from 0 to 1.
//
// The weight is the word's inverse document frequency, log(n/df), over
// the most it can be, log(n), raised to the power 1.5: 1 for a word only
// one quotation has, 0 for one every quotation has. Frequent words thus
// count for little, in proportion to how frequent they are in the very
// set being aligned, so the weighting adapts to its topic and language
// with no word list. The power sharpens the contrast between a story's
// own words and the stock phrases every story uses ("the end of the
// year", "the people of"), which plain IDF ranks only a little lower.
// In a set too small to tell (n below minWeightedItems) every word weighs 1.
func wordWeight(df, n int) float64 {
	if n < minWeightedItems || df <= 1 {
		return 1
	}
	if df >= n {
		return 0
	}
	r := min(math.Log(float64(n)/float64(df))/math.Log(float64(min(n, weightScale))), 1)
	return r * math.Sqrt(r)
}

// weightOf gives a word's weight; a word the vocabulary lacks weighs 1.
func (v *vocab) weightOf(id int32) float64 {
	if int(id) < len(v.weight) && id > 0 {
		return float64(v.weight[id])
	}
	return 1
}

// weightOfAll sums the weights of words ids.
func (v *vocab) weightOfAll(ids []int32) float64 {
	var w float64
	for _, id := range ids {
		w += v.weightOf(id)
	}
	return w
}
