package quotes

import (
	"strings"
)

// credit is the resolver's answer: a speaker found for a quotation.
// attributed is set when the quotation has an attribution whose subject
// could not be resolved ("they said"), so that no earlier speaker is
// carried over to it.
type credit struct {
	person, role, method string
	attributed           bool
}

// attributor finds the speakers of one article's quotations.
type attributor struct {
	toks       []token
	pp         *personTable
	speakerish map[int]bool    // mention indexes that are subjects of a reporting verb
	said       []saidAt        // speakers found so far, in order
	proseSaid  map[string]bool // prose's verdict on names the rules were unsure of
	orgs       map[string]bool // organisations found speaking, which no pronoun stands for
	events     []event         // quotations whose speaker is known, in order (the discourse state)
	reported   []event         // reported-speech clauses with a named subject, found on first need
	sentStart  []int           // the first token of each token's sentence
	known      map[string]bool // speaker keys of people other sources name in full (Extractor.WithPeople)
	labels     map[int]bool    // paragraphs that are label lines ("WATCH: …"), whose names no pronoun takes up
	clauses    []clause        // the clause of every reporting verb, in token order (the clause layer)
	openings   map[int]opening // main-clause subject phrases by their first token, read on first need
	taking     taking          // the rule being taken (take), and its pick once one has decided
	offer      func(pick) bool // offerPick, the yield every rule is given
}

// saidAt is a quotation token whose speaker is known.
type saidAt struct {
	tok    int
	person string
}

func newAttributor(toks []token, pp *personTable) *attributor {
	a := &attributor{toks: toks, pp: pp, speakerish: map[int]bool{}, proseSaid: map[string]bool{}, orgs: map[string]bool{},
		sentStart: make([]int, len(toks)), labels: labelParas(toks)}
	for k := range toks {
		if k > 0 && toks[k-1].sent == toks[k].sent {
			a.sentStart[k] = a.sentStart[k-1]
		} else {
			a.sentStart[k] = k
		}
	}
	a.readClauses()
	a.markQuoteSubjects()
	for _, c := range a.clauses {
		if c.mention >= 0 && a.isVerb(c.verb) {
			a.speakerish[c.mention] = true
		}
	}
	return a
}

// pronounGender gives 'm' for "he", 'f' for "she", 'n' for "they" (which
// may name one person) and 0 for other words.
func pronounGender(l string) byte {
	switch l {
	case "he":
		return 'm'
	case "she":
		return 'f'
	case "they":
		return 'n'
	}
	if strings.IndexByte(l, '-') > 0 {
		return invertedPronoun(l) // "«…», a-t-elle déclaré"
	}
	return 0
}

// objectGender is pronounGender for the object pronouns "him", "her" and "them".
func objectGender(l string) byte {
	switch l {
	case "him":
		return 'm'
	case "her":
		return 'f'
	case "them":
		return 'n'
	}
	return 0
}

// determiners before a word make it a noun.
var determiners = wordSet("determiners")

// isVerb reports whether token v is a reporting verb ("said", "hit back").
func (a *attributor) isVerb(v int) bool {
	t := a.toks
	if v < 0 || v >= len(t) || t[v].kind != tokWord {
		return false
	}
	if v > 0 && determiners[t[v-1].lower] && !auxiliaryOf(t, v-1) {
		return false // a noun: "his remarks", "the statement"
	}
	if reportingVerbs[t[v].lower] {
		return !a.modifiesRoleNoun(v)
	}
	return backVerbs[t[v].lower] && v+1 < len(t) && t[v+1].lower == "back" || a.goesOn(v)
}

// subjectLike reports whether token k ends a name, pronoun or role phrase
// that can be a subject (not possessive, not after a preposition).
func (a *attributor) subjectLike(k int) bool {
	t := a.toks
	if pronounGender(t[k].lower) != 0 || a.orgBack(k) != "" || a.placeBody(k) != "" {
		return true
	}
	if _, _, ok := a.descriptor(k); ok {
		return true
	}
	if mi, ok := a.pp.byTok[k]; ok {
		m := a.pp.mentions[mi]
		f := m.first
		for f > 0 && (titles[t[f-1].lower] || t[f-1].cap) && t[f-1].kind == tokWord {
			f--
		}
		return !m.possessive && (f == 0 || !prepositions[t[f-1].lower])
	}
	if _, poss := bareName(t[k].text); poss {
		return false
	}
	if phrase, f := a.pp.roleAt(k); phrase != "" {
		return f == 0 || !prepositions[t[f-1].lower]
	}
	return false
}

