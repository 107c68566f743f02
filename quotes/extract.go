package quotes

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/sources"
)

// Extractor finds quotations and their speakers. It keeps no state between
// calls, so one Extractor is safe for concurrent use.
type Extractor struct {
	known map[string]bool // speaker keys (surnames) of the people WithPeople names
}

// NewExtractor makes an Extractor.
func NewExtractor() *Extractor { return &Extractor{} }

// WithPeople gives an Extractor that also knows the persons other sources
// on the story name in full ("Jen Psaki"): an article's bare "Psaki said",
// which the article itself says nothing more about, is then taken as a
// person's words without asking the language model. Names of one word
// are left out: only a full name shows a person.
func (e *Extractor) WithPeople(names []string) *Extractor {
	out := &Extractor{known: map[string]bool{}}
	for k := range e.known {
		out.known[k] = true
	}
	for _, n := range names {
		if len(strings.Fields(n)) >= 2 {
			out.known[SpeakerKey(n)] = true
		}
	}
	return out
}

// bytesPerQuote is the fewest bytes of text per quotation Extract keeps:
// past one quotation every bytesPerQuote bytes (on average, over a whole
// article, beyond the first maxQuotes(0)) the rest are ignored with a
// warning, so that the memory a file takes stays within a fixed multiple
// of its size however densely it is quoted. Dialogue of one short line
// each ("Yes," he said.) runs about one every 20 bytes.
const bytesPerQuote = 32

// maxQuotes is how many quotations Extract keeps from a text of n bytes.
func maxQuotes(n int) int { return 256 + n/bytesPerQuote }

// maxTokens is how many tokens (words, punctuation marks, quotations)
// Extract reads from a text of n bytes, for the same reason: prose runs
// about one every six bytes; a run of punctuation, one a byte.
func maxTokens(n int) int { return 1024 + n/4 }

// fewWords tells whether s has at most n words (runs of non-space),
// without making a list of them.
func fewWords(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			in, words = true, words+1
			if words > n {
				return false
			}
		}
	}
	return true
}

// tooDense is the warning for the quotations left out, from the first of
// rest on, because the text is too dense to be prose.
func tooDense(src *sources.Source, rest []span) Warning {
	pos := src.Locate(rest[0].start)
	return Warning{Path: src.Path, Line: pos.Line, Column: pos.Column,
		Message: "quotations from here on ignored: the text is too dense with quotations or punctuation to be prose"}
}

// maxContext is the longest Context, in bytes.
const maxContext = 300

// Extract finds every quotation in src, with speakers, kinds, utterance links
// and file positions; warnings report recoverable problems such as an
// unbalanced quotation mark.
func (e *Extractor) Extract(src *sources.Source) ([]Quote, []Warning) {
	text := src.Text
	paras, spans, issues, steps := scanText(text)
	defer func() { workDone.Add(int64(steps)) }()
	warns := warnings(src, issues)
	if n := maxQuotes(len(text)); len(spans) > n {
		warns = append(warns, tooDense(src, spans[n:]))
		spans = spans[:n:n]
	}
	if len(spans) == 0 {
		return nil, warns
	}
	toks, stop := tokenizeUpTo(text, paras, spans, maxTokens(len(text)))
	defer releaseTokens(toks)
	if n := sort.Search(len(spans), func(i int) bool { return spans[i].start >= stop }); n < len(spans) {
		warns = append(warns, tooDense(src, spans[n:]))
		spans = spans[:n:n]
	}
	a := newAttributor(toks, findPeople(toks))
	a.known = e.known
	qs := make([]Quote, len(spans))
	kept := make([][2]int, 0, 2*len(spans)) // each quotation's context and lead, in text
	qtok := make([]int, len(spans))
	resumed := make([]bool, len(spans)) // the second half of an utterance its attribution interrupts
	for k, tk := range toks {
		if tk.kind == tokQuote {
			qtok[tk.quote] = k
		}
	}
	for i, sp := range spans {
		q := &qs[i]
		pos := src.Locate(sp.start)
		*q = Quote{ID: src.ID + "/q" + strconv.Itoa(i+1), Source: src.ID, Path: src.Path,
			Text: text[sp.start:sp.end], Line: pos.Line, Column: pos.Column, Offset: pos.Offset,
			Paragraph: paras[sp.para].num, Open: sp.open, Close: sp.close, Start: sp.start, End: sp.end}
		k := qtok[i]
		q.Kind = a.kindOf(k, q.Text)
		if i > 0 && a.resumesSpeech(qtok[i-1], k, qs[i-1].Text, qs[i-1].Kind) {
			q.Kind, resumed[i] = KindUtterance, true
		}
		w := a.attribute(k)
		q.Speaker, q.Role, q.SpeakerMethod = w.person, w.role, w.method
		cs, ce := context(text, toks, spans, k, &steps)
		ls, le := 0, 0
		if fewWords(q.Text, ShortWords) {
			ls, le = leadRange(text, sp.start)
		}
		kept = append(kept, [2]int{cs, ce}, [2]int{ls, le})
	}
	copies := copyRanges(text, kept)
	for i := range qs {
		qs[i].Context, qs[i].Lead = copies[2*i], copies[2*i+1]
	}
	link(qs, spans, resumed)
	shareSpeaker(qs)
	return qs, warns
}

