package quotes

import "strings"

// Where one clause ends and the next begins, as the clause layer reads it
// for the rules: the words after a quotation are its attribution only when
// they still belong to its sentence and its clause, and the subject of a
// sentence's first verb is not the subject of a clause coordinated after it.
//
//	Keane demands the yard be "open by June" and Vale says that is "fantasy".   two clauses, each quotation its own clause's
//	Keane described the firm as "cowboys." Vale described it as "rushed."       the first ends its sentence: the next is not its attribution
//	"It can be saved," Keane said. "It needs a buyer." Vale replied: "No."     a colon introduces what follows it, not what went before

// clauseConjunctions join two clauses, each with a subject of its own, in
// one sentence.
var clauseConjunctions = wordSet("clause_conjunctions")

// opensCoordinate reports whether token j is a conjunction that opens a
// clause of its own: it follows a comma or a quotation, and a subject
// phrase and a reporting verb come after it ("…, and Vale pledged to",
// "…" and Vale says", "…, while Keane argued"), not a name joined to
// another ("Keane and Vale said"). k bounds the look ahead.
func (a *attributor) opensCoordinate(j, k int) bool {
	t := a.toks
	if j < 1 || j+2 >= len(t) || t[j].kind != tokWord || !clauseConjunctions[t[j].lower] && t[j].lower != "which" || t[j+1].kind != tokWord {
		return false
	}
	if t[j].lower == "which" {
		if !prepositions[t[j-1].lower] {
			return false // "to which Vale replied": a relative clause with a subject of its own
		}
	} else if t[j-1].text != "," && t[j-1].kind != tokQuote {
		return false
	}
	s := j + 1
	if g := pronounGender(t[s].lower); g == 'm' || g == 'f' {
		return a.isClauseVerbAfter(s, k)
	}
	if !t[s].cap && t[s].lower != "the" {
		return false
	}
	e := a.openingAt(s).end
	return e >= s && e < k && a.isClauseVerbAfter(e, k)
}

// isClauseVerbAfter reports whether a verb of the clause table follows the
// phrase ending at e, past adverbs, before token k.
func (a *attributor) isClauseVerbAfter(e, k int) bool {
	t := a.toks
	for v := e + 1; v < k && v <= e+3 && t[v].kind == tokWord; v++ {
		if a.isClauseVerb(v) {
			return true
		}
		if !skippable[t[v].lower] && !timeWords[t[v].lower] && !lyAdverb(t[v].lower) {
			return false
		}
	}
	return false
}

// lyAdverb reports whether a word looks like an adverb in -ly.
func lyAdverb(l string) bool { return len(l) > 4 && l[len(l)-2:] == "ly" }

// coordinateBetween reports whether a clause of its own, opened by a
// conjunction, starts between tokens i and k: the quotation at k is that
// clause's, not the subject's of the verb at i.
func (a *attributor) coordinateBetween(i, k int) bool {
	for j := i + 1; j < k; j++ {
		if a.opensCoordinate(j, k) {
			return true
		}
	}
	return false
}

// trailsInSentence reports whether the words from token k, after quotation
// q, may be q's own attribution as far as sentence bounds go: a quotation
// standing inside a sentence and ending it ("described it as "cowboys." Vale
// said …") takes no attribution from the next sentence, and a next
// sentence ending in a colon before a quotation introduces that one
// ("Vale replied: "…"").
func (a *attributor) trailsInSentence(q, k int) bool {
	t := a.toks
	if t[k].sent == t[q].sent {
		return true
	}
	if q > 0 && t[q-1].sent == t[q].sent {
		return false // the quotation ended a sentence that began before it
	}
	for j := k; j+1 < len(t) && j < k+maxPhrase+4 && t[j].sent == t[k].sent; j++ {
		if t[j].text == ":" && t[j+1].kind == tokQuote {
			return false
		}
		if t[j].kind == tokQuote {
			break
		}
	}
	return true
}

// maxIntros is how many opening phrases may stand before a subject ("A
// day later, at the gates of the yard, where her father worked, Keane said").
const maxIntros = 3

// afterIntros gives the token after the opening phrases starting at s,
// before token q (afterIntro, at most maxIntros times); s when none.
func (a *attributor) afterIntros(s, q int) int {
	for range maxIntros {
		n := a.afterIntro(s, q)
		if n == s {
			break
		}
		s = n
	}
	return s
}

