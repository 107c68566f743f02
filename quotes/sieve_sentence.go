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

// attribute finds an attribution earlier in the quotation's sentence:
// `Putin said, "…"`, `she added that "…"`, `Biden had to say is: "…"`.
// A quotation opening a paragraph takes the attribution that ended the one
// before with a colon ("Smith told reporters:").
func (sentenceSieve) attribute(a *attributor, q int) credit {
	t := a.toks
	sent := t[q].sent
	if q >= 1 && t[q-1].text == ":" && t[q-1].para == t[q].para-1 {
		sent = t[q-1].sent
	}
	if q >= 2 && t[q-1].text == ":" && t[q-1].sent == sent && !a.verbBefore(a.phraseStart(q-2), maxVerbDistance) && !a.objectOf(a.phraseStart(q-2)) {
		if _, ok := a.pp.byTok[q-2]; ok {
			return a.resolveTok(q - 2) // "Psaki: “Nope.”", not "Roux told Le Monde: “…”" nor "… to the Harbor Times: “…”"
		}
	}
	for v := q - 1; v >= 0 && v >= q-maxVerbDistance && t[v].sent == sent && t[v].kind != tokQuote && t[v].text != ";"; v-- {
		if t[v].lower == "according" && v+2 < q && t[v+1].lower == "to" {
			return attributed(a.named(v + 2)) // "according to a spokesperson": nobody to carry on from
		}
		if crowdNouns[t[v].lower] && v+2 == q && t[v+1].lower == "of" {
			return attributed(credit{}) // to cries of "Shame!": the benches, not the speaker
		}
		if !a.isVerb(v) {
			continue
		}
		c, _ := a.clauseOf(v)
		if c.participle {
			// "Ruiz attacked Lima, calling the plan …": the participle's
			// subject is the clause's, never the object before the comma.
			if w := a.hostSubject(c); w.person != "" || w.attributed {
				return w
			}
			continue
		}
		if s := c.subj; s >= 0 {
			return attributed(a.resolveTok(s))
		}
		if w := a.hostSubject(c); w.person != "" || w.attributed {
			return w
		}
		if v == a.sentenceFirst(v) || t[v-1].text == "," && a.invertedBeforeQuote(c, q) {
			if w := a.afterVerb(c); w.person != "" {
				return attributed(w) // "Said Ruiz, who runs the ferry, “…”": verb first
			}
		}
	}
	if q >= 1 && t[q-1].text == ":" && t[q-1].sent == sent {
		if w := a.statementBy(q - 1); w.person != "" {
			return w
		}
		return a.sentenceSubject(q - 1) // "Rao was blunter: “…”"
	}
	return credit{}
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
