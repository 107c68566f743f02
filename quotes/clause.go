package quotes

import (
	"slices"
	"strings"
)

// The clause layer: one reader that finds, once per article, the clause of
// every reporting verb (and of every verb of speaking-as-doing: "calling
// the plan …", "saying …", "described it as …"): the phrase that is its
// subject, the mention at its head, the phrase right after the verb, and
// whether the verb is a participle after a comma or stands in a relative
// clause. The rules read this table; none of them walks from a verb to its
// subject on its own.
//
//	Mayor Ana Lima, 58, who runs the port, said …  subject "Mayor Ana Lima", head Lima
//	"…," said Hugh Hill.                           verb first: after "Hugh Hill"
//	Ruiz attacked Lima, calling the plan …         participle: its subject is the clause's before
//	… the mayor, who said …                        relative clause

// clause is the clause of one reporting verb.
type clause struct {
	verb       int  // the reporting verb
	subj       int  // the last token of its subject phrase before it, -1 when none is found
	first      int  // the first token of that phrase (titles included), -1 when none
	mention    int  // the index in pp.mentions of the person the subject names, -1 when none
	after      int  // the last token of a name, pronoun or role phrase just after the verb: its object ("told Lima") or, verb first, its subject ("said Lima"); -1 when none
	participle bool // a participle after a comma ("…, calling it …"), whose subject is the clause's before the comma
	relative   bool // the verb of a relative clause ("…, who said …"), whose subject is the noun before "who"
	agent      int  // the last token of the agent of a passive verb of asking ("was asked by presenter Lina Cole"), -1 when none

	// The subject of a participial or absolute clause, which the walk
	// back to subj does not reach: the clause it hangs on.
	absolute    bool // "with Nina Calloway telling reporters": host is the name before the participle
	hostUnnamed bool // "A senior aide left, saying …": the clause's subject is someone unnamed
	host        int  // the name or pronoun opening the sentence before ", saying", or the absolute clause's name; -1 when none
	hostOrg     int  // an organisation opening that sentence ("The Kremlin weighed in, calling it"); -1 when none
}

// isClauseVerb reports whether token v is a verb the clause reader reads:
// any reporting verb (not a noun after a determiner), and "hit back".
func (a *attributor) isClauseVerb(v int) bool {
	t := a.toks
	if t[v].kind != tokWord {
		return false
	}
	l := t[v].lower
	if !allReportingVerbs[l] && !(v+1 < len(t) && t[v+1].lower == "back" && backVerbs[l]) && !a.goesOn(v) {
		return false // every reportingVerbs form is in allReportingVerbs: isVerb adds only "hit back" and "went on"
	}
	return (v == 0 || !determiners[t[v-1].lower] || auxiliaryOf(t, v-1)) && !a.modifiesRoleNoun(v) // "a déclaré": an auxiliary, no article
}

// readClauses builds the clause table of the article, in token order. It
// is read before any quotation is credited, so that what a clause is does
// not depend on the order the rules ran in.
func (a *attributor) readClauses() {
	var verbs []int32
	for v := range a.toks {
		if a.isClauseVerb(v) {
			verbs = append(verbs, int32(v))
		}
	}
	a.clauses = make([]clause, 0, len(verbs))
	for _, v32 := range verbs {
		v := int(v32)
		c := clause{verb: v, subj: a.subjectTok(v), first: -1, mention: -1, participle: a.participleAfterComma(v), relative: a.relativeVerb(v)}
		if c.subj < 0 && !c.participle && !c.relative && a.coordinatedVerb(v) {
			c.subj = a.sentenceSubjectTok(v) // "Arden once opposed the bridge, but last week said …": the sentence's subject
		}
		if c.subj >= 0 {
			c.first = a.phraseStart(c.subj)
			if mi, ok := a.pp.byTok[c.subj]; ok {
				c.mention = mi
			}
		}
		c.agent = a.passiveAgent(v)
		c.after = -1
		if v+1 < len(a.toks) {
			c.after = a.subjectEndFrom(v + 1)
		}
		a.readHost(&c)
		a.clauses = append(a.clauses, c)
	}
}