// orgNouns are the common nouns that refer back to an organisation.
var orgNouns = wordSet("org_nouns")

// orgBack resolves "it" or "the utility" at token k, as the subject of a
// reporting verb right after it, to the latest organisation the article
// named as the subject of a sentence within pronounWindow paragraphs and
// pronounReach tokens ("The Harbor Water Company raised its rates. …,"
// it said); "" when there is none, or a person was the subject since.
func (a *attributor) orgBack(k int) string {
	t := a.toks
	if k+1 >= len(t) || !a.isVerb(k+1) || t[k].lower != "it" && (k < 1 || t[k-1].lower != "the" || !orgNouns[t[k].lower] || t[k].cap) {
		return ""
	}
	for j := k - 1; j >= 0 && j >= k-pronounReach && t[j].para >= t[k].para-pronounWindow; j-- {
		if t[j].kind != tokWord || !t[j].cap || !a.followedByVerb(j) {
			continue
		}
		if org := a.organisation(j); org != "" {
			return org
		}
		if mi, ok := a.pp.byTok[j]; ok && a.personByArticle(mi) {
			return "" // a person spoke or acted since
		}
	}
	return ""
}

// roleOfPrevious gives the person a bare role phrase that fits nobody's
// role ("the candidate") stands for: the named subject of the sentence
// just before, in the same paragraph ("Carver declared victory. “…,” the
// candidate told supporters."), or, for a quotation opening its
// paragraph, the last speaker if nobody was named since; "" when there is
// none, when someone has
// a role with that head noun, when the role is one that speaks for
// another ("the spokesman"), or when it is a title of office ("the
// senator"), which the article would have given the person it means.
func (a *attributor) roleOfPrevious(phrase string, k int) string {
	words := strings.Fields(normRole(phrase))
	if len(words) != 1 || proxyHeads[words[0]] || titles[words[0]] || a.pp.resolveRole(phrase, k) != "" {
		return "" // "the senator said" of someone never called a senator: unknown, not a guess
	}
	f := a.sentenceFirst(k)
	if f == 0 || a.toks[f-1].para != a.toks[k].para {
		if p, ok := a.continuationPick(f); ok {
			return a.resolve(p).person // "…," the mayor-elect said: the last speaker
		}
		return ""
	}
	if w := a.resolve(pick{tok: a.sentenceSubjectTok(f - 1)}); w.method == MethodExplicit {
		return w.person
	}
	return ""
}

// firstNameAlone reports whether mention m is a lone known first name as a
// subject ("…," Isabelle writes): the list nudges a one-word subject the
// article says nothing against to a person; a name printed as a place or
// after "the" stays out.
func (a *attributor) firstNameAlone(m mention) bool {
	t := a.toks
	return m.first == m.tok && firstName(strings.ToLower(m.person)) && !a.pp.placed[m.person] && (m.first == 0 || t[m.first-1].lower != "the")
}

// organisation gives the name of the organisation whose capitalised name
// ends at token k: one with "the" before it or a word such as "Service" or
// "Club" in it ("the Crown Prosecution Service said"); "" when the words
// there are no such name or a person's.
func (a *attributor) organisation(k int) string {
	return a.orgName(k, false)
}

