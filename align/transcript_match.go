package align

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/quotes"
)

// shortAnswerWords is the most words a quotation may have to count as a
// short answer ("No.", "I do.", "Not yet."): words that many turns of a
// transcript may hold, matched only where the article's context agrees
// with the question or topic the turn answers.
const shortAnswerWords = quotes.ShortWords

// Shares of a quotation's words, in order, that a transcript passage must
// hold: for the credited speaker's words (a misquote still matches), and
// for words said by someone else to be reported as theirs.
const (
	minSaidShare  = 0.6
	minOtherShare = 0.8
	// minOtherWords is the fewest words a quotation needs for it to be
	// credited to someone else on the strength of their wording alone.
	minOtherWords = 5
)

// find looks for one quotation in one transcript.
func (t *tscript) find(probe wording, p ProbeQuote) (TranscriptCheck, bool) {
	credited := surname(p.Speaker)
	if len(probe.toks) <= shortAnswerWords && credited == "" {
		return t.findUncredited(probe, p)
	}
	if len(probe.toks) <= shortAnswerWords {
		return t.findShort(probe, p, credited)
	}
	need := minOtherShare
	if credited == "" || t.speaks(credited) {
		need = minSaidShare
	}
	if t.presentShare(probe) < need { // its words are not there to be matched: no alignment needed
		if credited != "" && t.speaks(credited) {
			return TranscriptCheck{Status: NotSaid, Note: "not in " + t.name()}, true
		}
		return TranscriptCheck{}, false
	}
	mine, other := t.bestPassages(probe, credited)
	n := float64(len(probe.toks))
	switch {
	case mine != nil && mine.score >= minSaidShare && !(other != nil && other.score >= minOtherShare && other.score > mine.score+0.3):
		return TranscriptCheck{Status: SaidByCredited, Passage: mine.passage}, true
	case other != nil && other.score >= minOtherShare && n >= minOtherWords && (credited != "" || other.who != questioner):
		st := SaidByOther
		if credited == "" || (t.role[other.who] && !t.speaks(credited)) {
			// an unnamed speaker, or a label standing for people it does
			// not name ("SENIOR ADMINISTRATION OFFICIAL"): the words can be
			// checked, not who said them
			st = SaidByCredited
		}
		c := TranscriptCheck{Status: st, Passage: other.passage}
		if st == SaidByOther {
			c.Note = t.saidBy(other.passage)
		}
		return c, true
	case credited != "" && t.speaks(credited):
		return TranscriptCheck{Status: NotSaid, Note: "not in " + t.name()}, true
	}
	return TranscriptCheck{}, false
}

// findUncredited checks a short phrase with no speaker against every
// speaker's words but a questioner's: one that stands there word for word
// is confirmed by that passage. A short answer printed as a sentence, or
// a phrase no one there says, proves nothing of who said it and is left
// to the wire copy.
func (t *tscript) findUncredited(probe wording, p ProbeQuote) (TranscriptCheck, bool) {
	if p.Whole {
		return TranscriptCheck{}, false
	}
	cs := t.phraseCandidates(probe, func(who string) bool { return who != questioner })
	if len(cs) == 0 {
		return TranscriptCheck{}, false
	}
	return TranscriptCheck{Status: SaidByCredited, Passage: t.passage(t.who[t.words[cs[0].lo].turn], cs[0].lo, cs[0].hi)}, true
}

// saidBy says who spoke a passage, for a quotation credited to someone else.
func (t *tscript) saidBy(p *Passage) string {
	who := p.Speaker
	if who == "" {
		who = "a questioner"
	}
	return fmt.Sprintf("said by %s (%s) in %s", who, p.Label, t.name())
}

// scored is a candidate passage with the share of the quotation it holds.
type scored struct {
	who     string
	passage *Passage
	score   float64
}

// bestPassages finds the passage of the credited speaker (any speaker
// but a questioner when credited is "") that best holds the quotation's
// words, and the best passage of anyone else.
func (t *tscript) bestPassages(probe wording, credited string) (mine, other *scored) {
	for _, w := range t.windows(probe, credited) {
		who := w.who
		lo, hi := t.sentenceRange(w.lo, w.hi)
		c, ok := t.scorePassage(probe, who, lo, hi)
		if !ok {
			continue
		}
		isMine := who == credited || (credited == "" && who != questioner)
		if isMine && (mine == nil || c.score > mine.score) {
			mine = c
		} else if !isMine && (other == nil || c.score > other.score) {
			other = c
		}
	}
	return mine, other
}

