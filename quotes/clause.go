package quotes

import "strings"

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
	if t[v].kind != tokWord || v > 0 && determiners[t[v-1].lower] {
		return false
	}
	return allReportingVerbs[t[v].lower] || a.isVerb(v)
}

// readClauses builds the clause table of the article, in token order. It
// is read before any quotation is credited, so that what a clause is does
// not depend on the order the rules ran in.
func (a *attributor) readClauses() {
	a.clauseAt = map[int]int{}
	for v := range a.toks {
		if !a.isClauseVerb(v) {
			continue
		}
		c := clause{verb: v, subj: a.subjectTok(v), first: -1, mention: -1, participle: a.participleAfterComma(v), relative: a.relativeVerb(v)}
		if c.subj >= 0 {
			c.first = a.phraseStart(c.subj)
			if mi, ok := a.pp.byTok[c.subj]; ok {
				c.mention = mi
			}
		}
		c.after = -1
		if v+1 < len(a.toks) {
			c.after = a.subjectEndFrom(v + 1)
		}
		a.readHost(&c)
		a.clauseAt[v] = len(a.clauses)
		a.clauses = append(a.clauses, c)
	}
}

// clauseOf gives the clause of the reporting verb at v; ok is false when
// v is no verb the clause reader reads.
func (a *attributor) clauseOf(v int) (clause, bool) {
	i, ok := a.clauseAt[v]
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
	for e := f; e < v && e < f+5 && t[e].kind == tokWord; e++ {
		if org := a.organisation(e); org != "" && a.followedByVerb(e) {
			c.hostOrg = e
			return
		}
	}
}

// hostSubject resolves the subject of the participial or absolute clause
// whose verb is c's (readHost); an unresolved subject is still an
// attribution, so that no earlier speaker is carried over.
func (a *attributor) hostSubject(c clause) credit {
	switch {
	case c.absolute:
		return attributed(a.resolveTok(c.host))
	case c.hostUnnamed:
		return attributed(credit{})
	}
	if c.host >= 0 {
		if w := a.resolveTok(c.host); w.person != "" {
			return attributed(w)
		}
	}
	if c.hostOrg >= 0 {
		return attributed(a.resolveTok(c.hostOrg))
	}
	return credit{}
}

// opening is the subject phrase of a main clause that starts at a given
// token, and the verb after it, read once however many quotations of the
// sentence ask: "Mayor Ana Lima, who runs the port, said …", "She warned …".
type opening struct {
	end   int    // the last token of the subject phrase (the pronoun itself for "he", "she"), -1 when none starts there
	verbs [2]int // the verb after it: [0] a reporting verb, [1] any verb; -1 when none
}

// verb gives the verb of the opening: any verb with any set, else a reporting verb.
func (o opening) verb(any bool) int {
	if any {
		return o.verbs[1]
	}
	return o.verbs[0]
}

// openingAt reads the subject phrase starting at token s and its verb (the
// table of openings is filled on first need: most sentences open no quotation).
func (a *attributor) openingAt(s int) opening {
	if o, ok := a.openings[s]; ok {
		return o
	}
	o := opening{end: -1, verbs: [2]int{-1, -1}}
	if g := pronounGender(a.toks[s].lower); g != 0 && g != 'n' {
		o.end = s
	} else {
		o.end = a.phraseEnd(s)
	}
	if o.end >= 0 {
		o.verbs = [2]int{a.verbAfterPhrase(o.end, false), a.verbAfterPhrase(o.end, true)}
	}
	if a.openings == nil {
		a.openings = map[int]opening{}
	}
	a.openings[s] = o
	return o
}

// afterVerb resolves the name, pronoun or role phrase just after the verb
// of clause c, the subject of a verb that comes first ("…," said Hugh Hill);
// the empty speaker when there is none.
func (a *attributor) afterVerb(c clause) credit {
	if c.after < 0 {
		return credit{}
	}
	return a.resolveTok(c.after)
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