// orgName is organisation, but with objects allowed, it also takes a name
// after a preposition ("a statement from the Pancreatic Action Trust").
func (a *attributor) orgName(k int, objects bool) string {
	t := a.toks
	if k < 0 || k >= len(t) || t[k].kind != tokWord || !t[k].cap || functionWords[t[k].lower] {
		return ""
	}
	if mi, ok := a.pp.byTok[k]; ok && a.pp.certain(a.pp.mentions[mi].person) {
		return ""
	}
	if _, poss := bareName(t[k].text); poss || k+1 < len(t) && t[k+1].kind == tokWord && t[k+1].cap && t[k+1].sent == t[k].sent {
		return "" // "the United States": the name goes on
	}
	f := a.capitalsBefore(k)
	for f > 1 && t[f-1].lower == "of" && t[f-2].kind == tokWord && t[f-2].cap && orgWords[t[f-2].lower] {
		f = a.capitalsBefore(f - 2) // "the Board of Elections", "the Bank of England"
	}
	org := f > 0 && t[f-1].lower == "the" && t[f-1].sent == t[k].sent
	if org && f > 1 && prepositions[t[f-2].lower] && !objects {
		return "" // "told the Financial Times"
	}
	for i := f; i <= k && !org; i++ {
		org = orgWords[t[i].lower] || institutions.has(t[i].lower)
	}
	if f > 1 && t[f-1].cap && prepositions[t[f-2].lower] && !objects {
		if _, poss := bareName(t[f-1].text); poss {
			return "" // "Greaves of King's College London": the name after "of" is no subject
		}
	}
	if !org || f > 0 && prepositions[t[f-1].lower] && !objects {
		return ""
	}
	return joinWords(t[f : k+1])
}

// publicBodies are lower-case nouns for a public body that its place's
// name makes an organisation ("Dunmore police").
var publicBodies = wordSet("public_bodies")

// placeBody gives the organisation that a place's name and a public body
// noun ending at token k make ("“…,” Dunmore police said", "said Harrow
// County authorities"): "" when k is no such noun or no capitalised name
// stands right before it ("police said" names none), or the name is a
// preposition's object or a person's.
func (a *attributor) placeBody(k int) string {
	t := a.toks
	if k < 1 || t[k].kind != tokWord || t[k].cap || !publicBodies[t[k].lower] {
		return ""
	}
	p := t[k-1]
	if p.kind != tokWord || !p.cap || p.sent != t[k].sent || functionWords[p.lower] || nationalities[p.lower] {
		return "" // not "the Mexican government": an adjective, no place's name
	}
	if _, poss := bareName(p.text); poss {
		return ""
	}
	if mi, ok := a.pp.byTok[k-1]; ok && a.pp.certain(a.pp.mentions[mi].person) {
		return ""
	}
	f := a.capitalsBefore(k - 1)
	if f > 0 && prepositions[t[f-1].lower] && t[f-1].sent == t[k].sent {
		return "" // "a spokesman for Dunmore police said"
	}
	return joinWords(t[f : k+1])
}

// capitalsBefore gives the first of the capitalised words, none of them
// possessive, that end at token k in its sentence.
func (a *attributor) capitalsBefore(k int) int {
	t := a.toks
	f := k
	for f > 0 && t[f-1].kind == tokWord && t[f-1].sent == t[k].sent && t[f-1].cap && !functionWords[t[f-1].lower] {
		if _, poss := bareName(t[f-1].text); poss {
			break
		}
		f--
	}
	return f
}

