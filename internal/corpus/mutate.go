package corpus

import (
	"math/rand/v2"
	"strings"
)

var insertable = []string{"really", "also", "now", "certainly", "still", "just", "absolutely", "simply", "clearly", "actually"}

// mutate applies v.mut to v's words; false when the sentence offers no
// place for that change.
func (v *version) mutate(r *rand.Rand, s *story) bool {
	si := r.IntN(len(v.sents))
	words := v.sents[si]
	var desc string
	switch v.mut {
	case mutNone:
		return true
	case mutInserted:
		words, desc = insertWord(r, words)
	case mutDeleted:
		words, desc = deleteWord(r, words)
	case mutSubstituted:
		words, desc = substituteWord(r, words, v.u.sents[si].swaps)
	case mutReordered:
		words, desc = reorderWord(r, words)
	case mutContraction:
		words, desc = toggleContraction(words)
	case mutPunctuation:
		words, desc = changeComma(r, words)
	case mutTranslation:
		return v.translate()
	case mutJoined:
		return v.join(r, s)
	}
	if desc == "" {
		return false
	}
	v.sents[si] = words
	v.diffs = append(v.diffs, desc)
	return true
}

// plain says whether w is a bare word: no punctuation, marks or capital
// that a move would disturb.
func plain(w string) bool {
	if w == "I" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			if c != '-' {
				return false
			}
		}
	}
	return true
}

func insertWord(r *rand.Rand, words []string) ([]string, string) {
	if len(words) < 3 {
		return words, ""
	}
	i := 1 + r.IntN(len(words)-1)
	w := pick(r, insertable)
	if strings.EqualFold(words[i-1], w) || strings.EqualFold(words[i], w) {
		return words, ""
	}
	out := make([]string, 0, len(words)+1)
	out = append(append(append(out, words[:i]...), w), words[i:]...)
	return out, "inserted '" + w + "'"
}

func deleteWord(r *rand.Rand, words []string) ([]string, string) {
	if len(words) < 5 {
		return words, ""
	}
	for range 8 {
		i := 1 + r.IntN(len(words)-2)
		w := words[i]
		if !plain(w) || words[i-1] == words[i+1] {
			continue
		}
		out := make([]string, 0, len(words)-1)
		out = append(append(out, words[:i]...), words[i+1:]...)
		return out, "deleted '" + w + "'"
	}
	return words, ""
}

func substituteWord(r *rand.Rand, words []string, swaps []swap) ([]string, string) {
	if len(swaps) == 0 {
		return words, ""
	}
	sw := swaps[r.IntN(len(swaps))]
	if sw.i >= len(words) {
		return words, ""
	}
	old := words[sw.i]
	core := strings.TrimRight(old, ",.?")
	repl := sw.w
	if core != lowerFirst(core) {
		repl = upperFirst(repl)
	}
	out := append([]string(nil), words...)
	out[sw.i] = repl + old[len(core):]
	return out, "substituted '" + core + "' with '" + repl + "'"
}

// reorderWord moves one word two places on (or swaps a pair when the
// sentence is short).
func reorderWord(r *rand.Rand, words []string) ([]string, string) {
	for range 8 {
		if len(words) < 5 {
			return words, ""
		}
		i := 1 + r.IntN(len(words)-3)
		j := i + 2
		if j >= len(words)-1 {
			j = i + 1
		}
		if !plain(words[i]) || !plain(words[j]) || words[i] == words[j] {
			continue
		}
		out := append([]string(nil), words...)
		w := out[i]
		copy(out[i:j], out[i+1:j+1])
		out[j] = w
		return out, "reordered '" + w + "'"
	}
	return words, ""
}

func toggleContraction(words []string) ([]string, string) {
	if out, i, ok := expand(words); ok {
		return out, "contraction '" + words[i] + "' spelled out as '" + out[i] + " " + out[i+1] + "'"
	}
	if out, i, ok := contract(words); ok {
		return out, "contraction '" + words[i] + " " + words[i+1] + "' printed as '" + out[i] + "'"
	}
	return words, ""
}

// changeComma drops a comma inside the sentence, or adds one.
func changeComma(r *rand.Rand, words []string) ([]string, string) {
	out := append([]string(nil), words...)
	for i := 0; i+1 < len(out); i++ {
		if strings.HasSuffix(out[i], ",") {
			out[i] = strings.TrimSuffix(out[i], ",")
			return out, "punctuation: comma dropped"
		}
	}
	if len(out) < 6 {
		return words, ""
	}
	i := 2 + r.IntN(len(out)-4)
	if !plain(out[i]) {
		return words, ""
	}
	out[i] += ","
	return out, "punctuation: comma added"
}

// translate prints every sentence in its second translation.
func (v *version) translate() bool {
	changed := false
	for i, sp := range v.u.sents {
		v.sents[i] = append([]string(nil), sp.alt...)
		changed = changed || strings.Join(sp.alt, " ") != strings.Join(sp.words, " ")
	}
	if changed {
		v.diffs = append(v.diffs, "different translation: synonyms throughout")
	}
	return changed
}

// join prints a sentence no other outlet has with the utterance.
func (v *version) join(r *rand.Rand, s *story) bool {
	sp := (&speech{r: r, t: s.t}).sentence()
	extra := append([]string(nil), sp.words...)
	if r.IntN(3) == 0 {
		v.sents = append([][]string{extra}, v.sents...)
	} else {
		v.sents = append(v.sents, extra)
	}
	v.diffs = append(v.diffs, "joined with a sentence no other outlet prints")
	return true
}
