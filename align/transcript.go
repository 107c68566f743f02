package align

import (
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// Transcript statuses: what a transcript says of a quotation.
const (
	SaidByCredited = "said"          // the credited speaker said these words (or words close to them)
	SaidByOther    = "said-by-other" // someone else said them: a reporter's question, another official
	NotSaid        = "not-said"      // the credited speaker is in the transcript but never said them
	Ambiguous      = "ambiguous"     // a short answer that several turns give, and the context does not say which
)

// Passage is the place in a transcript a quotation is matched to.
type Passage struct {
	Source  string `json:"source"` // the transcript's source ID
	Path    string `json:"path"`
	URL     string `json:"url,omitempty"`
	Title   string `json:"title,omitempty"`
	Label   string `json:"label"`          // the speaker label as printed ("MS. PSAKI", "Q")
	Speaker string `json:"speaker"`        // the person it stands for; "" for a questioner
	Role    bool   `json:"role,omitempty"` // the label names a role that may stand for several people, not a person
	Time    string `json:"time,omitempty"`
	Text    string `json:"text"` // the transcript's words: its sentences that hold the quotation, pieces joined with " … " across an interjection
	Line    int    `json:"line"` // where Text starts in the transcript file
	Column  int    `json:"column"`
	Before  string `json:"before,omitempty"`   // the turn's words before Text
	After   string `json:"after,omitempty"`    // the turn's words after Text
	Asked   string `json:"question,omitempty"` // the question the turn answers, when a questioner's turn comes just before

	pieces []passagePiece
	src    *sources.Source
}

// passagePiece is one contiguous run of Passage.Text in the transcript.
type passagePiece struct {
	text, src   int  // offset in Text, offset in Source.Text
	interrupted bool // another speaker's turn comes before it
}

// TranscriptCheck is what the transcripts among the sources say of one
// quotation or utterance.
type TranscriptCheck struct {
	Status       string    `json:"status"`
	Passage      *Passage  `json:"passage,omitempty"`
	Alternatives []Passage `json:"alternatives,omitempty"` // the places an ambiguous short answer could be from
	Note         string    `json:"note"`                   // in plain words: "not in the 2021-03-18 briefing transcript"
}

// SourcePosition gives the transcript file position of byte off of
// Passage.Text.
func (p *Passage) SourcePosition(off int) (line, col int) {
	if p == nil || p.src == nil || len(p.pieces) == 0 {
		return 0, 0
	}
	i := len(p.pieces) - 1
	for i > 0 && p.pieces[i].text > off {
		i--
	}
	pos := p.src.Locate(p.pieces[i].src + max(off-p.pieces[i].text, 0))
	return pos.Line, pos.Column
}

// WordPosition gives the transcript file position of word i (0-based) of
// Passage.Text, as Difference.Position counts words.
func (p *Passage) WordPosition(i int) (line, col int) {
	if p == nil {
		return 0, 0
	}
	toks := tokenize(p.Text)
	if len(toks) == 0 {
		return p.Line, p.Column
	}
	return p.SourcePosition(toks[min(max(i, 0), len(toks)-1)].start)
}

// tword is one word of a transcript.
type tword struct {
	token
	turn    int
	span    int  // which span of the transcript (numbered across turns) holds it
	sentEnd bool // a full stop, question or exclamation mark follows, or the turn ends
	quoted  bool // inside quotation marks: the speaker quoting someone ("you said “crisis”")
}

// tscript is one transcript, indexed for finding quotations in it.
type tscript struct {
	src    *sources.Source
	words  []tword
	first  []int              // index of each turn's first word; one more entry for the end
	pos    map[string][]int   // word → where it stands
	idf    map[string]float64 // each word's weight (sentenceWeight)
	rarest float64            // the highest weight: a word said once
	who    []string           // each turn's speaker key: surname of the speaker, "\x00q" for questioners
	role   map[string]bool    // speaker keys of labels that name a role, not a person
	sents  []tsentence        // each sentence of each turn, as the candidate search's items
	vocab  *vocab             // the transcript's words, numbered for the candidate search
	keys   *keyIndex          // the cross-outlet candidate search's index, over sents
	items  []item             // sents as that search's items: source is the speaker key
	hits   sync.Pool          // *hitCounter over items, one per search under way
}

// tsentence is one sentence of one turn: words lo..hi of the transcript.
type tsentence struct {
	lo, hi int
}

// Transcripts finds quotations in the transcripts among a set of sources.
type Transcripts struct {
	ts       []*tscript
	articles map[string]*sources.Source // by ID, for the context around short quotations
}

// WithArticles gives transcripts that let Find read the paragraphs around
// a quotation in its article (ProbeQuote.Source and Offset), not only its
// own sentence: the question a short answer answers is often told in the
// sentence before. tx itself is left as it was, so one set of transcripts
// can serve many checks, at once or one after another, without holding on
// to their articles.
func (tx *Transcripts) WithArticles(srcs []*sources.Source) *Transcripts {
	if tx == nil {
		return nil
	}
	out := &Transcripts{ts: tx.ts, articles: maps.Clone(tx.articles)}
	if out.articles == nil {
		out.articles = map[string]*sources.Source{}
	}
	for _, s := range srcs {
		if s.Transcript == nil {
			out.articles[s.ID] = s
		}
	}
	return out
}

// widerContext gives the quotation's paragraph and the ones before it:
// the lead extraction kept for a short quotation, else read from its
// article when its text is at hand, else the context the probe carries.
func (tx *Transcripts) widerContext(p ProbeQuote) string {
	if p.Lead != "" {
		return p.Lead
	}
	if src, ok := tx.articles[p.Source]; ok {
		if lead := quotes.Lead(src.Text, p.Offset); lead != "" {
			return lead
		}
	}
	return p.Context
}

// NewTranscripts indexes the transcripts among srcs; nil when there are none.
func NewTranscripts(srcs []*sources.Source) *Transcripts {
	var tx Transcripts
	for _, s := range srcs {
		if s.Transcript != nil && len(s.Transcript.Turns) > 0 {
			tx.ts = append(tx.ts, indexTranscript(s))
		}
	}
	if len(tx.ts) == 0 {
		return nil
	}
	return &tx
}

// questioner is the speaker key of every questioner's turn.
const questioner = "\x00q"

func indexTranscript(s *sources.Source) *tscript {
	t := &tscript{src: s, pos: map[string][]int{}, role: map[string]bool{}}
	df := map[string]int{}
	sentences := 0
	spans := 0
	for ti, turn := range s.Transcript.Turns {
		t.first = append(t.first, len(t.words))
		key := questioner
		if !turn.Reporter {
			key = surname(turn.Speaker)
		}
		t.who = append(t.who, key)
		if turn.Role && !turn.Reporter {
			t.role[key] = true
		}
		for _, sp := range turn.Spans {
			spans++
			for _, tk := range tokenize(s.Text[sp.Start:sp.End]) {
				tk.start += sp.Start
				tk.end += sp.Start
				tk.stage = inParens(s.Text, tk.start, sp.Start)
				t.words = append(t.words, tword{token: tk, turn: ti, span: spans, quoted: inQuotes(s.Text, tk.start, sp.Start)})
			}
		}
		seen := map[string]bool{}
		for i := t.first[ti]; i < len(t.words); i++ {
			w := &t.words[i]
			w.sentEnd = i+1 == len(t.words) || sentenceBreak(s.Text[w.end:t.words[i+1].start], w.orig)
			if !seen[w.norm] {
				seen[w.norm] = true
				df[w.norm]++
			}
			if w.sentEnd {
				sentences++
				clear(seen)
			}
		}
	}
	t.first = append(t.first, len(t.words))
	t.idf = make(map[string]float64, len(df))
	for w, n := range df {
		t.idf[w] = sentenceWeight(n, sentences)
		t.rarest = max(t.rarest, t.idf[w])
	}
	for i, w := range t.words {
		t.pos[w.norm] = append(t.pos[w.norm], i)
	}
	t.indexSentences()
	return t
}

// indexSentences makes every sentence of every turn an item of the
// cross-outlet candidate search (keyIndex): its words, its speaker (whose
// surname keys its words, as a quotation's credit does) and, as its
// source, the speaker key, so that a search can pass over one speaker's
// sentences. Words a speaker quotes ("you said “crisis”") are not theirs
// and are left out.
func (t *tscript) indexSentences() {
	t.vocab = newVocab()
	for lo := 0; lo < len(t.words); {
		_, hi := t.sentenceRange(lo, lo)
		who := t.who[t.words[lo].turn]
		var words []string
		for _, w := range t.words[lo : hi+1] {
			if !w.quoted {
				words = append(words, w.norm)
			}
		}
		it := item{source: who, ids: t.vocab.add(words)}
		if who != questioner {
			it.speaker = who
		}
		t.items = append(t.items, it)
		t.sents = append(t.sents, tsentence{lo, hi})
		lo = hi + 1
	}
	t.keys = newKeyIndex(t.items)
}

// sentenceWeight weighs a word that df of a transcript's n sentences
// have: the weight cross-outlet matching gives a word by the quotations
// that have it (wordWeight), a transcript's sentences standing for the
// quotations, on the scale of the transcript's inverse document frequency
// (log of n+1), in which the transcript's thresholds (minWordWeight,
// minTopicScore) are set.
func sentenceWeight(df, n int) float64 {
	return math.Log(float64(n+1)) * wordWeight(df, n+1)
}

// inParens reports whether offset off of text stands inside parentheses
// opened since from, as a stage direction does: "(Laughter.)".
func inParens(text string, off, from int) bool {
	open := strings.LastIndexByte(text[from:off], '(')
	return open >= 0 && !strings.Contains(text[from+open:off], ")")
}

// inQuotes reports whether offset off of text stands inside double
// quotation marks opened since from.
func inQuotes(text string, off, from int) bool {
	before := text[from:off]
	open := strings.Count(before, "\u201c") - strings.Count(before, "\u201d")
	return open > 0 || strings.Count(before, "\"")%2 == 1
}

// sentenceBreak reports whether the characters between two words end a
// sentence: a full stop (not one closing an initial or a short
// abbreviation such as "Mr." or "U.S."), question or exclamation mark.
func sentenceBreak(sep, word string) bool {
	sep = strings.NewReplacer("\u2026", "", "...", "").Replace(sep)
	if strings.ContainsAny(sep, "?!") {
		return true
	}
	if !strings.Contains(sep, ".") {
		return false
	}
	r := []rune(word)
	initial := len(r) == 1 && unicode.IsUpper(r[0]) && word != "I"
	return !(initial || abbreviation(word)) || strings.ContainsAny(strings.TrimLeft(sep, ". "), "\n\u00a0")
}

// abbreviation reports whether a full stop after word stays inside a
// sentence ("Mr. Smith", "Gen. Milley", "Sept. 4"): the abbreviations
// articles are read with (quotes.Abbreviation), but for "No", which in a
// transcript is an answer far more often than "No. 10".
func abbreviation(word string) bool {
	return quotes.Abbreviation(word) && !strings.EqualFold(word, "no")
}

// ProbeQuote is a quotation looked for in the transcripts.
type ProbeQuote struct {
	Text    string // the words, parts joined with " … "
	Speaker string // the credited speaker; "" when unknown
	Context string // the article's sentences around it
	Whole   bool   // presented as speech, not a phrase woven into the writer's sentence
	Source  string // the article's source ID and the quotation's byte offset in its Text, when known
	Offset  int
	Lead    string // the paragraphs before a short quotation (quotes.Quote.Lead), when kept
}

// Find says what the transcripts hold of a quotation. ok is false when
// they have nothing to say: the credited speaker is in none of them and no
// one in them said the words.
func (tx *Transcripts) Find(p ProbeQuote) (TranscriptCheck, bool) {
	if tx == nil {
		return TranscriptCheck{}, false
	}
	probe := newText(p.Text)
	probe.whole = p.Whole
	if len(probe.toks) == 0 {
		return TranscriptCheck{}, false
	}
	p.Context = tx.widerContext(p)
	var best TranscriptCheck
	found := false
	var missing []string
	for _, t := range tx.ts {
		c, ok := t.find(probe, p)
		if ok && c.Status == NotSaid {
			missing = append(missing, t.name())
		}
		if ok && (!found || rank(c) > rank(best)) {
			best, found = c, true
		}
	}
	if best.Status == NotSaid {
		best.Note = "not in " + joinNames(missing)
	}
	return best, found
}

// joinNames lists names as a sentence does: "a, b or c".
func joinNames(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// rank orders the verdicts of several transcripts: a match beats the rest.
func rank(c TranscriptCheck) int {
	switch c.Status {
	case SaidByCredited:
		return 4
	case SaidByOther:
		return 3
	case Ambiguous:
		return 2
	}
	return 1
}

// speaks reports whether key is among the transcript's speakers.
func (t *tscript) speaks(key string) bool {
	return key != "" && slices.Contains(t.who, key)
}

// name describes the transcript in a phrase: "the 2021-03-18 press briefing transcript".
func (t *tscript) name() string {
	kind := "transcript"
	title := strings.ToLower(t.src.Title)
	for _, k := range []string{"press briefing", "press gaggle", "press call", "briefing", "gaggle", "interview", "hearing", "remarks", "speech", "call"} {
		if strings.Contains(title, k) {
			kind = k + " transcript"
			break
		}
	}
	if t.src.Date != "" {
		return "the " + t.src.Date + " " + kind
	}
	return "the " + kind + " " + t.src.Path
}
