package quotes

import "strings"

// titleWords spell out abbreviated titles, so "Dr." and "the doctor" match.
var titleWords = wordMap("title_forms")

// normRole gives the comparable form of a role: lower case, abbreviations
// spelled out, articles and possessive words ("the city's") dropped.
func normRole(role string) string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if determiners[w] {
			continue
		}
		if _, poss := bareName(w); poss {
			out = out[:0]
			continue
		}
		if x, ok := titleWords[w]; ok {
			w = x
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// resolveRole finds the person a role noun phrase ("the press secretary")
// names. A person whose role holds every word of the phrase wins, most recent
// first; a bare role noun ("the secretary") takes the latest person with that
// head noun; a phrase whose words fit nobody takes the only person with its
// head noun, and is left unknown when several have it.
func (pp *personTable) resolveRole(phrase string, before int) string {
	words := strings.Fields(normRole(phrase))
	if len(words) == 0 {
		return ""
	}
	head := words[len(words)-1]
	var full, byHead []string
	for role, names := range pp.roles {
		rw := strings.Fields(role)
		if len(rw) == 0 || rw[len(rw)-1] != head {
			continue
		}
		byHead = appendNew(byHead, names...)
		if hasAll(rw, words) {
			full = appendNew(full, names...)
		}
	}
	switch {
	case len(full) > 0:
		return pp.latest(full, before)
	case len(words) == 1 || len(byHead) == 1:
		return pp.latest(byHead, before)
	}
	return ""
}

// hasAll reports whether every word of want is in have.
func hasAll(have, want []string) bool {
	for _, w := range want {
		if !contains(have, w) {
			return false
		}
	}
	return true
}

// appendNew appends the names not already in xs.
func appendNew(xs []string, names ...string) []string {
	for _, n := range names {
		if !contains(xs, n) {
			xs = append(xs, n)
		}
	}
	return xs
}

// officeHeads are role nouns of an office that a qualified phrase ("the
// Tory leader", "the Republican senator") may use for a person the article
// named without giving them that role.
var officeHeads = wordSet("office_heads")

// unroledWindow is how many paragraphs back unroled looks for the person.
const unroledWindow = 2

// unroled finds the person a qualified office phrase that fits nobody's
// role names: the latest person mentioned in the last unroledWindow
// paragraphs before token before to whom the article gives no role at
// all; "" when the phrase is a bare noun ("the leader") or nobody fits.
func (pp *personTable) unroled(phrase string, before int) string {
	words := strings.Fields(normRole(phrase))
	if len(words) < 2 || !officeHeads[words[len(words)-1]] {
		return ""
	}
	para := pp.toks[before].para
	for k := pp.mentionAt(before) - 1; k >= 0; k-- {
		m := pp.mentions[k]
		if pp.toks[m.tok].para < para-unroledWindow {
			break
		}
		if !m.byRole && pp.isPerson(m.person) && pp.roleOf[m.person] == "" {
			return m.person
		}
	}
	return ""
}
