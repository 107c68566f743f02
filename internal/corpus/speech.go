package corpus

import (
	"math/rand/v2"
	"strings"
)

// Marks standing for the nested quotation marks inside a quotation; each
// outlet prints them in its own style.
const (
	innerOpen  = "\x01"
	innerClose = "\x02"
)

// tok is a word or phrase of a spoken sentence with the wording a second
// translation would use. content marks topic words an editor might swap.
type tok struct {
	w, alt  string
	content bool
}

// topic is the vocabulary one story draws on.
type topic struct {
	nouns, adjs, verbs []entry
	place              string
	orgs               []string
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// sample picks n distinct elements of xs.
func sample[T any](r *rand.Rand, xs []T, n int) []T {
	idx := r.Perm(len(xs))[:n]
	out := make([]T, n)
	for i, j := range idx {
		out[i] = xs[j]
	}
	return out
}

func newTopic(r *rand.Rand) *topic {
	return &topic{
		nouns: sample(r, nouns, 14),
		adjs:  sample(r, adjectives, 9),
		verbs: sample(r, verbs, 9),
		place: pick(r, places),
		orgs:  sample(r, orgs, 2),
	}
}

// Grammatical persons: I, we, it (third singular), they.
const (
	p1s = iota
	p1p
	p3s
	p3p
)

type modal struct{ w, alt [4]string }

var modals = []modal{
	{[4]string{"will", "will", "will", "will"}, [4]string{"am going to", "are going to", "is going to", "are going to"}},
	{[4]string{"will not", "will not", "will not", "will not"}, [4]string{"am not going to", "are not going to", "is not going to", "are not going to"}},
	{[4]string{"cannot", "cannot", "cannot", "cannot"}, [4]string{"am unable to", "are unable to", "is unable to", "are unable to"}},
	{[4]string{"must", "must", "must", "must"}, [4]string{"have to", "have to", "has to", "have to"}},
	{[4]string{"should", "should", "should", "should"}, [4]string{"ought to", "ought to", "ought to", "ought to"}},
	{[4]string{"want to", "want to", "wants to", "want to"}, [4]string{"would like to", "would like to", "would like to", "would like to"}},
	{[4]string{"do not want to", "do not want to", "does not want to", "do not want to"}, [4]string{"have no wish to", "have no wish to", "has no wish to", "have no wish to"}},
	{[4]string{"am ready to", "are ready to", "is ready to", "are ready to"}, [4]string{"am prepared to", "are prepared to", "is prepared to", "are prepared to"}},
	{[4]string{"have to", "have to", "has to", "have to"}, [4]string{"need to", "need to", "needs to", "need to"}},
}

var beForms = [4]string{"am", "are", "is", "are"}

type speech struct {
	r *rand.Rand
	t *topic
}

func (s *speech) noun() tok { e := pick(s.r, s.t.nouns); return tok{e.w, e.alt, true} }
func (s *speech) adj() tok  { e := pick(s.r, s.t.adjs); return tok{e.w, e.alt, true} }
func (s *speech) verb() tok { e := pick(s.r, s.t.verbs); return tok{e.w, e.alt, true} }

func same(w string) tok { return tok{w: w, alt: w} }

func article(next string) string {
	if strings.ContainsRune("aeiou", rune(next[0])) {
		return "an"
	}
	return "a"
}

// subject gives a clause subject and its grammatical person.
func (s *speech) subject() ([]tok, int) {
	switch s.r.IntN(9) {
	case 0, 1:
		return []tok{same("we")}, p1p
	case 2:
		return []tok{same("I")}, p1s
	case 3:
		return []tok{same("the"), s.noun()}, p3s
	case 4:
		return []tok{same("this"), s.adj(), s.noun()}, p3s
	case 5:
		return []tok{{"the people of", "the residents of", false}, same(s.t.place)}, p3p
	case 6:
		return []tok{same("the"), same(pick(s.r, s.t.orgs))}, p3s
	case 7:
		return []tok{{"nobody in", "no one in", false}, same(s.t.place)}, p3s
	default:
		return []tok{same("they")}, p3p
	}
}

func (s *speech) object() []tok {
	switch s.r.IntN(6) {
	case 0:
		a := s.adj()
		n := s.noun()
		return []tok{{article(a.w), article(a.alt), false}, a, n}
	case 1:
		return []tok{{"every", "each", false}, s.noun(), same("in"), same(s.t.place)}
	case 2:
		return []tok{same("the"), s.noun(), same("and the"), s.noun()}
	case 3:
		return []tok{same("this"), s.noun()}
	default:
		return []tok{same("the"), s.adj(), s.noun()}
	}
}

func (s *speech) adjunct() []tok {
	switch s.r.IntN(9) {
	case 0:
		return []tok{same("in"), same(s.t.place)}
	case 1:
		return []tok{{"before", "ahead of", false}, same(pick(s.r, months))}
	case 2:
		return []tok{{"by the end of the year", "before the year is out", false}}
	case 3:
		return []tok{{"with the", "together with the", false}, same(pick(s.r, s.t.orgs))}
	case 4:
		return []tok{same("for the"), s.noun(), same("of"), same(s.t.place)}
	case 5:
		return []tok{{"as soon as possible", "at the earliest opportunity", false}}
	case 6:
		return []tok{{"this week", "in the coming days", false}}
	default:
		return nil
	}
}

// clause is a subject, a modal or copula and the rest of the predicate.
func (s *speech) clause() []tok {
	subj, p := s.subject()
	out := append([]tok(nil), subj...)
	if s.r.IntN(4) == 0 {
		be := beForms[p]
		if s.r.IntN(3) == 0 {
			out = append(out, tok{be + " not", be + " by no means", false})
		} else {
			out = append(out, same(be))
		}
		return append(out, s.adj())
	}
	m := pick(s.r, modals)
	out = append(out, tok{m.w[p], m.alt[p], false}, s.verb())
	out = append(out, s.object()...)
	return append(out, s.adjunct()...)
}

// sentence builds one spoken sentence with its final punctuation.
func (s *speech) sentence() spoken {
	var out []tok
	end := "."
	switch s.r.IntN(12) {
	case 0, 1:
		out = s.clause()
	case 2:
		out = joinClauses(s.clause(), tok{", but", ", yet", false}, s.clause())
	case 3:
		out = joinClauses(s.clause(), same(", and"), s.clause())
	case 4:
		out = append([]tok{same("if")}, joinClauses(s.clause(), same(","), s.clause())...)
	case 5:
		out = joinClauses(s.clause(), tok{"because", "since", false}, s.clause())
	case 6:
		out = append([]tok{{"I think", "I believe", false}}, s.clause()...)
	case 7:
		out = append([]tok{{"that is why", "this is the reason", false}}, s.clause()...)
	case 8:
		out = append([]tok{{"frankly,", "to be honest,", false}}, s.clause()...)
	case 9:
		out = append([]tok{{"let me be clear:", "I want to be clear:", false}}, s.clause()...)
	case 10:
		a, n := s.adj(), s.noun()
		out = []tok{same("they"), {"keep calling it", "continue to call it", false},
			{article(a.w) + " " + innerOpen + a.w + " " + n.w + innerClose + ", but", article(a.alt) + " " + innerOpen + a.alt + " " + n.alt + innerClose + ", but", false}}
		out = append(out, s.clause()...)
	default:
		v, n := s.verb(), s.noun()
		out = []tok{{"who is going to", "who will", false}, v, same("the"), n}
		end = "?"
	}
	out = append(out, same(end))
	capitalize(&out[0])
	sp := flatten(out)
	if s.r.IntN(4) == 0 {
		sp.contractFirst()
	}
	return sp
}

func joinClauses(a []tok, mid tok, b []tok) []tok {
	out := append(a, mid)
	return append(out, b...)
}

func capitalize(t *tok) {
	t.w = upperFirst(t.w)
	t.alt = upperFirst(t.alt)
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func lowerFirst(s string) string {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'a' || s[1] > 'z' {
		return s // "I", acronyms and proper names keep their case
	}
	return string(s[0]-'A'+'a') + s[1:]
}

// spoken is one sentence as printed: its words (punctuation attached),
// a second translation of it, and the topic words an editor could swap.
type spoken struct {
	words []string
	alt   []string
	swaps []swap
}

// swap is a word that has a different wording at index i.
type swap struct {
	i int
	w string
}

// flatten prints a sentence's tokens as words, attaching punctuation
// tokens (",", ".", "?") to the word before them.
func flatten(s []tok) spoken {
	var sp spoken
	for _, t := range s {
		before := len(sp.words)
		sp.words = appendWords(sp.words, t.w)
		sp.alt = appendWords(sp.alt, t.alt)
		if t.content && len(sp.words) == before+1 && t.w != t.alt {
			sp.swaps = append(sp.swaps, swap{before, t.alt})
		}
	}
	return sp
}

func appendWords(out []string, phrase string) []string {
	for _, f := range strings.Fields(phrase) {
		if len(out) > 0 && (f == "," || f == "." || f == "?") {
			out[len(out)-1] += f
			continue
		}
		out = append(out, f)
	}
	return out
}

// contractFirst prints the sentence's first contractible pair ("do not")
// contracted ("don't") and keeps the swaps pointing at their words.
func (sp *spoken) contractFirst() {
	c, at, ok := contract(sp.words)
	if !ok {
		return
	}
	sp.words = c
	kept := sp.swaps[:0]
	for _, w := range sp.swaps {
		switch {
		case w.i < at:
			kept = append(kept, w)
		case w.i > at+1:
			kept = append(kept, swap{w.i - 1, w.w})
		}
	}
	sp.swaps = kept
}
