package align

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

//go:embed vocab/spoken.txt
var spokenFile string

// answerForms maps spoken answer particles to their plain form ("nope" →
// "no"), fillers lists hesitation sounds and negations the words whose
// loss is never a cleaned-up repetition, from vocab/spoken.txt.
var answerForms, fillers, negations = readSpoken(spokenFile)

func readSpoken(file string) (answers map[string]string, fill, neg map[string]bool) {
	answers, fill, neg = map[string]string{}, map[string]bool{}, map[string]bool{}
	for _, line := range strings.Split(file, "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 3 && f[0] == "answer":
			answers[f[1]] = f[2]
		case len(f) == 2 && f[0] == "filler":
			fill[f[1]] = true
		case len(f) == 2 && f[0] == "negation":
			neg[f[1]] = true
		}
	}
	return answers, fill, neg
}

// answerFold gives words with answer particles in their plain form.
func answerFold(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w
		if f, ok := answerForms[w]; ok {
			out[i] = f
		}
	}
	return out
}

// shortCandidate is a sentence of the transcript a short answer may be.
type shortCandidate struct {
	lo, hi int // its words
	exact  bool
	score  float64
}

// maxAlternatives is how many places an ambiguous short answer lists.
const maxAlternatives = 5

// findShort matches a short quotation ("Nope.", "I do."): among the
// sentences of the credited speaker's turns that say it, allowing a
// spoken variant of an answer particle, the one whose question and turn
// share the most informative words with the article's context. Without
// such agreement several candidates are reported as ambiguous, never one
// confirmed by coincidence. A short phrase woven into the writer's
// sentence (not Whole) is confirmed where it stands verbatim.
func (t *tscript) findShort(probe wording, p ProbeQuote, credited string) (TranscriptCheck, bool) {
	if credited == "" || !t.speaks(credited) {
		return TranscriptCheck{}, false // words this short prove nothing of who said them
	}
	mine := func(who string) bool { return who == credited || (credited == "" && who != questioner) }
	notSaid := TranscriptCheck{Status: NotSaid, Note: "not in " + t.name()}
	if !p.Whole {
		if cs := t.phraseCandidates(probe, mine); len(cs) > 0 {
			return TranscriptCheck{Status: SaidByCredited, Passage: t.passage(t.who[t.words[cs[0].lo].turn], cs[0].lo, cs[0].hi)}, true
		}
		return notSaid, true
	}
	cands := t.shortCandidates(probe, mine)
	ctx := contextWords(p.Context, p.Speaker, probe)
	if len(cands) == 0 {
		if c, ok := t.answeredByOther(probe, ctx, credited); ok {
			return c, true
		}
		return notSaid, true // an answer printed as a sentence is not a word inside another
	}
	for i := range cands {
		cands[i].score = t.topicScore(ctx, cands[i].lo)
	}
	slices.SortStableFunc(cands, func(a, b shortCandidate) int {
		if a.score != b.score {
			return -cmpFloat(a.score, b.score)
		}
		if a.exact != b.exact {
			if a.exact {
				return -1
			}
			return 1
		}
		return a.lo - b.lo
	})
	best := cands[0]
	clear := best.score >= minTopicScore && (len(cands) == 1 || cands[1].score < best.score)
	if clear || (len(cands) == 1 && best.exact) {
		who := t.who[t.words[best.lo].turn]
		return TranscriptCheck{Status: SaidByCredited, Passage: t.passage(who, best.lo, best.hi)}, true
	}
	c := TranscriptCheck{Status: Ambiguous}
	cands = cands[:min(len(cands), maxAlternatives)]
	slices.SortFunc(cands, func(a, b shortCandidate) int { return a.lo - b.lo })
	for _, cd := range cands {
		c.Alternatives = append(c.Alternatives, *t.passage(t.who[t.words[cd.lo].turn], cd.lo, cd.hi))
	}
	var lines []string
	for _, a := range c.Alternatives {
		lines = append(lines, fmt.Sprint(a.Line))
	}
	c.Note = fmt.Sprintf("%q stands %d times in %s (lines %s) and the article's context does not say which answer it is",
		probe.s, len(cands), t.name(), strings.Join(lines, ", "))
	return c, true
}