// framedSubject gives the last token of the subject of clause c's verb
// when the clause frames a direct quotation, -1 when it does not: the
// verb or its subject stands right after the quotation, a comma or dash
// between ("“…,” says Pellham", "“…,” Pellham insists"), or the quotation
// right after the verb, or after the name that follows a verb opening its
// sentence, a comma or colon between ("Pellham says, “…”", "Said
// Pellham: “…”").
func (a *attributor) framedSubject(c clause) int {
	if c.participle || c.relative {
		return -1
	}
	v := c.verb
	after := c.after >= 0 && a.phraseStart(c.after) == v+1
	switch {
	case after && a.quoteBefore(v):
		return c.after
	case c.subj >= 0 && (a.quoteBefore(c.first) || a.quoteAfter(v)):
		return c.subj
	case after && v == a.sentStart[v] && a.quoteAfter(c.after):
		return c.after
	}
	return -1
}

// quoteBefore reports whether a quotation ends right before token k in its
// sentence, a comma or a dash between.
func (a *attributor) quoteBefore(k int) bool {
	t := a.toks
	j := k - 1
	if auxiliaryOf(t, j) {
		j-- // "«…», a déclaré Burgos"
	}
	if j > 0 && t[j].text == "," {
		j--
	} else if n := a.dashEndingAt(j); n > 0 {
		j -= n
	}
	return j >= 0 && t[j].kind == tokQuote && t[j].sent == t[k].sent
}

// attributionStart gives the first token after quotation q that may open
// its attribution: the next token of its paragraph, past a comma or a
// dash set between them as a comma is ("“…,” said Lee", "“…” — Lee said",
// "\"…\" -- said Lee"), and past the auxiliary of another language's
// compound past ("«…», a déclaré Morel").
func (a *attributor) attributionStart(q int) int {
	t := a.toks
	k := q + 1
	if k < len(t) && t[k].sent == t[q].sent && t[k].para == t[q].para {
		if t[k].text == "," {
			k++
		} else if n := a.dashAt(k); n > 0 {
			k += n
		}
	}
	if auxiliaryOf(t, k) {
		k++ // "«…», a déclaré Morel": the participle is the verb
	}
	return k
}

// dashAt gives how many tokens the dash starting at token k takes: one
// for "—" or "–", two for "--" typed as two hyphens, 0 when no dash
// starts there.
func (a *attributor) dashAt(k int) int {
	t := a.toks
	switch {
	case k < 0 || k >= len(t) || t[k].kind != tokPunct:
		return 0
	case isDash(t[k].text):
		return 1
	case t[k].text == "-" && k+1 < len(t) && t[k+1].text == "-" && t[k+1].start == t[k].end:
		return 2
	}
	return 0
}

// dashEndingAt is dashAt for the dash that ends at token k.
func (a *attributor) dashEndingAt(k int) int {
	if a.dashAt(k) == 1 {
		return 1
	}
	if k > 0 && a.dashAt(k-1) == 2 {
		return 2
	}
	return 0
}

// quoteAfter reports whether a quotation starts right after token k in its
// paragraph, a comma or colon between.
func (a *attributor) quoteAfter(k int) bool {
	t := a.toks
	j := k + 1
	if j < len(t) && (t[j].text == "," || t[j].text == ":") {
		j++
	}
	return j < len(t) && t[j].kind == tokQuote && t[j].para == t[k].para
}

// clauseOf gives the clause of the reporting verb at v; ok is false when
// v is no verb the clause reader reads.
func (a *attributor) clauseOf(v int) (clause, bool) {
	i, ok := slices.BinarySearchFunc(a.clauses, v, func(c clause, v int) int { return c.verb - v })
	if !ok {
		return clause{}, false
	}
	return a.clauses[i], true
}