// scorePassage compares the quotation with the transcript's words lo..hi
// of speaker who, then narrows the passage to the sentences the matched
// words stand in.
func (t *tscript) scorePassage(probe wording, who string, lo, hi int) (*scored, bool) {
	for range 2 {
		c := t.passageText(who, lo, hi)
		ops := wordDiff(c.norms(), probe.norms())
		first, last := -1, -1
		for _, o := range ops {
			if o.kind == opEqual {
				if first < 0 {
					first = o.a0
				}
				last = o.a1 - 1
			}
		}
		if first < 0 {
			return nil, false
		}
		idx := t.passageWords(who, lo, hi)
		nlo, nhi := t.sentenceRange(idx[first], idx[last])
		if nlo == lo && nhi == hi {
			return &scored{who: who, passage: t.passage(who, lo, hi), score: t.weightedShare(probe, ops, c.norms())}, true
		}
		lo, hi = nlo, nhi
	}
	return &scored{who: who, passage: t.passage(who, lo, hi), score: t.share(probe, who, lo, hi)}, true
}

func (t *tscript) share(probe wording, who string, lo, hi int) float64 {
	c := t.passageText(who, lo, hi).norms()
	return t.weightedShare(probe, wordDiff(c, probe.norms()), c)
}

// weightedShare is the share of the quotation's words a comparison
// matched, each word weighed by how rare it is in the transcript: "will
// never talk to North Korea" is not matched by a passage with "will … to
// North Korea" and no "never talk". A word the transcript lacks weighs
// most.
func (t *tscript) weightedShare(probe wording, ops []op, passage []string) float64 {
	weight := func(w string) float64 {
		if v, ok := t.idf[w]; ok {
			return max(v, minWordWeight)
		}
		return max(t.rarest, minWordWeight)
	}
	var all, got float64
	for _, tk := range probe.toks {
		all += weight(tk.norm)
	}
	for _, o := range ops {
		if o.kind == opEqual {
			for _, tk := range probe.toks[o.b0:o.b1] {
				got += weight(tk.norm)
			}
		}
	}
	if _, ok := permutedWindow(passage, probe.norms()); ok {
		return 1 // the speaker's words, in another order
	}
	if all == 0 {
		return 0
	}
	return got / all
}

// presentShare is the most weightedShare could be: the weighed share of
// the quotation's words that the transcript has at all.
func (t *tscript) presentShare(probe wording) float64 {
	var all, got float64
	for _, tk := range probe.toks {
		v, ok := t.idf[tk.norm]
		if !ok {
			all += max(t.rarest, minWordWeight)
			continue
		}
		all += max(v, minWordWeight)
		got += max(v, minWordWeight)
	}
	if all == 0 {
		return 0
	}
	return got / all
}

// minWordWeight keeps the commonest words from weighing nothing.
const minWordWeight = 0.1

// window is a stretch of one speaker's words, lo..hi, that may hold a quotation.
type window struct {
	who    string
	lo, hi int
}

// windows finds where the quotation may stand, by the cross-outlet
// candidate search (keyIndex.candidates) over the transcript's sentences:
// the credited speaker's sentences sharing most of the quotation's rarest
// words and word pairs qualified by the speaker (every speaker's but a
// questioner's when no one is credited), and everyone else's sharing most
// of its words. A speaker's candidate sentences less than a quotation's
// length apart (with room for an interjection) make one window.
func (t *tscript) windows(probe wording, credited string) []window {
	plain := item{ids: t.vocab.lookup(probe.norms())}
	hc, _ := t.hits.Get().(*hitCounter)
	if hc == nil {
		hc = newHitCounter(len(t.items))
	}
	defer t.hits.Put(hc)
	keys := t.keys.itemKeys(&plain, false)
	var mine, others []int32
	if credited == "" {
		mine = t.keys.candidates(keys, -1, questioner, t.items, 1, hc)
		others = slices.DeleteFunc(t.keys.candidates(keys, -1, "", t.items, 1, hc),
			func(j int32) bool { return t.items[j].source != questioner })
	} else {
		qualified := plain
		qualified.speaker = credited
		own := withoutKeys(t.keys.itemKeys(&qualified, false), keys) // only the keys the speaker qualifies
		mine = t.keys.candidates(own, -1, "", t.items, 1, hc)
		others = t.keys.candidates(keys, -1, credited, t.items, 1, hc)
	}
	limit := 2*len(probe.toks) + 20
	return append(t.joinSentences(mine, limit), t.joinSentences(others, limit)...)
}

// withoutKeys gives the sorted keys of a that b (sorted) lacks.
func withoutKeys(a, b []uint64) []uint64 {
	var out []uint64
	for _, k := range a {
		if _, ok := slices.BinarySearch(b, k); !ok {
			out = append(out, k)
		}
	}
	return out
}

// joinSentences makes windows of candidate sentences: one speaker's
// sentences, in transcript order, fewer than limit words apart, are one.
func (t *tscript) joinSentences(cands []int32, limit int) []window {
	sorted := slices.Clone(cands)
	slices.SortFunc(sorted, func(a, b int32) int {
		return cmp.Or(strings.Compare(t.items[a].source, t.items[b].source), cmp.Compare(a, b))
	})
	var out []window
	for _, j := range sorted {
		s, who := t.sents[j], t.items[j].source
		if n := len(out); n > 0 && out[n-1].who == who && s.lo-out[n-1].hi < limit && s.hi-out[n-1].lo < 2*limit {
			out[n-1].hi = s.hi
			continue
		}
		out = append(out, window{who, s.lo, s.hi})
	}
	return out
}

