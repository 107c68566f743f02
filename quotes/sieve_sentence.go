package quotes

// sentenceSieve reads an attribution earlier in the quotation's sentence,
// and a colon introduction ending the paragraph before:
//
//	Lima said, "We will rebuild."
//	She added that "nothing is decided".
//	Souza told reporters: "The water is falling."
//	Rao was blunter: "It failed."
type sentenceSieve struct{}

func (sentenceSieve) inherits() bool { return false }

// picks finds an attribution earlier in the quotation's sentence:
// `Putin said, "…"`, `she added that "…"`, `Biden had to say is: "…"`.
// A quotation opening a paragraph takes the attribution that ended the one
// before with a colon ("Smith told reporters:").
func (sentenceSieve) picks(a *attributor, q int, yield func(pick) bool) {
	t := a.toks
	sent := t[q].sent
	if q >= 1 && t[q-1].text == ":" && t[q-1].para == t[q].para-1 {
		sent = t[q-1].sent
	}
	if q >= 2 && t[q-1].text == ":" && t[q-1].sent == sent && !a.verbBefore(a.phraseStart(q-2), maxVerbDistance) && !a.objectOf(a.phraseStart(q-2)) {
		if _, ok := a.pp.byTok[q-2]; ok {
			yield(pick{tok: q - 2}) // "Psaki: “Nope.”", not "Roux told Le Monde: “…”" nor "… to the Harbor Times: “…”"
			return
		}
	}
	for v := q - 1; v >= 0 && v >= q-maxVerbDistance && t[v].sent == sent && t[v].kind != tokQuote && t[v].text != ";"; v-- {
		if n := accordingTo(t, v); n >= 0 && n < q {
			yield(a.namedPick(n)) // "according to a spokesperson": nobody to carry on from; "Selon Anne Morel, «…»"
			return
		}
		if crowdNouns[t[v].lower] && v+2 == q && t[v+1].lower == "of" {
			yield(nobody) // to cries of "Shame!": the benches, not the speaker
			return
		}
		if !a.isVerb(v) {
			continue
		}
		c, _ := a.clauseOf(v)
		if a.agentAsks(c, q) {
			yield(pick{tok: c.agent, attributed: true}) // "Pell was asked by presenter Lina Cole, “…”"
			return
		}
		if c.participle {
			// "Ruiz attacked Lima, calling the plan …": the participle's
			// subject is the clause's, never the object before the comma.
			if !a.hostPicks(c, yield) {
				return
			}
			continue
		}
		if s := c.subj; s >= 0 {
			yield(pick{tok: s, attributed: true})
			return
		}
		if !a.hostPicks(c, yield) {
			return
		}
		if v == a.sentenceFirst(v) || t[v-1].text == "," && (a.invertedBeforeQuote(c, q) || a.parentheticalSays(c)) {
			if c.after >= 0 && !yield(pick{tok: c.after, attributed: true, tentative: true}) {
				return // "Said Ruiz, who runs the ferry, “…”": verb first
			}
		}
	}
	if q >= 1 && t[q-1].text == ":" && t[q-1].sent == sent {
		if !a.statementPicks(q-1, yield) {
			return
		}
		yield(pick{tok: a.sentenceSubjectTok(q - 1)}) // "Rao was blunter: “…”"
	}
}

// hostPicks offers the subject of the participial or absolute clause whose
// verb is c's (readHost), an attribution even when it resolves to nobody:
// the name of an absolute clause, someone unnamed, the name opening the
// sentence if it resolves, else an organisation opening it. It reports
// whether the rule goes on (yield took none of them).
func (a *attributor) hostPicks(c clause, yield func(pick) bool) bool {
	switch {
	case c.absolute:
		return yield(pick{tok: c.host, attributed: true}) // "with Nina Calloway telling reporters"
	case c.hostUnnamed:
		return yield(nobody) // "A senior aide left, saying …"
	}
	if c.host >= 0 && !yield(pick{tok: c.host, attributed: true, tentative: true}) {
		return false
	}
	if c.hostOrg >= 0 {
		return yield(pick{tok: c.hostOrg, attributed: true}) // "The Kremlin weighed in, calling it"
	}
	return true
}

// statementNouns name a written text that an article quotes as its
// author's words ("A statement from the union read: …").
var statementNouns = wordSet("statement_nouns")

// statementPicks offers the author of a text that the sentence ending at
// token k names as a statement from or by someone ("A statement from the
// Pancreatic Action Trust read:"): an organisation, else each person named
// in turn. It reports whether the rule goes on (yield took none).
func (a *attributor) statementPicks(k int, yield func(pick) bool) bool {
	t := a.toks
	for s := a.sentenceFirst(k); s+2 < k; s++ {
		if !statementNouns[t[s].lower] || t[s+1].lower != "from" && t[s+1].lower != "by" {
			continue
		}
		for e := s + 2; e < k && e < s+10 && t[e].kind == tokWord; e++ {
			if a.orgName(e, true) != "" || a.organisationByHead(e) != "" {
				return yield(pick{tok: e, via: viaOrg, attributed: true})
			}
			if a.isMention(e) && !yield(pick{tok: e, attributed: true, tentative: true}) {
				return false
			}
		}
		return true
	}
	return true
}

// invertedBeforeQuote reports whether the reporting verb of clause c, after
// a comma, is followed by its subject and then only a comma or colon before
// quotation q ("Because the rules changed, explained Rosenberg, “…”").
func (a *attributor) invertedBeforeQuote(c clause, q int) bool {
	e := c.after
	if e < 0 || e+2 != q {
		return false
	}
	p := a.toks[e+1].text
	return p == "," || p == ":"
}
