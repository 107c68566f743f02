package quotes

import (
	"sort"
	"strings"
)

// pronounWindow is how many paragraphs back a pronoun looks for its person.
const pronounWindow = 4

// samePronoun reports whether word l is a form of the pronoun of gender g.
func samePronoun(l string, g byte) bool {
	switch g {
	case 'm':
		return l == "he" || l == "his" || l == "him"
	case 'f':
		return l == "she" || l == "her"
	}
	return l == "they" || l == "their" || l == "them"
}

// resolvePronoun finds the person "he", "she" or "they" at token p refers to:
// the most recent compatible speaker or subject, else person, else person in
// the possessive, named before the first such pronoun of the sentence and
// not named again between it and p. "They" names one person only when that
// person's gender is unknown, the name is not in the possessive, and no group
// of people ("officials", "protesters said") is mentioned since.
func (a *attributor) resolvePronoun(p int, g byte) string {
	t := a.toks
	cut := p
	for k := p - 1; k >= 0 && t[k].sent == t[p].sent; k-- {
		if samePronoun(t[k].lower, g) {
			cut = k
		}
	}
	excluded := map[string]bool{}
	for k := cut + 1; k < p; k++ {
		if mi, ok := a.pp.byTok[k]; ok {
			excluded[a.pp.mentions[mi].person] = true
		} else if phrase, _ := a.pp.roleAt(k); phrase != "" {
			excluded[a.pp.resolveRole(phrase, k)] = true
		}
	}
	ok := func(person string) bool {
		if person == "" || excluded[person] || a.orgs[person] || !a.isPerson(person) {
			return false
		}
		pg := a.pp.gender(person)
		return pg == 0 || pg == g
	}
	tiers := 3
	if g == 'n' {
		tiers = 2 // never a name in the possessive
	}
	for tier := 0; tier < tiers; tier++ {
		if s, at := a.pronounTier(tier, cut, a.pronounFloor(cut, g), ok); s != "" {
			if g == 'n' && a.groupBetween(at, p) {
				return ""
			}
			return s
		}
	}
	return ""
}

// pronounReach is how many tokens back a pronoun looks at most, so that
// resolving every pronoun of one giant paragraph stays linear.
const pronounReach = 400

// maxChain is how many earlier pronouns of the same person may carry a
// pronoun's search further back.
const maxChain = 3

// pronounFloor gives the earliest paragraph a pronoun before token cut may
// look back to: pronounWindow paragraphs, extended from each earlier pronoun
// of the same gender found within reach ("she referred … she insisted").
func (a *attributor) pronounFloor(cut int, g byte) int {
	t := a.toks
	floor := t[cut].para - pronounWindow
	for k, chain := cut-1, 0; k >= 0 && k >= cut-pronounReach && t[k].para >= floor; k-- {
		if t[k].kind == tokWord && t[k].lower == pronounWord(g) && chain < maxChain {
			floor = min(floor, t[k].para-pronounWindow)
			chain++
		}
	}
	return floor
}

// pronounWord gives the subject pronoun of gender g.
func pronounWord(g byte) string {
	switch g {
	case 'm':
		return "he"
	case 'f':
		return "she"
	}
	return "they"
}

// pronounTier searches back from cut, no further than paragraph floor, for a
// candidate of one tier: 0 speakers and subjects, 1 any person not in the
// possessive, 2 any person. It returns the person and the token where it was found.
func (a *attributor) pronounTier(tier, cut, floor int, ok func(string) bool) (string, int) {
	t := a.toks
	si := sort.Search(len(a.said), func(i int) bool { return a.said[i].tok >= cut }) - 1
	for mi := a.pp.mentionAt(cut) - 1; mi >= 0 || si >= 0; {
		var tok int
		var person string
		var speaker bool
		if si >= 0 && (mi < 0 || a.said[si].tok > a.pp.mentions[mi].tok) {
			tok, person, speaker = a.said[si].tok, a.said[si].person, true
			si--
		} else {
			m := a.pp.mentions[mi]
			tok, person = m.tok, m.person
			switch tier {
			case 0:
				speaker = a.speakerish[mi] || !m.possessive && a.followedByVerb(m.tok)
			case 1:
				speaker = !m.possessive && a.personShown(mi)
			default:
				speaker = a.personShown(mi)
			}
			mi--
		}
		if tok >= cut {
			continue
		}
		if t[tok].para < floor || tok < cut-pronounReach {
			return "", -1 // beyond the recency window: bounded however long the paragraph
		}
		if speaker && ok(person) && !a.labelLine(tok) {
			return person, tok
		}
	}
	return "", -1
}

