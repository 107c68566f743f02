package quotes

import (
	"cmp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mention is a person named or referred to in the narration.
type mention struct {
	tok        int    // index of the token that ends the mention
	first      int    // index of its first token
	name       string // as printed, titles stripped
	person     string // canonical name
	role       string
	possessive bool
	byRole     bool   // a role noun phrase ("the president") resolved to a person
	cued       bool   // followed by what only a person has: an age, "who"
	age        string // the age printed in apposition ("Pike, 31,"), "" when none
}

// nationalities may stand before a name without a title ("Russian Putin").
var nationalities = wordSet("nationalities")

var particles = wordSet("name_particles")

// personTable holds the persons of one article.
type personTable struct {
	toks     []token
	mentions []mention
	byTok    map[int]int         // token index of a mention's last token -> mention index
	roles    map[string][]string // normalised role (normRole) -> canonical names
	roleOf   map[string]string   // canonical name -> longest role printed with it
	cued     map[string]bool     // canonical names printed with an age or "who" after them
	ages     map[string]string   // canonical name -> age printed in apposition
	ix       *nameIndex          // the article's names, to canonicalise a name found later
	genders  map[string]byte     // canonical name -> gender the article shows (honorific, he/she referring back)
	midCaps  map[string]bool     // words printed capitalised inside a sentence: names, not a sentence's first word
	placed   map[string]bool     // canonical names printed after "in", "across" or "the": places, events, things
	// speaking holds the names a "he" or "she" framing a quotation in the
	// next sentence refers back to ("Okafor stepped away. “…,” he
	// said."): people's, the article shows (learnGenders).
	speaking map[string]bool
	// framing holds the one-word names the article prints as the subject
	// of a verb of saying that frames a quotation ("“…,” says Pellham"),
	// with the index of the first such mention (markQuoteSubjects).
	framing map[string]int
}

// mentionAt gives the index of the first mention ending at or after token k.
func (pp *personTable) mentionAt(k int) int {
	return sort.Search(len(pp.mentions), func(i int) bool { return pp.mentions[i].tok >= k })
}

// findPeople finds the persons named in the narration and their roles.
func findPeople(toks []token) *personTable {
	pp := &personTable{toks: toks, byTok: map[int]int{}, roles: map[string][]string{}, roleOf: map[string]string{}, cued: map[string]bool{}, ages: map[string]string{}, genders: map[string]byte{}, speaking: map[string]bool{}, framing: map[string]int{}}
	for i := 0; i < len(toks); {
		j := pp.runEnd(i)
		if j > i {
			pp.addRun(i, j)
			i = j
		} else {
			i++
		}
	}
	pp.canonicalise()
	pp.midCaps = midSentenceCaps(toks)
	pp.placed = pp.placeCued()
	pp.learnGenders()
	pp.addRoleMentions()
	return pp
}

// addRoleMentions records role noun phrases ("the Russian president") that
// resolve to a person named in the article, as mentions of that person.
func (pp *personTable) addRoleMentions() {
	all := make([]mention, 0, len(pp.mentions)+len(pp.mentions)/2+4)
	mi := 0
	for k := range pp.toks {
		for mi < len(pp.mentions) && pp.mentions[mi].tok <= k {
			all = append(all, pp.mentions[mi])
			mi++
		}
		bare, poss := bareName(pp.toks[k].lower)
		if !roleHeads[bare] || mi > 0 && pp.mentions[mi-1].tok == k || strings.HasSuffix(bare, "s") || !poss && pp.roleGoesOn(k) {
			continue // roleAt reads only a role noun; a name ends here; the role goes on
		}
		if phrase, f := pp.roleAt(k); phrase != "" {
			if p := pp.resolveRole(phrase, k); p != "" {
				all = append(all, mention{tok: k, first: f, name: phrase, person: p, role: phrase, byRole: true, possessive: poss})
			}
		}
	}
	all = append(all, pp.mentions[mi:]...)
	pp.mentions = all
	pp.byTok = make(map[int]int, len(all))
	for i, m := range all {
		pp.byTok[m.tok] = i
	}
}

// roleGoesOn reports whether the role phrase at token k carries on with the
// next word ("the chief" of "the chief executive").
func (pp *personTable) roleGoesOn(k int) bool {
	t := pp.toks
	if k+1 >= len(t) || t[k+1].kind != tokWord || t[k+1].sent != t[k].sent {
		return false
	}
	bare, _ := bareName(t[k+1].lower)
	return roleHeads[bare] || titles[bare]
}

// runEnd gives the end of the run of capitalised words starting at i (i when none).
func (pp *personTable) runEnd(i int) int {
	t := pp.toks
	j := i
	for j < len(t) && t[j].kind == tokWord && t[j].sent == t[i].sent {
		if !t[j].cap && !(j > i && particles[t[j].lower] && j+1 < len(t) && t[j+1].cap) {
			break
		}
		j++
		if _, poss := bareName(t[j-1].text); poss {
			break
		}
	}
	return j
}

// addRun records the person in the capitalised run toks[i:j], if it names one.
func (pp *personTable) addRun(i, j int) {
	t := pp.toks
	if t[i].lower == "by" && (i == 0 || t[i-1].para != t[i].para) {
		return // a byline: the writer, not a speaker
	}
	for p := i + 1; p+1 < j; p++ {
		if l := t[p].lower; strings.HasSuffix(l, "s") && reportingVerbs[l] {
			pp.addRun(i, p) // "Lee Says Budget Will Pass": a Title-Case headline's subject
			return
		}
	}
	if j == i+1 && pp.openingParticiple(i) {
		return // "Returning from the talks, Keane said": a verb capitalised to open the sentence
	}
	article := t[i].lower == "the" || i > 0 && t[i-1].lower == "the"
	for i < j && (functionWords[t[i].lower] || nationalities[t[i].lower] || accordingWords[t[i].lower]) {
		i++
	}
	if i+1 < j && pp.sentenceStart(i) && reportingVerbs[t[i].lower] && strings.HasSuffix(t[i].lower, "d") {
		i++ // "Said Tomas Ruiz, who …": a verb capitalised to open the sentence
	}
	titled := false
	for k := j - 1; k >= i; k-- {
		if titles[t[k].lower] {
			i, titled = k+1, true
			break
		}
	}
	if i+1 < j && pp.sentenceStart(i) && roleHeads[t[i].lower] && !firstName(t[i].lower) {
		i, titled = i+1, true // "Campaigner Sue Hart": a role noun capitalised to open the sentence
	}
	if i >= j || article && !titled {
		return // "the Lakeshore Record": a name of a thing, not a person
	}
	words, first := make([]string, 0, j-i), "" // first: the first word, lower-cased
	for k := i; k < j; k++ {
		w, _ := bareName(t[k].text)
		lw := t[k].lower[:len(t[k].lower)-(len(t[k].text)-len(w))] // lower-casing leaves the possessive ending as it is
		if orgWords[lw] || institutions.has(lw) || functionWords[lw] && !(titled && k == i && honorifics[strings.TrimSuffix(t[k-1].lower, ".")]) && !(k > i && !weekdays[lw]) {
			return // "Ms. May" and "Theresa May" are names; "the May report" is not
		}
		words = append(words, w)
		if k == i {
			first = lw
		}
	}
	if len(words) == 1 && places.has(first) {
		return
	}
	_, poss := bareName(t[j-1].text)
	m := mention{tok: j - 1, first: i, name: strings.Join(words, " "), possessive: poss, cued: pp.personCue(j), age: pp.ageAfter(j)}
	m.role = pp.roleBefore(i)
	if !pp.hasRoleHead(m.role) {
		m.role = joinRole(m.role, pp.roleAround(i, j))
	}
	pp.byTok[j-1] = len(pp.mentions)
	pp.mentions = append(pp.mentions, m)
}

// roleAround gives the role printed in apposition to the name at toks[i:j]:
// after it (", the Russian President,") or before it ("The city's chief
// engineer, Dr Marta Kowalski,"), a title standing before the name.
func (pp *personTable) roleAround(i, j int) string {
	t := pp.toks
	if r := pp.appositiveRole(j); r != "" {
		return r
	}
	f := i
	for f > 0 && t[f-1].kind == tokWord && titles[t[f-1].lower] {
		f--
	}
	if f >= 2 && t[f-1].text == "," {
		r, _ := pp.roleAt(f - 2)
		return r
	}
	return ""
}

// hasRoleHead reports whether a role holds a role noun, not titles alone ("Dr", "Ms").
func (pp *personTable) hasRoleHead(role string) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if roleHeads[w] {
			return true
		}
	}
	return false
}