// answeredByOther finds a short answer the credited speaker never gives
// in another speaker's turn, placed by the question or topic the
// article's context names (ctx): "Asked whether the crane was safe, Oduya
// said: 'Yes.'" when Lee is the one who answered "Yes." to "Is the crane
// safe?". Only an answer the context places clearly counts: one short
// answer standing in many turns is no evidence of who gave this one.
func (t *tscript) answeredByOther(probe wording, ctx []string, credited string) (TranscriptCheck, bool) {
	cands := t.shortCandidates(probe, func(who string) bool { return who != credited && who != questioner })
	best, clear := -1, false
	for i := range cands {
		cands[i].score = t.topicScore(ctx, cands[i].lo)
		switch {
		case best < 0 || cands[i].score > cands[best].score:
			best, clear = i, true
		case cands[i].score == cands[best].score:
			clear = false
		}
	}
	if best < 0 || !clear || cands[best].score < minTopicScore {
		return TranscriptCheck{}, false
	}
	p := t.passage(t.who[t.words[cands[best].lo].turn], cands[best].lo, cands[best].hi)
	return TranscriptCheck{Status: SaidByOther, Passage: p, Note: t.saidBy(p)}, true
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// shortCandidates lists the sentences of speakers mine accepts whose
// words are the quotation's, answer particles folded.
func (t *tscript) shortCandidates(probe wording, mine func(string) bool) []shortCandidate {
	want := answerFold(probe.norms())
	var out []shortCandidate
	for lo := 0; lo < len(t.words); {
		hi := lo
		for hi+1 < len(t.words) && t.words[hi+1].turn == t.words[lo].turn && !t.words[hi].sentEnd {
			hi++
		}
		if hi-lo+1 == len(want) && mine(t.who[t.words[lo].turn]) {
			var got []string
			for i := lo; i <= hi; i++ {
				got = append(got, t.words[i].norm)
			}
			if slices.Equal(answerFold(got), want) {
				out = append(out, shortCandidate{lo: lo, hi: hi, exact: slices.Equal(got, probe.norms())})
			}
		}
		lo = hi + 1
	}
	return out
}

// phraseCandidates lists where the quotation's words stand verbatim
// inside longer sentences of speakers mine accepts, as whole sentences.
func (t *tscript) phraseCandidates(probe wording, mine func(string) bool) []shortCandidate {
	ws := probe.norms()
	var out []shortCandidate
	for _, at := range t.pos[ws[0]] {
		if at+len(ws) > len(t.words) || !mine(t.who[t.words[at].turn]) {
			continue
		}
		ok := true
		for k, w := range ws {
			ok = ok && t.words[at+k].norm == w && t.words[at+k].turn == t.words[at].turn
		}
		if ok {
			lo, hi := t.sentenceRange(at, at+len(ws)-1)
			out = append(out, shortCandidate{lo: lo, hi: hi})
		}
	}
	return out
}

// minTopicLetters is the fewest letters a context word needs to say
// what a question was about: shorter words ("for", "the", "was") are
// the grammar every question shares.
const minTopicLetters = 4

// minTopicScore is the least agreement between an article's context and
// a question for a short answer to be placed: about one word that few
// sentences of the transcript have.
const minTopicScore = 2.5

// contextWords gives the distinct words of an article's context around
// a quotation, leaving out the quotation's own words, its speaker's name
// (which every turn of theirs agrees with) and short grammar words.
func contextWords(context, speaker string, probe wording) []string {
	own := map[string]bool{}
	for _, tk := range append(probe.toks, tokenize(speaker)...) {
		own[tk.norm] = true
	}
	var out []string
	seen := map[string]bool{}
	for _, tk := range tokenize(context) {
		if !own[tk.norm] && !seen[tk.norm] && utf8.RuneCountInString(tk.norm) >= minTopicLetters {
			seen[tk.norm] = true
			out = append(out, tk.norm)
		}
	}
	return out
}

// topicTurns is how many turns before an answer's are read as the
// question or topic it answers.
const topicTurns = 2

// topicScore weighs how well the article's context words agree with the
// topic of the turn holding word at: its question, the turns just before
// it by others. Each context word counts once, by how
// rare it is in the transcript; a word agrees with another of the same
// stem ("regretted", "regret").
func (t *tscript) topicScore(ctx []string, at int) float64 {
	turn := t.words[at].turn
	topic := map[string]bool{}
	for ti := max(turn-topicTurns, 0); ti < turn; ti++ {
		if t.who[ti] == t.who[turn] {
			continue
		}
		for i := t.first[ti]; i < t.first[ti+1]; i++ {
			topic[t.words[i].norm] = true
		}
	}
	score := 0.0
	for _, w := range ctx {
		if agrees(w, topic) {
			score += t.idf[w]
			if t.idf[w] == 0 {
				score += t.idfOfStem(w)
			}
		}
	}
	return score
}

// minStem is the fewest letters two words share at their start to be
// taken for one word's forms ("regret", "regretted").
const minStem = 5

func agrees(w string, topic map[string]bool) bool {
	if topic[w] {
		return true
	}
	if len(w) < minStem {
		return false
	}
	for x := range topic {
		if len(x) >= minStem && commonPrefix(w, x) >= minStem && commonPrefix(w, x) >= min(len(w), len(x))-3 {
			return true
		}
	}
	return false
}

// idfOfStem weighs a context word the transcript has only in another form.
func (t *tscript) idfOfStem(w string) float64 {
	best := 0.0
	for x, v := range t.idf {
		if len(x) >= minStem && commonPrefix(w, x) >= minStem && v > best {
			best = v
		}
	}
	return best
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