// subjectOf gives the last token of the subject phrase of the reporting
// verb at v, -1 when it has none (subjectTok, read from the clause table).
func (a *attributor) subjectOf(v int) int {
	if c, ok := a.clauseOf(v); ok {
		return c.subj
	}
	return a.subjectTok(v)
}

// readHost finds the subject of the participial or absolute clause whose
// verb is c's: the name just before it after "with" ("with Nina Calloway
// telling reporters"), or, after a comma, the subject that opens the
// sentence ("Ashdown defended the deal, telling the BBC", "The Kremlin
// weighed in, calling it").
func (a *attributor) readHost(c *clause) {
	t := a.toks
	v := c.verb
	c.host, c.hostOrg = -1, -1
	if !strings.HasSuffix(t[v].lower, "ing") || v < 1 {
		return
	}
	if mi, ok := a.pp.byTok[v-1]; ok && !a.pp.mentions[mi].possessive {
		if f := a.phraseStart(v - 1); f > 0 && t[f-1].lower == "with" {
			c.absolute, c.host = true, v-1
			return
		}
	}
	if t[v-1].text != "," {
		return
	}
	f := a.sentenceFirst(v)
	if e := a.indefiniteEnd(f); e >= 0 && e < v {
		c.hostUnnamed = true
		return
	}
	c.host = a.sentenceSubjectTok(v - 1)
	if c.host < 0 {
		c.host = a.invertedHost(v)
	}
	for e := f; e < v && e < f+5 && t[e].kind == tokWord; e++ {
		if org := a.organisation(e); org != "" && a.followedByVerb(e) {
			c.hostOrg = e
			return
		}
	}
}

// opening is the subject phrase of a main clause that starts at a given
// token, and the verb after it, read once however many quotations of the
// sentence ask: "Mayor Ana Lima, who runs the port, said …", "She warned …".
type opening struct {
	end   int    // the last token of the subject phrase (the pronoun itself for "he", "she"), -1 when none starts there
	verbs [2]int // the verb after it: [0] a reporting verb, [1] any verb; -1 when none, unread before it is asked for
}

// unread marks a verb of an opening not looked for yet.
const unread = -2

// openingAt reads the subject phrase starting at token s (the table of
// openings is filled on first need: most sentences open no quotation).
func (a *attributor) openingAt(s int) opening {
	if o, ok := a.openings[s]; ok {
		return o
	}
	o := opening{end: -1, verbs: [2]int{unread, unread}}
	if g := pronounGender(a.toks[s].lower); g != 0 && g != 'n' {
		o.end = s
	} else {
		o.end = a.phraseEnd(s)
	}
	if a.openings == nil {
		a.openings = map[int]opening{}
	}
	a.openings[s] = o
	return o
}

// openingVerb gives the verb after the subject phrase starting at token s:
// any verb with any set, else a reporting verb; -1 when there is none.
func (a *attributor) openingVerb(s int, any bool) int {
	o := a.openingAt(s)
	i := 0
	if any {
		i = 1
	}
	if o.verbs[i] == unread {
		o.verbs[i] = -1
		if o.end >= 0 {
			o.verbs[i] = a.verbAfterPhrase(o.end, any)
		}
		a.openings[s] = o
	}
	return o.verbs[i]
}

// relativeVerb reports whether the verb at v stands in a relative clause:
// "who" or "which" before it, past adverbs and auxiliaries ("the mayor,
// who later said", "Lima, who has long argued").
func (a *attributor) relativeVerb(v int) bool {
	t := a.toks
	for k := v - 1; k >= 0 && k >= v-4 && t[k].sent == t[v].sent && t[k].kind == tokWord; k-- {
		switch l := t[k].lower; {
		case l == "who" || l == "which":
			return true
		case !skippable[l] && !timeWords[l] && (len(l) < 3 || l[len(l)-2:] != "ly"):
			return false
		}
	}
	return false
}