// joinRole joins a title and a role ("Dr" and "chief executive"); either may be empty.
func joinRole(title, role string) string {
	return strings.TrimSpace(title + " " + role)
}

// openingParticiple reports whether the capitalised word at i is a
// participle opening its sentence, followed by a preposition or article
// ("Returning from …", "Speaking to …", "Pressing on with …", "Addressing
// the crowd"), not a name ending in -ing ("Fleming of the trust said").
func (pp *personTable) openingParticiple(i int) bool {
	t := pp.toks
	if !pp.sentenceStart(i) || !strings.HasSuffix(t[i].lower, "ing") || i+1 >= len(t) || t[i+1].kind != tokWord || t[i+1].cap {
		return false
	}
	n := t[i+1].lower
	return n != "of" && (prepositions[n] || determiners[n])
}

// sentenceStart reports whether token i opens its sentence.
func (pp *personTable) sentenceStart(i int) bool {
	return i == 0 || pp.toks[i-1].sent != pp.toks[i].sent
}

// personCue reports whether the name ending before token j is followed by
// what only a person has: an age in apposition ("Le Gall, 46,") or a
// relative clause with "who" or "whose".
func (pp *personTable) personCue(j int) bool {
	t := pp.toks
	if j+1 >= len(t) || t[j].text != "," || t[j+1].sent != t[j].sent {
		return false
	}
	n := t[j+1]
	if n.lower == "who" || n.lower == "whose" {
		return true
	}
	return isAge(n.text) && j+2 < len(t) && t[j+2].kind == tokPunct && strings.ContainsAny(t[j+2].text, ",.;")
}