// organisationByHead gives the organisation that "the board" or "the
// ministry" at token k takes up: the latest one named before it whose name
// has that word; "" when there is none.
func (a *attributor) organisationByHead(k int) string {
	t := a.toks
	if k < 1 || t[k].cap || !orgWords[t[k].lower] || t[k-1].lower != "the" {
		return ""
	}
	for j := k - 2; j >= 0; j-- {
		if !t[j].cap || t[j].lower != t[k].lower {
			continue
		}
		e := j
		for e+2 < len(t) && t[e+1].sent == t[j].sent && (t[e+1].cap && t[e+1].kind == tokWord || t[e+1].lower == "of" && t[e+2].cap) {
			e++
		}
		if org := a.organisation(e); org != "" {
			return org
		}
	}
	return ""
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// roleOf gives the longest role the article gives a person.
func (a *attributor) roleOf(p string) string {
	return a.pp.roleOf[p]
}

// describesQuote reports whether the phrase from token k after a quotation
// to its subject s is an indefinite noun phrase in apposition to the
// quotation, not the speaker: "…," a stance Kremlin spokesman Yuri Pankov
// called "unconstructive". An indefinite phrase names its speaker only
// alone ("a senior official said") or with the name set off by commas ("a
// spokeswoman, Anna Berg, said").
func (a *attributor) describesQuote(k, s int) bool {
	t := a.toks
	if l := t[k].lower; l != "a" && l != "an" {
		return false
	}
	if _, named := a.pp.byTok[s]; !named {
		return false
	}
	for j := k + 1; j < s; j++ {
		if t[j].text == "," {
			return false
		}
	}
	return true
}

// maxVerbDistance is how many tokens before a quotation its reporting verb may stand.
const maxVerbDistance = 30

// participleAfterComma reports whether the reporting verb at v is a
// participle opening a clause after a comma ("…, calling it", "…, saying"),
// whose subject is the subject of the clause before, not the word before
// the comma; a name set off by commas as the verb's own subject ("Lima,
// speaking on Monday, said") is left to subjectTok.
func (a *attributor) participleAfterComma(v int) bool {
	t := a.toks
	if v < 2 || !strings.HasSuffix(t[v].lower, "ing") || t[v-1].text != "," {
		return false
	}
	f := a.sentenceFirst(v)
	for k := v - 2; k > f; k-- {
		if t[k].kind == tokWord && !t[k].cap && !functionWords[t[k].lower] && !titles[t[k].lower] && !roleHeads[t[k].lower] {
			return true // a verb or object stands between: "Ruiz attacked Lima,"
		}
	}
	return false
}

// objectOf reports whether the noun phrase starting at token f is the
// object of a preposition a few words before it ("to the weekly paper Harbor
// Times"), which makes it no speaker.
func (a *attributor) objectOf(f int) bool {
	t := a.toks
	for j := f - 1; j >= 0 && j >= f-4 && t[j].sent == t[f].sent && t[j].kind == tokWord; j-- {
		if prepositions[t[j].lower] {
			return true
		}
	}
	return false
}

// isMention reports whether token k ends a mention of a person.
func (a *attributor) isMention(k int) bool {
	_, ok := a.pp.byTok[k]
	return ok
}

// openingPhraseEnd gives the first token after the opening phrases of the
// sentence starting at f ("On Friday, Keane praised …", "In a statement
// Tuesday, Lima said …", "Speaking in Ohio, Lima said"), before token k;
// f when there is none.
func (a *attributor) openingPhraseEnd(f, k int) int { return a.afterIntros(f, k) }

// rolePrefix reports whether the words toks[f:e] before a name are its role
// ("Halden Securities analyst Priyanka Rao"): capitalised words and role nouns.
func (a *attributor) rolePrefix(f, e int) bool {
	// a role noun or title still to come makes lower-case modifiers a
	// role's ("party deputy leader")
	role := e < len(a.toks) && (roleHeads[a.toks[e].lower] || titles[a.toks[e].lower])
	for k := e - 1; k >= f; k-- {
		x := a.toks[k]
		switch {
		case x.kind != tokWord:
			return false
		case roleHeads[x.lower] || titles[x.lower]:
			role = true
		case !x.cap && (!role || functionWords[x.lower] || prepositions[x.lower] || allReportingVerbs[x.lower]):
			return false
		}
	}
	return true
}

// subordinators open a clause that follows a quotation without
// attributing it ("…" as Thorne spoke, "…" while the minister watched).
var subordinators = wordSet("subordinators")

// crowdNouns name what a crowd shouts: a quotation after "cries of" is
// nobody's in particular.
var crowdNouns = wordSet("crowd_nouns")

// indefiniteEnd gives the role noun ending an indefinite phrase that starts
// at k ("a senior administration official", "an aide"), -1 when there is
// none: someone the article does not name.
func (a *attributor) indefiniteEnd(k int) int {
	t := a.toks
	if k >= len(t) || t[k].lower != "a" && t[k].lower != "an" {
		return -1
	}
	for e := k + 1; e < len(t) && e <= k+4 && t[e].kind == tokWord && t[e].sent == t[k].sent; e++ {
		if roleHeads[t[e].lower] && (e+1 >= len(t) || t[e+1].kind != tokWord || !roleHeads[t[e+1].lower]) {
			return e
		}
	}
	return -1
}