// personShown reports whether the article shows that mention mi, which
// is no speaker nor subject, names a person a pronoun may refer to: a
// title, role, age or cue, a gender, or a known first name to nudge it;
// "owned by Harbor Freight Lines" shows nothing.
func (a *attributor) personShown(mi int) bool {
	m := a.pp.mentions[mi]
	if a.pp.certain(m.person) || a.pp.genders[m.person] != 0 || a.known[SpeakerKey(m.person)] {
		return true
	}
	f := strings.Fields(strings.ToLower(m.person))
	return len(f) >= 2 && firstName(f[0])
}

// labelWords open a label line: "WATCH:", "READ MORE:", "Photo:".
var labelWords = wordSet("label_words")

// labelParas finds the paragraphs that are label lines, not sentences of
// the story: up to three words of vocab/label_words.txt and a colon open
// them ("WATCH: Lima on the budget", "Photo: Lena Park/Harbor Times"). A
// pronoun never refers to a name there, nor to one in a Title-Case
// headline. One pass over the article.
func labelParas(t []token) map[int]bool {
	out := map[int]bool{}
	for f := range t {
		if f > 0 && t[f-1].para == t[f].para {
			continue
		}
		for j := f; j < len(t) && j < f+4 && t[j].para == t[f].para; j++ {
			if t[j].text == ":" {
				out[t[f].para] = j > f
				break
			}
			if t[j].kind != tokWord || !labelWords[t[j].lower] {
				break
			}
		}
	}
	out[0] = out[0] || titleCaseHeadline(t)
	return out
}