// The walks the clause reader makes, each once per verb: back from the
// verb to the end of its subject (subjectTok), forward from it to the
// phrase after it (subjectEndFrom).

// maxAppositives is how many comma-parted phrases may stand between a
// subject and its verb ("Emma Bell, 31, who runs a bakery, said").
const maxAppositives = 3

// subjectTok walks back from the verb at v over adverbs, auxiliaries,
// appositives (an age, a relative clause, a role) and a prepositional
// phrase after a role or name ("the senator from Ohio") to the token ending
// its subject; -1 when there is none.
func (a *attributor) subjectTok(v int) int {
	t := a.toks
	commas := 0
	for k, steps := v-1, 0; k >= 0 && steps < 12 && t[k].sent == t[v].sent; steps++ {
		x := t[k]
		switch {
		case x.kind == tokQuote:
			return -1
		case x.kind == tokPunct && x.text == "," && k > 0 && t[k-1].text == ")":
			k-- // "Mina Shah (Lab-Hull), said"
		case x.kind == tokPunct && x.text == ")":
			o := a.parenOpen(k)
			if o < 1 {
				return -1
			}
			k = o - 1 // "Mina Shah (Lab-Hull) said": a party label after the name
		case x.kind == tokPunct && x.text == "," && commas < maxAppositives:
			commas++
			if _, ok := a.pp.byTok[k-1]; ok && a.subjectLike(k-1) && a.wholeSegment(k-1) {
				k-- // "the chief of staff, Ana Lima, said"
				continue
			}
			j := a.commaBefore(k)
			if j < 0 {
				return -1
			}
			k = j - 1
			if k > 0 && isAge(t[k].text) && t[k-1].text == "," {
				k-- // "Emma Bell, 31, who runs …,"
			}
		case x.kind == tokPunct && isDash(x.text) && commas < maxAppositives:
			commas++
			j := a.dashBefore(k) // "Ina Brook — a nurse from Lake Havel — says"
			if j < 0 {
				return -1
			}
			k = j - 1
		case x.kind == tokPunct:
			return -1
		case a.subjectLike(k), a.organisation(k) != "", a.organisationByHead(k) != "":
			if h := a.placeAfterHead(k); h >= 0 && commas == 0 {
				return h // "Ina Brook of Lake Havel, Maine says": the place is no subject
			}
			if h := a.firstConjunct(k); h >= 0 && commas == 0 {
				return h // "Dalton Reyes and Mireille Tan said": the first named speaks
			}
			return k
		case skippable[x.lower] || strings.HasSuffix(x.lower, "ly") || a.isVerb(k) || x.lower == "back" || x.lower == "when":
			k--
		default:
			if h := a.postmodifiedHead(k); h >= 0 {
				k = h
				continue
			}
			if k+2 == v && t[k+1].lower == "to" && !x.cap && !prepositions[x.lower] && !determiners[x.lower] && strings.HasSuffix(x.lower, "ed") {
				k-- // "Ruiz was prompted to say", "Lima decided to tell"
				continue
			}
			return -1
		}
	}
	return -1
}

// firstConjunct gives the end of the first of two names joined by "and"
// that together are a subject, when the name ending at k is the second:
// "Dalton Reyes and Mireille Tan said", "“…,” Reyes and Tan said". Two
// speakers credit the first named, so that neither name is lost into a
// role. -1 when the name at k stands alone, or the name before "and" is
// no subject of its own ("Lima thanked Ruiz and Tan said").
func (a *attributor) firstConjunct(k int) int {
	t := a.toks
	if _, named := a.pp.byTok[k]; !named {
		return -1
	}
	f := a.phraseStart(k)
	if f < 2 || !coordinators[t[f-1].lower] {
		return -1
	}
	if _, named := a.pp.byTok[f-2]; !named || !a.subjectLike(f-2) || !a.wholeSegment(f-2) {
		return -1
	}
	return f - 2
}