// shareSpeaker gives every part of an utterance the speaker named for one of
// its parts when the part itself had none or only continued an earlier speaker.
func shareSpeaker(qs []Quote) {
	best := map[string]int{}
	for i, q := range qs {
		if q.Speaker != "" && q.SpeakerMethod != MethodContinuation {
			if _, ok := best[q.Utterance]; !ok {
				best[q.Utterance] = i
			}
		}
	}
	for i := range qs {
		q := &qs[i]
		if b, ok := best[q.Utterance]; ok && b != i && (q.Speaker == "" || q.SpeakerMethod == MethodContinuation) {
			q.Speaker, q.Role, q.SpeakerMethod = qs[b].Speaker, qs[b].Role, MethodContinuation
		}
	}
}

// link sets each quotation's Utterance: parts of a quotation carried across
// paragraphs, the halves of one its attribution interrupts (unless two
// speakers are named), and consecutive quotations of one kind by one
// speaker in a paragraph.
func link(qs []Quote, spans []span, resumed []bool) {
	for i := range qs {
		qs[i].Utterance = qs[i].ID
		if i == 0 {
			continue
		}
		p, c := &qs[i-1], &qs[i]
		switch {
		case spans[i-1].cont && spans[i].para == spans[i-1].para+1:
			c.Utterance = p.Utterance
		case resumed[i] && (c.Speaker == p.Speaker || c.Speaker == "" || p.Speaker == ""):
			c.Utterance = p.Utterance
		case spans[i].para == spans[i-1].para && c.Speaker != "" && c.Speaker == p.Speaker && c.Kind == p.Kind:
			c.Utterance = p.Utterance
		}
	}
}

// warnings turns the scanner's issues into warnings, the first maxWarnings
// of them and one that counts the rest.
func warnings(src *sources.Source, issues []scanIssue) []Warning {
	var warns []Warning
	for i, is := range issues {
		if i == maxWarnings {
			pos := src.Locate(is.off)
			warns = append(warns, Warning{Path: src.Path, Line: pos.Line, Column: pos.Column,
				Message: strconv.Itoa(len(issues)-maxWarnings) + " more unbalanced quotation marks from here on, not listed"})
			break
		}
		pos := src.Locate(is.off)
		warns = append(warns, Warning{Path: src.Path, Line: pos.Line, Column: pos.Column, Message: is.msg})
	}
	return warns
}

// context gives the sentence around quotation token k, at most maxContext
// bytes. It walks the sentence's tokens only as far as maxContext bytes
// from the quotation: beyond that the sentence is cut around the quotation
// anyway, so a sentence of a million tokens costs no more than a short one.
func context(text string, toks []token, spans []span, k int, steps *int) (start, end int) {
	sp := spans[toks[k].quote]
	s, e := sp.markStart(), sp.markEnd()
	for j := k - 1; j >= 0 && toks[j].sent == toks[k].sent && s >= sp.start-maxContext; j-- {
		*steps++
		s = toks[j].start
		if toks[j].kind == tokQuote {
			s = spans[toks[j].quote].markStart()
		}
	}
	for j := k + 1; j < len(toks) && toks[j].sent == toks[k].sent && e <= sp.end+maxContext; j++ {
		*steps++
		e = toks[j].end
	}
	if e-s > maxContext {
		mid := (sp.start + sp.end) / 2
		s, e = max(s, mid-maxContext/2), min(e, mid+maxContext/2)
		for s < e && !utf8.RuneStart(text[s]) {
			s++
		}
		for e > s && e < len(text) && !utf8.RuneStart(text[e]) {
			e--
		}
	}
	return s, e
}

// copyRanges copies the ranges rs of text out of it, one copy shared by
// ranges that overlap, so that what quotations keep of an article once
// its text is released is never more than the text, however densely
// quoted it is.
func copyRanges(text string, rs [][2]int) []string {
	order := make([]int, len(rs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rs[order[a]][0] < rs[order[b]][0] })
	out := make([]string, len(rs))
	for i := 0; i < len(order); {
		lo, hi := rs[order[i]][0], rs[order[i]][1]
		j := i + 1
		for ; j < len(order) && rs[order[j]][0] <= hi; j++ {
			hi = max(hi, rs[order[j]][1])
		}
		chunk := strings.Clone(text[lo:hi])
		for _, k := range order[i:j] {
			out[k] = chunk[rs[k][0]-lo : rs[k][1]-lo]
		}
		i = j
	}
	return out
}
