package quotes

import "strings"

// The mention layer: what the article itself shows about the people it
// names. A name's type and gender are learned from the article (an
// honorific, a pronoun referring back, a role or an age printed with it);
// lists of first names only nudge, and no list decides that a name is a
// person's.

// genderReach is how many tokens after a name's sentence a subject pronoun
// may stand and still be taken to refer back to it.
const genderReach = 40

// learnGenders records each person's gender as the article shows it: an
// honorific before a mention ("Ms. May", "Mr Okafor"), or a subject
// pronoun opening the next sentence after a sentence whose only person is
// its subject ("Okafor arrived late. He said …").
func (pp *personTable) learnGenders() {
	t := pp.toks
	votes := map[string][2]int{}
	for i, m := range pp.mentions {
		if m.first > 0 {
			switch strings.TrimSuffix(t[m.first-1].lower, ".") {
			case "mr", "sir", "lord":
				pp.genders[m.person] = 'm'
			case "ms", "mrs", "miss", "dame", "lady":
				pp.genders[m.person] = 'f'
			}
		}
		if g := pp.appositiveGender(m); g != 0 && pp.genders[m.person] == 0 {
			pp.genders[m.person] = g
		}
		if m.possessive || !pp.opensSentence(m.first) || i+1 < len(pp.mentions) && t[pp.mentions[i+1].tok].sent == t[m.tok].sent {
			continue // not the subject, or another person in the sentence: the pronoun could be theirs
		}
		for k := m.tok + 1; k < len(t) && k <= m.tok+genderReach; k++ {
			if t[k].sent == t[m.tok].sent {
				continue
			}
			if t[k].sent > t[m.tok].sent+1 || t[k-1].sent == t[k].sent {
				break // only the first word of the next sentence
			}
			p, frames := pp.openingPronoun(k)
			v := votes[m.person]
			switch p {
			case "he":
				v[0]++
			case "she":
				v[1]++
			}
			votes[m.person] = v
			if frames && oneWordName(m) {
				pp.speaking[m.person] = true // "Okafor stepped away. “…,” he said."
			}
			break
		}
	}
	for p, v := range votes {
		if pp.genders[p] != 0 {
			continue
		}
		switch {
		case v[0] > v[1]:
			pp.genders[p] = 'm'
		case v[1] > v[0]:
			pp.genders[p] = 'f'
		}
	}
}

// openingPronoun gives the subject pronoun ("he", "she") that opens the
// sentence starting at token k, as its first word or right after a
// quotation opening it ("“…,” she said"), "" when there is none; frames
// reports whether it is the subject of a verb of saying that frames a
// quotation ("She said: “…”", "“…,” she said").
func (pp *personTable) openingPronoun(k int) (string, bool) {
	t := pp.toks
	same := func(j int) bool { return j < len(t) && t[j].sent == t[k].sent }
	if t[k].kind == tokQuote {
		j := k + 1
		if same(j) && t[j].kind == tokPunct && (t[j].text == "," || isDash(t[j].text)) {
			j++
		}
		if !same(j + 1) {
			return "", false
		}
		if g := pronounGender(t[j].lower); (g == 'm' || g == 'f') && allReportingVerbs[t[j+1].lower] {
			return pronounWord(g), true // "she said", "a-t-elle déclaré"
		}
		return "", false
	}
	l := t[k].lower
	if l != "he" && l != "she" {
		return "", false
	}
	j := k + 2
	if same(j) && (t[j].text == "," || t[j].text == ":") {
		j++
	}
	return l, allReportingVerbs[t[k+1].lower] && same(j) && t[j].kind == tokQuote
}

// appositiveWords is how many words an appositive may hold before its
// gendered noun ("Tavia Okoro, a retired mother of three,").
const appositiveWords = 4

// appositiveGender gives the gender that an indefinite appositive right
// after mention m says, by a gendered noun of kin or role: "Tavia Okoro, a
// mother of three," is a woman, "Brannoc Hale, a retired councilman," a
// man, "Okoro, the mayor's husband," a man; 0 when there is no such
// appositive or the gendered noun only modifies ("the mother's lawyer").
func (pp *personTable) appositiveGender(m mention) byte {
	t := pp.toks
	k := m.tok + 1
	if m.possessive || k+1 >= len(t) || t[k].text != "," || t[k+1].lower != "a" && t[k+1].lower != "an" && t[k+1].lower != "the" {
		return 0
	}
	for j := k + 2; j < len(t) && j <= k+1+appositiveWords && t[j].kind == tokWord && t[j].sent == t[k].sent; j++ {
		w, poss := bareName(t[j].lower)
		switch {
		case poss:
			continue // "the mother's lawyer": a modifier, not the appositive's head
		case prepositions[w]:
			return 0 // "a lawyer for the mother": the head came before
		case femaleWords[w]:
			return 'f'
		case maleWords[w]:
			return 'm'
		}
	}
	return 0
}

// personByArticle reports whether the article shows that mention mi names a
// person and not an organisation or place: a role, age, "who" or honorific
// printed with it (certain), a gender learned from a pronoun (which a
// pronoun framing a quotation gives, speaking), or a name of
// two or more capitalised words with no organisation word in it (which the
// mention layer would have refused). One-word names the article says
// nothing about are left to the tagger.
func (a *attributor) personByArticle(mi int) bool {
	m := a.pp.mentions[mi]
	if a.orgs[m.person] {
		return false
	}
	if a.pp.certain(m.person) || a.pp.genders[m.person] != 0 || a.pp.speaking[m.person] {
		return true
	}
	return strings.Contains(m.person, " ") && !m.byRole && !a.pp.placed[m.person]
}