// wholeSegment reports whether the name or role phrase ending at token e
// fills its comma-parted segment, opening at a comma, a dash or the
// sentence's start ("…, Ana Lima, said"), rather than ending a longer
// clause ("…, who voted for Ruiz and Ana Lima, said").
func (a *attributor) wholeSegment(e int) bool {
	t := a.toks
	f := a.phraseStart(e)
	return f == a.sentStart[e] || f > 0 && (t[f-1].text == "," || isDash(t[f-1].text) || t[f-1].kind == tokQuote)
}

// commaBefore finds the comma that opens the appositive ending at the comma
// k, at most 20 tokens back in its sentence, past a title in quotation
// marks ("Nell Ortiz, whose memoir "Salt and Iron," about the trawlers,
// sold well, said"); -1 when there is none.
func (a *attributor) commaBefore(k int) int {
	t := a.toks
	j := k - 1
	for j >= 0 && k-j < 20 && t[j].sent == t[k].sent && t[j].text != "," && (t[j].kind != tokQuote || isTitleQuote(t[j])) {
		j--
	}
	if j < 0 || t[j].text != "," {
		return -1
	}
	return j
}

// isDash reports whether a punctuation token is a dash that may set off an
// appositive.
func isDash(p string) bool { return p == "—" || p == "–" }

// dashBefore finds the dash that opens the appositive ending at the dash k,
// at most 20 tokens back in its sentence; -1 when there is none.
func (a *attributor) dashBefore(k int) int {
	return a.tokenNear(k, -1, 19, isDash)
}

// tokenNear gives the first token from k, stepping by step (-1 back, 1 on)
// at most reach tokens within k's sentence and not past a quotation, whose
// text is wanted; -1 when there is none.
func (a *attributor) tokenNear(k, step, reach int, wanted func(string) bool) int {
	t := a.toks
	for j := k + step; j >= 0 && j < len(t) && (j-k)*step <= reach && t[j].sent == t[k].sent && t[j].kind != tokQuote; j += step {
		if wanted(t[j].text) {
			return j
		}
	}
	return -1
}

// placeAfterHead gives the head of "Name of Town, State" when the name or
// word ending at k is the State: the first phrase of the place after a
// comma belongs to a prepositional phrase after a name or role; -1 when it
// does not.
func (a *attributor) placeAfterHead(k int) int {
	t := a.toks
	f := k
	if mi, ok := a.pp.byTok[k]; ok {
		f = a.pp.mentions[mi].first
	}
	if f < 3 || t[f-1].text != "," || !t[f-2].cap || t[f-2].kind != tokWord {
		return -1
	}
	if a.openingPhraseEnd(a.sentStart[f], f) == f {
		return -1 // "Returning from a lunch with Premier Tate, Ines Roy told": the comma ends an opening phrase
	}
	return a.postmodifiedHead(f - 2)
}

// isAge reports whether a word is a person's age as printed in apposition ("Boyd, 54,").
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	n := 0
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n > 0 && n < 120
}

// postPrepositions open a phrase that says where a person or role belongs:
// "the senator from Ohio", "the director of the agency".
var postPrepositions = wordSet("post_prepositions")

// maxPostmodifier is how many words a prepositional phrase after a subject
// may have ("of the Harbor Institute for Coastal Studies").
const maxPostmodifier = 8

// postmodifiedHead gives the role noun or name that a prepositional phrase
// ending at token k belongs to ("the senator from Ohio said"), -1 when the
// phrase follows neither.
func (a *attributor) postmodifiedHead(k int) int {
	t := a.toks
	for p := k - 1; p > 0 && k-p <= maxPostmodifier && t[p].sent == t[k].sent && t[p].kind == tokWord; p-- {
		if !postPrepositions[t[p].lower] {
			continue
		}
		if h := p - 1; t[h].kind == tokWord && pronounGender(t[h].lower) == 0 && a.subjectLike(h) {
			return h
		}
		// "Lima of the Harbor Institute for Coastal Studies": the
		// nearer preposition belongs to the organisation's name.
	}
	return -1
}