// ageAfter gives the age printed in apposition after the name ending
// before token j ("Pike, 31,"), "" when there is none.
func (pp *personTable) ageAfter(j int) string {
	t := pp.toks
	if j+2 < len(t) && t[j].text == "," && isAge(t[j+1].text) && t[j+2].kind == tokPunct && strings.ContainsAny(t[j+2].text, ",.;") {
		return t[j+1].text
	}
	return ""
}

// firstName reports whether a word is a known first name.
func firstName(w string) bool { return femaleNames.has(w) || maleNames.has(w) || neutralNames.has(w) }

// roleBefore gives the title or role printed just before token i.
func (pp *personTable) roleBefore(i int) string {
	t := pp.toks
	k := i
	for k > 0 && t[k-1].kind == tokWord && t[k-1].sent == t[i].sent && (titles[t[k-1].lower] || roleHeads[t[k-1].lower] || (t[k-1].cap && !functionWords[t[k-1].lower] && !accordingWords[t[k-1].lower])) {
		k--
	}
	if k == i {
		return ""
	}
	return joinWords(t[k:i])
}

// appositiveRole gives the role in ", the Russian President," after a name ending before token j.
func (pp *personTable) appositiveRole(j int) string {
	t := pp.toks
	if j >= len(t) || t[j].text != "," {
		return ""
	}
	k := j + 1
	if k < len(t) && (t[k].lower == "the" || t[k].lower == "a" || t[k].lower == "an") {
		k++
	}
	start := k
	for k < len(t) && k-start < 6 && t[k].kind == tokWord && t[k].sent == t[j].sent && !prepositions[t[k].lower] {
		k++
		if roleHeads[t[k-1].lower] && pp.clauseOpens(k) {
			break // ", a firefighter leading one of the teams,"
		}
	}
	if k == start || !roleHeads[t[k-1].lower] {
		return ""
	}
	return joinWords(t[start:k])
}

// clauseOpens reports whether token k opens a participial or relative
// clause that goes on describing the role noun before it ("leading",
// "who", "whose").
func (pp *personTable) clauseOpens(k int) bool {
	t := pp.toks
	if k >= len(t) || t[k].kind != tokWord || t[k].cap {
		return false
	}
	l := t[k].lower
	return l == "who" || l == "whose" || strings.HasSuffix(l, "ing") && len(l) > 5
}

func joinWords(ts []token) string {
	var b []string
	for _, x := range ts {
		b = append(b, x.text)
	}
	return strings.Join(b, " ")
}

// canonicalise gives each mention the fullest name the article uses for its person.
func (pp *personTable) canonicalise() {
	ix := newNameIndex(pp.mentions)
	pp.ix = ix
	for i := range pp.mentions {
		m := &pp.mentions[i]
		m.person = ix.canonical(m.name)
		if strings.Contains(m.name, " ") {
			ix.latest[lastWord(m.name)] = m.person
		}
		if m.cued {
			pp.cued[m.person] = true
		}
		if m.age != "" {
			pp.ages[m.person] = m.age
		}
		if len(m.role) > len(pp.roleOf[m.person]) {
			pp.roleOf[m.person] = m.role
		}
		if m.role != "" {
			r := normRole(m.role)
			if !contains(pp.roles[r], m.person) {
				pp.roles[r] = append(pp.roles[r], m.person)
			}
		}
	}
}

// nameIndex holds the distinct names of an article's mentions, to find the
// fullest name of each mention's person.
type nameIndex struct {
	byLast  map[string][]string // last word -> distinct names ending in it
	byFirst map[string][]string // first word -> distinct two-word names
	latest  map[string]string   // last word -> person of the latest full name, as mentions are read
}