// sentenceRange widens words lo..hi to the whole sentences they stand in,
// within their turns.
func (t *tscript) sentenceRange(lo, hi int) (int, int) {
	for lo > 0 && t.words[lo-1].turn == t.words[lo].turn && !t.words[lo-1].sentEnd {
		lo--
	}
	for hi+1 < len(t.words) && t.words[hi+1].turn == t.words[hi].turn && !t.words[hi].sentEnd {
		hi++
	}
	return lo, hi
}

// passageWords lists the words lo..hi spoken by who.
func (t *tscript) passageWords(who string, lo, hi int) []int {
	var idx []int
	for i := lo; i <= hi; i++ {
		if t.who[t.words[i].turn] == who {
			idx = append(idx, i)
		}
	}
	return idx
}

// passageText gives who's words lo..hi as a text to compare: as printed,
// a turn interrupted by someone else's joined with " … ".
func (t *tscript) passageText(who string, lo, hi int) wording {
	p := t.passage(who, lo, hi)
	var toks []token
	idx := t.passageWords(who, lo, hi)
	piece := 0
	for k, i := range idx {
		if k > 0 && t.words[i].span != t.words[idx[k-1]].span {
			piece++
		}
		tk := t.words[i].token
		shift := p.pieces[piece].text - p.pieces[piece].src
		tk.start += shift
		tk.end += shift
		tk.part = t.words[i].turn
		toks = append(toks, tk)
	}
	return wording{s: p.Text, toks: toks, whole: true}
}

// passage makes the Passage of who's words lo..hi.
func (t *tscript) passage(who string, lo, hi int) *Passage {
	idx := t.passageWords(who, lo, hi)
	src := t.src
	turn := src.Transcript.Turns[t.words[idx[0]].turn]
	p := &Passage{Source: src.ID, Path: src.Path, URL: src.URL, Title: src.Title, Label: turn.Label,
		Speaker: turn.Speaker, Role: turn.Role, Time: turn.Time, src: src}
	var b strings.Builder
	start, prev := idx[0], -1
	for k, i := range idx {
		last := k+1 == len(idx) || t.words[idx[k+1]].span != t.words[i].span
		if !last {
			continue
		}
		interrupted := prev >= 0 && t.words[start].turn != t.words[prev].turn
		if interrupted {
			b.WriteString(partJoin) // another speaker broke in
		} else if prev >= 0 {
			b.WriteByte(' ') // the next caption or line of one turn
		}
		prev = i
		p.pieces = append(p.pieces, passagePiece{text: b.Len(), src: t.words[start].start, interrupted: interrupted})
		b.WriteString(src.Text[t.words[start].start:closingMarks(src.Text, t.words[i].end)])
		if k+1 < len(idx) {
			start = idx[k+1]
		}
	}
	p.Text = b.String()
	pos := src.Locate(t.words[idx[0]].start)
	p.Line, p.Column = pos.Line, pos.Column
	t.surround(p, idx[0], idx[len(idx)-1])
	return p
}

// contextChars is how much of a turn around a passage, and of the
// question before it, a Passage keeps for display.
const contextChars = 240

// surround fills the turn's words around a passage and the question the
// turn answers.
func (t *tscript) surround(p *Passage, first, last int) {
	ft, lt := t.words[first].turn, t.words[last].turn
	if s := t.first[ft]; s < first {
		p.Before = clipStart(t.wordsText(s, first-1), contextChars)
	}
	if e := t.first[lt+1] - 1; e > last {
		p.After = clipEnd(t.wordsText(last+1, e), contextChars)
	}
	if ft > 0 && t.who[ft-1] == questioner && t.first[ft-1] < t.first[ft] {
		p.Asked = clipStart(t.wordsText(t.first[ft-1], t.first[ft]-1), contextChars)
	}
}

// wordsText gives the transcript's words from..to as printed, with what
// stands between two spans (a caption's timing and markup) left out.
func (t *tscript) wordsText(from, to int) string {
	text := t.src.Text
	var b strings.Builder
	start := from
	for i := from; i <= to; i++ {
		if i < to && t.words[i+1].span == t.words[i].span {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[t.words[start].start:closingMarks(text, t.words[i].end)])
		start = i + 1
	}
	return b.String()
}

// clipStart keeps the last n bytes of s (at a rune boundary), marked "…".
func clipStart(s string, n int) string {
	s = displayText(s)
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return "…" + s[i:]
}

// clipEnd keeps the first n bytes of s, marked "…".
func clipEnd(s string, n int) string {
	s = displayText(s)
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

// closingMarks extends a passage's end over the marks that close its last
// sentence: a full stop, question mark, closing quotation mark.
func closingMarks(text string, end int) int {
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !strings.ContainsRune(".?!\"”’)…", r) {
			break
		}
		end += n
	}
	return end
}

// displayText puts s on one line, without control characters a hostile
// transcript could use to rewrite a terminal.
func displayText(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