// midSentenceCaps gives the words an article prints capitalised inside a
// sentence: a capitalised word seen only at a sentence's start may be a
// common noun ("Strikers chanted …"), not a name.
func midSentenceCaps(t []token) map[string]bool {
	m := map[string]bool{}
	for k := 1; k < len(t); k++ {
		if t[k].kind == tokWord && t[k].cap && t[k-1].sent == t[k].sent && t[k-1].kind == tokWord {
			w, _ := bareName(t[k].lower)
			m[w] = true
		}
	}
	return m
}

// opensSentence reports whether the name starting at token f opens its
// sentence, titles and capitalised role words before it aside.
func (pp *personTable) opensSentence(f int) bool {
	t := pp.toks
	for f > 0 && t[f-1].sent == t[f].sent && t[f-1].kind == tokWord && (t[f-1].cap || titles[t[f-1].lower]) {
		f--
	}
	return f == 0 || t[f-1].sent != t[f].sent
}

// placeCues before a name show it names a place, event or thing, not a
// person: "in Nova Scotia", "across Harbor County", "the Harbor Cup".
var placeCues = wordSet("place_cues")

// placeCued gives the names the article prints, at least once, right after
// a place cue: the capitalised words that follow it, as printed and in
// their fullest form.
func (pp *personTable) placeCued() map[string]bool {
	t := pp.toks
	m := map[string]bool{}
	for k := 0; k+1 < len(t); k++ {
		if !placeCues[t[k].lower] || t[k+1].sent != t[k].sent {
			continue
		}
		e := k + 1
		for e < len(t) && e < k+6 && t[e].kind == tokWord && t[e].cap && !functionWords[t[e].lower] && !titles[t[e].lower] && t[e].sent == t[k].sent {
			e++
		}
		if e > k+2 { // two or more words: one word is left to the other cues
			name := joinWords(t[k+1 : e])
			m[name] = true
			m[pp.ix.canonical(name)] = true
		}
	}
	return m
}

// markQuoteSubjects records the one-word names the article prints as the
// subject of a verb of saying that frames a quotation, right before or
// after the verb, whatever its tense or language: "“…,” says Pellham",
// "“…,” Pellham insists", "Pellham says, “…”", "«…», dijo Burgos". The
// syntax shows a speaker; the mention layer has already left out what is
// no name there (a function word opening the sentence, a day or month, a
// word after "the", a place or organisation word), an acronym ("NATO")
// is left out here, and the tagger may still refuse a name it knows as a
// place or organisation (framedPerson).
func (a *attributor) markQuoteSubjects() {
	for _, c := range a.clauses {
		s := a.framedSubject(c)
		if s < 0 || !a.nextToVerb(s, c.verb) {
			continue
		}
		mi, ok := a.pp.byTok[s]
		if !ok {
			continue
		}
		m := a.pp.mentions[mi]
		if _, seen := a.pp.framing[m.person]; !seen && oneWordName(m) {
			a.pp.framing[m.person] = mi
		}
	}
}

// oneWordName reports whether mention m is a name of one word, printed
// alone, that may be a person's: no role phrase, possessive or acronym.
func oneWordName(m mention) bool {
	return !m.byRole && !m.possessive && m.first == m.tok && !strings.Contains(m.person, " ") && !acronym(m.name)
}

// acronym reports whether a word is written in capitals only ("NATO",
// "ESPN"): an organisation's name more often than a person's.
func acronym(w string) bool {
	return len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// nextToVerb reports whether the one-word subject at token s stands right
// by its verb v, as a name does and a word opening a longer phrase does
// not: before it, an adverb at most between ("Pellham insists", "Pellham
// also said"); after it, the phrase ending there ("said Pellham.", "said
// Pellham on Monday", not "said Harbor strategist Ana Lima").
func (a *attributor) nextToVerb(s, v int) bool {
	t := a.toks
	if s < v {
		for k := s + 1; k < v; k++ {
			if l := t[k].lower; k > s+1 || t[k].kind != tokWord || l != "also" && !strings.HasSuffix(l, "ly") {
				return false
			}
		}
		return true
	}
	n := s + 1
	return s == v+1 && (n >= len(t) || t[n].kind != tokWord || !t[n].cap && (functionWords[t[n].lower] || prepositions[t[n].lower] || timeWords[t[n].lower]))
}

// framedPerson reports whether a one-word name the article prints as the
// subject of a verb framing a quotation is a person's: it is unless the
// tagger, reading it as the subject of "said", knows it as a place or
// organisation ("“…,” Ankara insists").
func (a *attributor) framedPerson(person string) bool {
	mi, ok := a.pp.framing[person]
	return ok && a.confirmedByProse(mi)
}

// isPerson reports whether a canonical name is a person's as far as a
// pronoun or a continuation may refer to it: personTable.isPerson, or a
// one-word name shown speaking a quotation (framedPerson).
func (a *attributor) isPerson(name string) bool {
	return a.pp.isPerson(name) || a.framedPerson(name)
}