func newNameIndex(ms []mention) *nameIndex {
	ix := &nameIndex{byLast: map[string][]string{}, byFirst: map[string][]string{}, latest: map[string]string{}}
	for _, m := range ms {
		f := strings.Fields(m.name)
		if len(f) == 0 {
			continue
		}
		ix.byLast[f[len(f)-1]] = appendNew(ix.byLast[f[len(f)-1]], m.name)
		if len(f) == 2 {
			ix.byFirst[f[0]] = appendNew(ix.byFirst[f[0]], m.name)
		}
	}
	return ix
}

// canonical gives the fullest name the article uses for the person a name
// stands for. Names sharing a surname are one person unless their other
// words differ: "Meera Patnaik" and "Rohan Patnaik" are a sister and
// brother, and a bare "Patnaik" is whichever of them was named last. A
// one-word name that only starts one two-word name and is no known given
// name stands for it, as a family name printed first does ("Ms Lin" for
// "Lin Jiayi").
func (ix *nameIndex) canonical(name string) string {
	words := strings.Fields(name)
	if len(words) == 0 {
		return name
	}
	var fits []string
	for _, n := range ix.byLast[lastWord(name)] {
		if hasAll(strings.Fields(n), words) {
			fits = append(fits, n)
		}
	}
	if len(words) == 1 {
		if full := ix.byFirst[name]; len(fits) == 1 && len(full) == 1 && !firstName(strings.ToLower(name)) {
			return full[0]
		}
		if namesDiffer(fits) {
			return cmp.Or(ix.latest[name], name)
		}
	}
	best := name
	for _, f := range fits {
		if len(f) > len(best) {
			best = f
		}
	}
	return best
}

// namesDiffer reports whether names, all ending in one surname, belong to
// more than one person: two of them have given names neither holds.
func namesDiffer(names []string) bool {
	for i, a := range names {
		for _, b := range names[i+1:] {
			aw, bw := strings.Fields(a), strings.Fields(b)
			if len(aw) > 1 && len(bw) > 1 && !hasAll(bw, aw[:len(aw)-1]) && !hasAll(aw, bw[:len(bw)-1]) {
				return true
			}
		}
	}
	return false
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// lastWord gives the last of the words (runs of non-space) of s, "" when none.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}

// isPerson reports whether a canonical name is likely a person rather than a
// one-word place or organisation: two or more words, a title or role seen,
// or a one-word name a pronoun framing a quotation refers back to.
func (pp *personTable) isPerson(name string) bool {
	_, titled := pp.roleOf[name]
	return strings.Contains(name, " ") || titled && pp.roleOf[name] != "" || pp.speaking[name]
}

// gender gives 'f', 'm' or 0 for a person, from first name and titles.
func (pp *personTable) gender(name string) byte {
	if g := pp.genders[name]; g != 0 {
		return g
	}
	f := strings.Fields(strings.ToLower(name))
	if len(f) > 1 {
		if femaleNames.has(f[0]) {
			return 'f'
		}
		if maleNames.has(f[0]) {
			return 'm'
		}
	}
	if role := strings.ToLower(pp.roleOf[name]); role != "" {
		for _, w := range strings.Fields(role) {
			if femaleWords[w] {
				return 'f'
			}
			if maleWords[w] {
				return 'm'
			}
		}
	}
	return 0
}

// latest picks, of names, the one mentioned last before token index before,
// or the first mentioned after it when none is before.
func (pp *personTable) latest(names []string, before int) string {
	if len(names) == 1 {
		return names[0]
	}
	at := pp.mentionAt(before)
	for k := at - 1; k >= 0; k-- {
		if contains(names, pp.mentions[k].person) {
			return pp.mentions[k].person
		}
	}
	for k := at; k < len(pp.mentions); k++ {
		if contains(names, pp.mentions[k].person) {
			return pp.mentions[k].person
		}
	}
	return ""
}

// roleAt reads a role noun phrase ending at token k ("the Russian president",
// "the company's chief executive"); it returns the phrase and its first token.
func (pp *personTable) roleAt(k int) (string, int) {
	t := pp.toks
	if k < 0 || t[k].kind != tokWord {
		return "", -1
	}
	if head, _ := bareName(t[k].lower); !roleHeads[head] {
		return "", -1
	}
	j := k
	for j > 0 && k-j < 4 && t[j-1].kind == tokWord && t[j-1].sent == t[k].sent {
		l := t[j-1].lower
		if l == "the" || strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") {
			phrase, _ := bareName(joinWords(t[j : k+1]))
			return phrase, j - 1
		}
		if prepositions[l] || functionWords[l] && !t[j-1].cap || reportingVerbs[l] {
			break
		}
		j--
	}
	return "", -1
}

// weekdays follow names in datelines ("Lima Monday") without being part of them.
var weekdays = wordSet("weekdays")
