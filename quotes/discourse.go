package quotes

import "sort"

// The discourse state of one article: who has spoken so far, by direct
// quotation or reported speech, read in article order. The carry and
// continuation sieves read it; every lookup goes back a bounded distance.

// event is a moment someone spoke: a quotation whose speaker is known, or
// a reported-speech clause ("Ruiz said that …", "according to Ruiz").
type event struct {
	tok      int // the quotation token, or the reporting verb
	person   string
	role     string
	reported bool // reported speech, not a quotation
	pronoun  int  // for reported speech with a pronoun subject, the pronoun's token + 1; 0 otherwise
}

// heard records the speaker found for quotation token q, and that an
// organisation has spoken. It is the only writer of the discourse state,
// and only attribute calls it, after a rule has decided: rules read.
func (a *attributor) heard(q int, w credit) {
	a.said = append(a.said, saidAt{tok: q, person: w.person})
	a.events = append(a.events, event{tok: q, person: w.person, role: w.role})
	if w.method == MethodOrganisation {
		a.orgs[w.person] = true
	}
}

// reportedEvents finds, once per article, the reported-speech clauses whose
// subject is a person the article names: "Lima said that the dam held",
// "Lima says the dam held", "Lima told reporters the dam held". Each
// reporting verb is looked at once, its subject read from the clause
// table, so the pass is linear in the article.
func (a *attributor) reportedEvents() []event {
	if a.reported != nil {
		return a.reported
	}
	a.reported = []event{}
	t := a.toks
	for _, c := range a.clauses {
		v := c.verb
		if !allReportingVerbs[t[v].lower] {
			continue
		}
		if s := c.subj; s >= 0 {
			if mi := c.mention; mi >= 0 && !a.pp.mentions[mi].byRole && a.personByArticle(mi) {
				m := a.pp.mentions[mi]
				a.reported = append(a.reported, event{tok: v, person: m.person, role: a.roleOf(m.person), reported: true})
			} else if pronounGender(t[s].lower) != 0 {
				// "He said the vote was rigged": resolved when asked
				// for, once the speakers before it are known.
				a.reported = append(a.reported, event{tok: v, reported: true, pronoun: s + 1})
			}
			continue
		}
		// "Okafor closed the hearing by promising she would …":
		// the subject of the sentence whose reporting verb this is.
		if w := a.take(clauseSubjectSieve{}, v); w.person != "" && (w.method == MethodExplicit || w.method == MethodPronoun) {
			a.reported = append(a.reported, event{tok: v, person: w.person, role: w.role, reported: true})
		}
	}
	return a.reported
}

// lastSpoke gives the latest event before token q, quotation or reported
// speech, no earlier than token floor; ok is false when there is none.
func (a *attributor) lastSpoke(q, floor int) (event, bool) {
	var best event
	found := false
	if i := sort.Search(len(a.events), func(i int) bool { return a.events[i].tok >= q }) - 1; i >= 0 && a.events[i].tok >= floor {
		best, found = a.events[i], true
	}
	rs := a.reportedEvents()
	if i := sort.Search(len(rs), func(i int) bool { return rs[i].tok >= q }) - 1; i >= 0 && rs[i].tok >= floor && (!found || rs[i].tok > best.tok) {
		best, found = rs[i], true
		if best.pronoun > 0 {
			best.person, best.role = a.pronounEvent(rs, i)
		}
	}
	return best, found
}

// pronounEvent resolves the pronoun subject of reported-speech event rs[i]
// when it continues the voice heard just before it, a named reported
// speaker or a quotation's ("Ruiz said the port would close. He said the
// vote was rigged."); "" otherwise, so that a pronoun reaching back past
// another voice credits nobody.
func (a *attributor) pronounEvent(rs []event, i int) (string, string) {
	prev, at := "", -1
	for j := i - 1; j >= 0 && j >= i-maxChain; j-- {
		if rs[j].pronoun == 0 {
			prev, at = rs[j].person, rs[j].tok
			break
		}
	}
	if k := a.lastQuoted(rs[i].tok); k >= 0 && a.events[k].tok > at {
		prev = a.events[k].person
	}
	w := a.resolve(pick{tok: rs[i].pronoun - 1})
	if w.person == "" || w.person != prev {
		return "", ""
	}
	return w.person, w.role
}

// lastQuoted gives the index in events of the latest quotation before token k, -1 when none.
func (a *attributor) lastQuoted(k int) int {
	return sort.Search(len(a.events), func(i int) bool { return a.events[i].tok >= k }) - 1
}