// titleCaseHeadline reports whether the article's first paragraph is a
// headline in Title Case ("Ana Lima Says Budget Will Pass"): at least three
// words, seven in ten of them capitalised, no quotation, no full stop at
// the end.
func titleCaseHeadline(t []token) bool {
	words, caps, last := 0, 0, ""
	for k := 0; k < len(t) && t[k].para == t[0].para; k++ {
		last = t[k].text
		switch {
		case t[k].kind == tokQuote:
			return false
		case t[k].kind == tokWord:
			words++
			if t[k].cap {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*7 && last != "."
}

// labelLine reports whether token k stands in a label line (labelParas).
func (a *attributor) labelLine(k int) bool { return a.labels[a.toks[k].para] }

// groupNouns are plural nouns for people that "they" may refer to.
var groupNouns = wordSet("group_nouns")

// groupBetween reports whether a group of people is mentioned between tokens
// from and to: a plural noun for people, or a plural subject of a reporting verb.
func (a *attributor) groupBetween(from, to int) bool {
	t := a.toks
	for k := from + 1; k < to; k++ {
		if t[k].kind != tokWord {
			continue
		}
		if groupNouns[t[k].lower] || strings.HasSuffix(t[k].lower, "s") && !t[k].cap && a.isVerb(k+1) && k+1 < to {
			return true
		}
	}
	return false
}

// timeWords may stand between a subject and its verb ("Smith on Thursday said").
var timeWords = wordSet("time_words")

// complementizers open an embedded clause: a name after one is not the
// subject of the sentence ("asked if Biden regretted").
var complementizers = wordSet("complementizers")

// followedByVerb reports whether the name ending at k is followed, past any
// time words ("on Thursday"), by a lower-case word that is not a preposition
// or conjunction: likely its verb. A name opening an embedded clause does not count.
func (a *attributor) followedByVerb(k int) bool {
	t := a.toks
	n := k + 1
	if n < len(t) && t[n].text == "(" {
		if c := a.parenClose(n); c > n {
			n = c + 1 // "Mina Shah (Lab-Hull) criticised"
		}
	}
	if n < len(t) && t[n].text == "," && a.phraseStart(k) == a.sentenceFirst(k) {
		n = a.afterAppositive(n) // "Whitlock, who pleaded guilty, wept"
	} else if n < len(t) && t[n].text == "," && a.roleAppositive(k) {
		n++ // "Ukraine's foreign minister, Olena Hrytsenko, dismissed"
	}
	for m := n; n < len(t) && n < m+3 && t[n].sent == t[k].sent && timeWords[t[n].lower]; {
		n++
	}
	if n >= len(t) || t[n].kind != tokWord || t[n].cap || t[n].sent != t[k].sent || timeWords[t[n].lower] {
		return false
	}
	if f := a.phraseStart(k); f > 0 && complementizers[t[f-1].lower] {
		return false
	}
	l := t[n].lower
	return !prepositions[l] && l != "and" && l != "or" && l != "but" && l != "who" && l != "which" && l != "that"
}

// roleAppositive reports whether the name ending at k stands in apposition
// to a role noun phrase that opens its sentence: "Ukraine's foreign
// minister, Olena Hrytsenko,".
func (a *attributor) roleAppositive(k int) bool {
	t := a.toks
	f := a.phraseStart(k)
	if f < 2 || t[f-1].text != "," || f-1-a.sentenceFirst(k) > 6 {
		return false
	}
	head, _ := bareName(t[f-2].lower)
	return roleHeads[head]
}

// maxSentenceReach is how many tokens before a quotation the rules that
// read "its sentence" look back. A news sentence that introduces a
// quotation names its speaker well within this ("Kestrel Valley ferry
// captain Ilse Moran, whose crossing ran two hours late, said"); a longer "sentence"
// is a run-on of scraped text, and reading all of it for every quotation
// in it would make the work quadratic.
const maxSentenceReach = 80

// sentenceFirst gives the first token of token k's sentence, at most
// maxSentenceReach tokens back.
func (a *attributor) sentenceFirst(k int) int {
	return max(a.sentStart[k], k-maxSentenceReach)
}

// afterAppositive gives the token after the appositive or relative clause
// that the comma at n opens (", 58,", ", who runs the diner,"); n when the
// clause does not close within its sentence.
func (a *attributor) afterAppositive(n int) int {
	t := a.toks
	for j := n + 1; j < len(t) && j < n+25 && t[j].sent == t[n].sent && t[j].kind != tokQuote; j++ {
		if t[j].text == "," {
			return j + 1
		}
	}
	return n
}

// phraseStart gives the first token of the name ending at k with its titles.
func (a *attributor) phraseStart(k int) int {
	t := a.toks
	f := k
	if mi, ok := a.pp.byTok[k]; ok {
		f = a.pp.mentions[mi].first
	}
	for f > 0 && t[f-1].kind == tokWord && (titles[t[f-1].lower] || t[f-1].cap && !functionWords[t[f-1].lower]) {
		f--
	}
	return f
}

// descriptor reports whether token k ends a phrase that stands for a person
// named before by what the article said of them: "the 31-year-old", "the
// Frenchman". It gives the age the phrase states ("" when none) and the
// gender it implies (0 when none).
func (a *attributor) descriptor(k int) (age string, g byte, ok bool) {
	t := a.toks
	if k < 1 || t[k].kind != tokWord {
		return "", 0, false
	}
	j := k - 1
	for j > 0 && k-j <= 2 && (describers[t[j].lower] || ageOf(t[j].lower) != "") {
		if age == "" {
			age = ageOf(t[j].lower)
		}
		j--
	}
	if t[j].lower != "the" {
		return "", 0, false
	}
	l := t[k].lower
	if n := ageOf(l); n != "" && j == k-1 {
		return n, 0, true
	}
	if !demonyms[l] && !epithets[l] {
		return "", 0, false
	}
	switch {
	case strings.HasSuffix(l, "woman"):
		return age, 'f', true
	case strings.HasSuffix(l, "man"):
		return age, 'm', true
	}
	return age, 0, true
}

// describers are words that may stand between "the" and a descriptor
// without changing whom it names: "the veteran diplomat".
var describers = wordSet("describers")

// ageOf gives the age of a word such as "31-year-old", "" for other words.
func ageOf(w string) string {
	if n, found := strings.CutSuffix(w, "-year-old"); found && isAge(n) {
		return n
	}
	return ""
}

// resolveDescriptor finds the person a descriptor at token k stands for:
// the one printed with its age, else, like a pronoun, the most recent
// speaker or subject of a fitting gender whose age is not another. As a
// descriptor names only a person, a one-word name counts ("Moreau").
func (a *attributor) resolveDescriptor(k int, age string, g byte) string {
	if age != "" {
		var same []string
		for p, x := range a.pp.ages {
			if x == age {
				same = append(same, p)
			}
		}
		sort.Strings(same)
		if p := a.pp.latest(same, k); p != "" {
			return p
		}
	}
	ok := func(p string) bool {
		if l := strings.ToLower(p); p == "" || a.orgs[p] || age != "" && a.pp.ages[p] != "" || demonyms[l] || epithets[l] {
			return false // "…, a Democrat,": the noun itself names nobody
		}
		pg := a.pp.gender(p)
		return g == 0 || pg == 0 || pg == g
	}
	cut := k - 1
	for tier := 0; tier < 2; tier++ {
		if p, _ := a.pronounTier(tier, cut, a.toks[cut].para-pronounWindow, ok); p != "" {
			return p
		}
	}
	return ""
}
