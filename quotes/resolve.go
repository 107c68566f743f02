package quotes

import "sort"

// pronounWindow is how many paragraphs back a pronoun looks for its person.
const pronounWindow = 2

// resolvePronoun finds the person "he" or "she" at token p refers to: the most
// recent compatible speaker, else subject, else person, named before the first
// such pronoun of the sentence and not named again between it and p.
func (a *attributor) resolvePronoun(p int, g byte) string {
	t := a.toks
	cut := p
	for k := p - 1; k >= 0 && t[k].sent == t[p].sent; k-- {
		if pronounGender(t[k].lower) == g || (g == 'm' && (t[k].lower == "his" || t[k].lower == "him")) || (g == 'f' && t[k].lower == "her") {
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
		if person == "" || excluded[person] || !a.pp.isPerson(person) {
			return false
		}
		pg := a.pp.gender(person)
		return pg == 0 || pg == g
	}
	for tier := 0; tier < 3; tier++ {
		if s := a.pronounTier(tier, cut, t[p].para, ok); s != "" {
			return s
		}
	}
	return ""
}

// pronounTier searches back from cut for a candidate of one tier: 0 speakers,
// 1 subjects, 2 any person not in the possessive.
func (a *attributor) pronounTier(tier, cut, para int, ok func(string) bool) string {
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
				speaker = a.speakerish[mi]
			case 1:
				speaker = a.speakerish[mi] || !m.possessive && a.followedByVerb(m.tok)
			default:
				speaker = !m.possessive
			}
			mi--
		}
		if tok >= cut {
			continue
		}
		if t[tok].para < para-pronounWindow {
			return ""
		}
		if speaker && ok(person) {
			return person
		}
	}
	return ""
}

// followedByVerb reports whether the name ending at k is followed by a
// lower-case word that is not a preposition or conjunction: likely its verb.
func (a *attributor) followedByVerb(k int) bool {
	t := a.toks
	n := k + 1
	if n >= len(t) || t[n].kind != tokWord || t[n].cap || t[n].sent != t[k].sent {
		return false
	}
	l := t[n].lower
	return !prepositions[l] && l != "and" && l != "or" && l != "but" && l != "who" && l != "which" && l != "that"
}

// continuation gives the previous quotation's speaker to quotation token q
// when it is in the same or next paragraph with no other person named between.
func (a *attributor) continuation(q int) who {
	if len(a.said) == 0 {
		return who{}
	}
	t := a.toks
	last := a.said[len(a.said)-1]
	if t[q].para != t[last.tok].para && !(t[q].para == t[last.tok].para+1 && (q == 0 || t[q-1].para != t[q].para)) {
		return who{}
	}
	for mi := a.pp.mentionAt(last.tok + 1); mi < len(a.pp.mentions) && a.pp.mentions[mi].tok < q; mi++ {
		if m := a.pp.mentions[mi]; m.person != last.person && a.pp.isPerson(m.person) {
			return who{}
		}
	}
	return who{person: last.person, role: a.roleOf(last.person), method: MethodContinuation}
}