// afterIntro gives the token after an opening phrase that starts at s and
// a comma ends, before the subject: a prepositional or adverbial phrase
// ("On Monday,", "In a speech in Ohio,", "Minutes later,") or a participial
// one ("Returning from the meeting,", "Pressed on the cost,"); s itself when
// none starts there.
func (a *attributor) afterIntro(s, q int) int {
	t := a.toks
	if s >= q || t[s].kind != tokWord || !a.opensIntro(s) {
		return s
	}
	for j := s + 1; j < q && j < s+maxIntro && t[j].kind != tokQuote; j++ {
		if t[j].text == "," {
			return j + 1
		}
	}
	return s
}

// openingAdverbs may open a sentence before an opening phrase's comma
// ("Back in 2004,", "Here in Hull,", "Meanwhile,").
var openingAdverbs = wordSet("opening_adverbs")

// opensIntro reports whether token s, opening a sentence, may open a phrase
// set before the subject: a preposition, a function word that is no
// pronoun or article, a time word, or a participle that names nobody.
func (a *attributor) opensIntro(s int) bool {
	t := a.toks
	l := t[s].lower
	if prepositions[l] || functionWords[l] && pronounGender(l) == 0 && l != "the" || openingAdverbs[l] {
		return true // "On Monday,", "Back in 2004,", "Meanwhile,"
	}
	if s+1 >= len(t) || t[s+1].kind != tokWord {
		return false
	}
	if timeWords[t[s+1].lower] || timeWords[l] {
		return true // "Minutes later,", "Later that day,"
	}
	if _, named := a.pp.byTok[s]; named {
		return false
	}
	return len(l) > 5 && (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed")) && !t[s+1].cap
}

// invertedHost gives the subject of an attribution with its verb first that
// a participle after a comma hangs on, in the same sentence ("“…,” said
// Keane on Friday, adding that “…”"): the clause read last before the participle, when
// its verb follows a quotation; -1 when there is none.
func (a *attributor) invertedHost(v int) int {
	t := a.toks
	if len(a.clauses) == 0 {
		return -1
	}
	c := a.clauses[len(a.clauses)-1]
	if c.after < 0 || c.after >= v || t[c.verb].sent != t[v].sent || c.verb < 1 {
		return -1
	}
	p := c.verb - 1
	if t[p].text == "," && p > 0 {
		p--
	}
	if t[p].kind != tokQuote {
		return -1
	}
	return c.after
}

// maxTitleQuote is the longest quotation, in bytes, that may be a title
// standing inside an appositive (a book's, a show's).
const maxTitleQuote = 48

// isTitleQuote reports whether quotation token x is short enough to be a
// title inside a phrase ("whose memoir "Salt and Iron,"") rather than words
// someone said.
func isTitleQuote(x token) bool { return x.kind == tokQuote && x.end-x.start <= maxTitleQuote }

// parenOpen gives the "(" that opens the parenthesis closing at token k, at
// most 8 tokens back in its sentence; -1 when there is none.
func (a *attributor) parenOpen(k int) int {
	return a.tokenNear(k, -1, 8, func(p string) bool { return p == "(" })
}

// onVerbs take "on" to report speech that goes on ("“…,” Pell went on.").
var onVerbs = wordSet("on_verbs")

// goesOn reports whether the word at v is a verb of going on followed by
// "on" and then punctuation or a quotation: speech continued, not a journey
// ("went on to win").
func (a *attributor) goesOn(v int) bool {
	t := a.toks
	if v+2 >= len(t) || t[v+1].lower != "on" || !onVerbs[t[v].lower] {
		return false
	}
	return t[v+2].kind == tokPunct || t[v+2].kind == tokQuote
}

// passiveAgent gives the last token of the agent of a passive verb of
// asking or telling ("Pell was asked by presenter Lina Cole, …"): the person the
// words after it are the agent's; -1 when the verb at v is no such verb.
func (a *attributor) passiveAgent(v int) int {
	t := a.toks
	if v < 1 || v+2 >= len(t) || !passiveSpeechVerbs[t[v].lower] || !beForms[t[v-1].lower] || t[v+1].lower != "by" {
		return -1
	}
	e := -1
	for j := v + 2; j < len(t) && j < v+2+maxPhrase && t[j].kind == tokWord; j++ {
		if _, ok := a.pp.byTok[j]; ok {
			e = j // "by presenter Lina Cole", "by panel chair Lina Cole"
		}
	}
	return e
}

// passiveSpeechVerbs are the past participles of verbs of asking and
// telling whose agent, after "by", says the words that follow.
var passiveSpeechVerbs = wordSet("passive_speech_verbs")

// beForms are the forms of "be" that make a passive.
var beForms = wordSet("be_forms")

// agentAsks reports whether quotation q holds the words of the agent of
// clause c's passive verb of asking: it follows the agent's phrase after a
// comma or colon ("was asked by presenter Lina Cole, a critic, "…"") or
// after "whether" ("asked by Lina Cole whether the cuts would "…""), with no
// other quotation between.
func (a *attributor) agentAsks(c clause, q int) bool {
	t := a.toks
	if c.agent <= c.verb || q <= c.agent || q-c.agent > maxVerbDistance {
		return false
	}
	whether := false
	for j := c.agent + 1; j < q; j++ {
		if t[j].kind == tokQuote || t[j].sent != t[q].sent {
			return false
		}
		whether = whether || t[j].lower == "whether"
	}
	return whether || t[q-1].text == "," || t[q-1].text == ":"
}

// parenClose gives the ")" that closes the parenthesis opening at token k,
// at most 8 tokens on in its sentence; -1 when there is none.
func (a *attributor) parenClose(k int) int {
	return a.tokenNear(k, 1, 8, func(p string) bool { return p == ")" })
}

// coordinatedVerb reports whether the verb at v is the second of two verbs
// its subject shares, joined by "and" or "but" ("Arden once opposed the
// bridge, but last week said …", "Lima toured the port and said …"), past adverbs.
func (a *attributor) coordinatedVerb(v int) bool {
	t := a.toks
	if strings.HasSuffix(t[v].lower, "ing") {
		return false // "with Pell posting … and asking": a participle shares its host's subject
	}
	for k := v - 1; k >= 0 && k >= v-4 && t[k].sent == t[v].sent && t[k].kind == tokWord; k-- {
		l := t[k].lower
		if l == "and" || l == "but" {
			return k > 0 && t[k-1].kind != tokQuote
		}
		if !skippable[l] && !timeWords[l] && !lyAdverb(l) {
			return false
		}
	}
	return false
}

// premodifiesRole reports whether the name ending at k is followed by
// lower-case words that end in a role noun before a capitalised word: it
// modifies the role of the name after it ("Green party deputy leader Nell
// Ortiz"), it is no subject before a verb.
func (a *attributor) premodifiesRole(k int) bool {
	t := a.toks
	for j := k + 1; j+1 < len(t) && j <= k+3 && t[j].kind == tokWord && !t[j].cap; j++ {
		if roleHeads[t[j].lower] && t[j+1].kind == tokWord && t[j+1].cap {
			return true
		}
	}
	return false
}

// parentheticalSays reports whether clause c is an attribution set in its
// sentence between commas, verb first ("The problem, says Gus Arden, a
// retired engineer, is that it was "…""): its subject, after the verb, says the
// whole sentence.
func (a *attributor) parentheticalSays(c clause) bool {
	t := a.toks
	e := c.after
	return c.subj < 0 && c.verb > 0 && t[c.verb-1].text == "," && e > c.verb && e+1 < len(t) && t[e+1].text == "," && t[e+1].sent == t[c.verb].sent
}

// modifiesRoleNoun reports whether the bare form of a reporting verb at v
// stands before a role noun as the noun it also is: "Ortiz's Victorian
// state director", "the campaign's post manager" (not "said spokeswoman
// Mina Shah", an inflected verb before its subject).
func (a *attributor) modifiesRoleNoun(v int) bool {
	t := a.toks
	if v+1 >= len(t) || t[v+1].kind != tokWord || t[v+1].cap || !roleHeads[t[v+1].lower] {
		return false
	}
	l := t[v].lower
	return !strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ing") && !irregularForms[l]
}

// finiteAuxiliaries are verbs that may stand as auxiliaries before a verb
// ("had said", "went on to say") or alone as a clause's verb ("Ortiz went
// further, …").
var finiteAuxiliaries = wordSet("finite_auxiliaries")

// finiteVerb reports whether the word at j is a finite form that may be a
// clause's only verb: a form of "be", "go", "have" or "do".
func (a *attributor) finiteVerb(j int) bool {
	l := a.toks[j].lower
	return beForms[l] || onVerbs[l] || finiteAuxiliaries[l]
}