// subjectEndFrom finds the token ending a name, pronoun or role phrase that
// starts at k, taking the longest phrase ("the chief executive", not "the chief").
func (a *attributor) subjectEndFrom(k int) int {
	t := a.toks
	for e := k; e < len(t) && e < k+7 && t[e].kind == tokWord; e++ {
		if a.subjectLike(e) {
			for e+1 < len(t) && e+1 < k+7 && t[e+1].kind == tokWord && t[e+1].sent == t[k].sent && a.subjectLike(e+1) {
				e++
			}
			return e
		}
	}
	return -1
}

// subjectAfterVerb gives the last token of the subject phrase that follows
// reporting verb v when the verb comes first ("said Idaho seed-company
// executive Frank Vale, who …"): the phrase runs to the punctuation that
// ends it and may hold lower-case modifiers, but must end in a capitalised
// name; -1 when it does not. It is the clause layer's answer for an
// inverted clause, which rules ask instead of walking the phrase.
func (a *attributor) subjectAfterVerb(v int) int {
	t := a.toks
	s := v + 1
	if s >= len(t) {
		return -1
	}
	e := -1
	for j := s; j < len(t) && j < s+maxPhrase && t[j].sent == t[s].sent && t[j].kind == tokWord; j++ {
		if coordinators[t[j].lower] && e >= s && a.nameEnd(e) {
			break // "said Dalton Reyes and Mireille Tan": the first named speaks
		}
		if t[j].lower == "and" && j+1 < len(t) && a.phraseWord(j+1) && e >= s {
			continue // "said former Ohio Gov. and Harbor Party Chairman Ed Lind"
		}
		if !a.phraseWord(j) && (functionWords[t[j].lower] || prepositions[t[j].lower] || allReportingVerbs[t[j].lower]) {
			break
		}
		if _, poss := bareName(t[j].text); poss {
			break
		}
		if postPrepositions[t[j].lower] && e >= s && a.nameEnd(e) {
			break // "said Sen. Jeff Marlow of Oregon": the name, not the place after it
		}
		e = j
	}
	for e >= s && !a.nameEnd(e) {
		e--
	}
	if e < s || e+1 < len(t) && t[e+1].kind == tokWord && t[e+1].sent == t[s].sent && !functionWords[t[e+1].lower] && !prepositions[t[e+1].lower] {
		return a.phraseEnd(s)
	}
	return e
}

// sentenceSubjectTok gives the token ending the name or pronoun that opens
// the sentence of token k and is followed by its verb, -1 when there is
// none: the speaker of a quotation that a sentence without a reporting
// verb introduces with a colon ("Rao was blunter: …").
func (a *attributor) sentenceSubjectTok(k int) int {
	t := a.toks
	f := a.openingPhraseEnd(a.sentenceFirst(k), k)
	if pronounGender(t[f].lower) != 0 {
		return f
	}
	for mi := a.pp.mentionAt(f); mi < len(a.pp.mentions) && a.pp.mentions[mi].tok < k; mi++ {
		m := a.pp.mentions[mi]
		if s := a.phraseStart(m.tok); s > f && !a.rolePrefix(f, s) || m.possessive {
			if h := a.postmodifiedHead(m.tok); h >= f && a.followedByVerb(m.tok) {
				return h // "Councillor Rosa Keane of Hull praised …": the name, not the place after it
			}
			return -1
		}
		if a.followedByVerb(m.tok) && !roleHeads[a.toks[m.tok+1].lower] && !a.premodifiesRole(m.tok) {
			return m.tok
		}
	}
	return -1
}
