package quotes

// A sieve is one attribution rule in the manner of Stanford CoreNLP's
// QuoteAttributionAnnotator (Muzny et al., 2017), and attribution has its
// two stages:
//
//  1. quotation → mention: each rule reads one linguistic pattern around
//     the quotation and picks the mention that speaks it (a name, pronoun,
//     role or descriptor phrase, organisation, document, or an earlier
//     speech it carries on), or passes. It reads the layers below it, the
//     clause table (clause.go) and the mentions (mentions.go, people.go),
//     and the discourse state, and decides no entity.
//  2. mention → entity: one resolver, resolve in resolver.go, turns the
//     pick into a person, organisation or nobody.
//
// The rules run in order, highest precision first, and the first whose
// pick resolves to someone decides; attribute then records the credit in
// the discourse state (heard, its only writer), so a rule that passes
// leaves no trace on later credits. Adding a pattern means adding a sieve,
// registering it in sieves and giving it examples in ruleExamples
// (rules_test.go) and rulePickCases (stages_test.go).
type sieve interface {
	// picks offers yield the mentions that may speak quotation token q,
	// best first, and stops when yield returns false: the loop took a pick
	// (one that resolved, or one not tentative). A rule that offers nothing
	// passes; nobody (a pick with attributed set and no mention) says the
	// quotation has an attribution of its own whose subject nobody can
	// resolve ("a senior official said").
	picks(a *attributor, q int, yield func(pick) bool)
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

// attribute runs the sieves on quotation token q, has the resolver turn
// each one's pick into a credit (take) and records the first speaker found
// in the discourse state.
func (a *attributor) attribute(q int) credit {
	blocked := false
	for _, s := range sieves {
		if blocked && s.inherits() {
			continue
		}
		w := a.take(s, q)
		if w.person != "" {
			a.heard(q, w)
			return w
		}
		blocked = blocked || w.attributed
	}
	return credit{}
}
