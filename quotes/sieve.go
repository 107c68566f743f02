package quotes

// A sieve is one attribution rule in the manner of Stanford CoreNLP's
// QuoteAttributionAnnotator (Muzny et al., 2017): it finds the speaker of
// one quotation from one linguistic pattern, or passes. The sieves run in
// order, highest precision first, and the first that names a speaker
// decides. Adding a pattern means adding a sieve, registering it in sieves
// and giving it examples in ruleExamples (rules_test.go).
//
// A sieve only reads: it picks the mention that speaks and has the
// resolver (resolveTok) turn it into a person, organisation or nobody; it
// writes nothing. attribute alone records the decision (heard), so a sieve
// that passes leaves no trace on later credits.
type sieve interface {
	// attribute gives the speaker of quotation token q; an empty person
	// with attributed set means the quotation has an attribution of its
	// own whose subject nobody can resolve ("a senior official said").
	attribute(a *attributor, q int) credit
	// inherits reports whether the sieve carries a speaker in from outside
	// the quotation's own sentence, which an attribution of its own forbids.
	inherits() bool
}

// sieves is the attribution order: the quotation's own attribution first
// (adjacent, then elsewhere in its sentence, then the head of a complex
// subject), then the sentence it stands in, then the discourse around it.
var sieves = []sieve{
	headNounSieve{},
	adjacentSieve{},
	documentSieve{},
	possessiveRemarkSieve{},
	reportingSubjectSieve{},
	sentenceSieve{},
	asPutItSieve{},
	colonIntroSieve{},
	trailingSieve{},
	clauseSubjectSieve{},
	reportedCarrySieve{},
	continuationSieve{},
	headlineSieve{},
}

// attribute runs the sieves on quotation token q and records the speaker
// found in the discourse state.
func (a *attributor) attribute(q int) credit {
	blocked := false
	for _, s := range sieves {
		if blocked && s.inherits() {
			continue
		}
		w := s.attribute(a, q)
		if w.person != "" {
			a.heard(q, w)
			return w
		}
		blocked = blocked || w.attributed
	}
	return credit{}
}
