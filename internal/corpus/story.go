package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// person is someone a story quotes.
type person struct {
	first, last string
	title, role string // "Mayor", "the mayor"
	pron        string // he, she or they
}

func (p *person) full() string { return p.first + " " + p.last }

// honorific gives the courtesy title news copy prints before the person's
// surname: "Ms." or "Mr." by pronoun, none for "they".
func (p *person) honorific() string {
	switch p.pron {
	case "she":
		return "Ms."
	case "he":
		return "Mr."
	}
	return ""
}

// utterance is one thing a speaker said, in its original wording.
type utterance struct {
	id      string
	speaker int
	sents   []spoken
}

// story is one news event: its people, topic, and what was said.
type story struct {
	n      int // 1-based
	r      *rand.Rand
	t      *topic
	people []person
	utts   []utterance
	date   time.Time
}

var epoch = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)

func newStory(seed uint64, n int) *story {
	r := rand.New(rand.NewPCG(seed, uint64(n)))
	s := &story{n: n, r: r, t: newTopic(r), date: epoch.AddDate(0, 0, r.IntN(6*365))}
	s.people = newPeople(r, 2+r.IntN(2))
	sp := &speech{r: r, t: s.t}
	k := 5 + r.IntN(4)
	for i := range k {
		u := utterance{id: fmt.Sprintf("s%05d-u%d", n, i+1), speaker: speakerFor(r, i, len(s.people))}
		ns := 1 + r.IntN(3)
		if r.IntN(5) == 0 {
			ns = 3 + r.IntN(2) // long enough to run over two paragraphs
		}
		for range ns {
			u.sents = append(u.sents, sp.sentence())
		}
		s.utts = append(s.utts, u)
	}
	return s
}

// speakerFor gives the main speaker most of the utterances.
func speakerFor(r *rand.Rand, i, n int) int {
	if i == 0 || r.IntN(2) == 0 {
		return 0
	}
	return 1 + r.IntN(n-1)
}

// newPeople picks n people with distinct surnames and titles.
func newPeople(r *rand.Rand, n int) []person {
	last := sample(r, surnames, n)
	tt := sample(r, titles, n)
	out := make([]person, n)
	for i := range out {
		p := &out[i]
		p.last, p.title, p.role = last[i], tt[i][0], tt[i][1]
		switch g := r.IntN(20); {
		case g < 9:
			p.first, p.pron = pick(r, femaleNames), "she"
		case g < 18:
			p.first, p.pron = pick(r, maleNames), "he"
		default:
			p.first, p.pron = pick(r, neutralNames), "they"
		}
	}
	return out
}

// Text changes an outlet makes to a quotation.
const (
	mutNone        = "verbatim"
	mutInserted    = "inserted"
	mutDeleted     = "deleted"
	mutSubstituted = "substituted"
	mutReordered   = "reordered"
	mutContraction = "contraction"
	mutTranslation = "translation"
	mutJoined      = "joined"
	mutPunctuation = "punctuation"
)

// Ways an outlet lays a quotation out.
const (
	laySingle    = "single"
	laySplit     = "split"
	layMultiPara = "multi-paragraph"
	layFragment  = "excerpt"
)

// version is how one outlet prints one utterance.
type version struct {
	u       *utterance
	layout  string
	mut     string
	speaker int        // the person the outlet credits
	sents   [][]string // the words printed, by sentence
	frag    []string   // the excerpt, for layFragment
	diffs   []string
}

var mutWeights = []struct {
	mut string
	w   int
}{
	{mutInserted, 7}, {mutDeleted, 7}, {mutSubstituted, 8}, {mutReordered, 6},
	{mutContraction, 7}, {mutTranslation, 5}, {mutJoined, 5}, {mutPunctuation, 6},
}

func pickMutation(r *rand.Rand) string {
	total := 0
	for _, m := range mutWeights {
		total += m.w
	}
	n := r.IntN(total)
	for _, m := range mutWeights {
		if n < m.w {
			return m.mut
		}
		n -= m.w
	}
	return mutNone
}

// newVersion decides how an outlet prints u. A material version changes
// its words (or, when wrongSpeaker, credits someone else); the others
// change only layout, punctuation, case and typography.
func (s *story) newVersion(u *utterance, material, wrongSpeaker bool) *version {
	r := s.r
	v := &version{u: u, layout: laySingle, mut: mutNone, speaker: u.speaker}
	for _, sp := range u.sents {
		v.sents = append(v.sents, append([]string(nil), sp.words...))
	}
	switch n := r.IntN(100); {
	case n < 14 && !material && !wrongSpeaker:
		if v.excerpt(r) {
			return v
		}
	case n < 26:
		v.layout = laySplit
	case n < 36 && len(u.sents) > 1:
		v.layout = layMultiPara
	}
	if material {
		v.mut = pickMutation(r)
	} else if r.IntN(5) == 0 {
		v.mut = mutPunctuation
	}
	if !v.mutate(r, s) {
		v.mut = mutNone
	}
	if wrongSpeaker && len(s.people) > 1 {
		v.speaker = (u.speaker + 1 + r.IntN(len(s.people)-1)) % len(s.people)
		v.diffs = append(v.diffs, "speaker: credited to "+s.people[v.speaker].full())
	}
	return v
}

// excerpt lifts three to six words of one sentence into the writer's own.
func (v *version) excerpt(r *rand.Rand) bool {
	words := v.sents[r.IntN(len(v.sents))]
	n := 3 + r.IntN(4)
	if len(words) < n+1 {
		return false
	}
	i := r.IntN(len(words) - n + 1)
	frag := append([]string(nil), words[i:i+n]...)
	for j, w := range frag {
		if strings.ContainsAny(w, innerOpen+innerClose+":") || j < n-1 && strings.ContainsAny(w, ",.?;") {
			return false
		}
	}
	frag[n-1] = strings.TrimRight(frag[n-1], ",.?;")
	if i == 0 {
		frag[0] = lowerFirst(frag[0])
	}
	v.layout, v.frag = layFragment, frag
	v.diffs = append(v.diffs, "excerpt: '"+strings.Join(frag, " ")+"'")
	return true
}
