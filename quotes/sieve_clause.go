package quotes

import "strings"

// clauseSubjectSieve gives a quotation standing inside a clause, with no
// attribution of its own, the subject of the sentence it stands in: words
// quoted inside reported speech are the subject's.
//
//	Ruiz attacked the governor, calling him "the landlord in chief".
//	Ruiz said last week that the plan was "dead on arrival".
//	After the vote, Ruiz assured the tenants that the board "had heard them".
//	She warned that the dam was "close to failing".
type clauseSubjectSieve struct{}

func (clauseSubjectSieve) inherits() bool { return false }

// maxIntro is how many tokens an opening phrase set off by a comma may have
// before the subject ("On Monday,", "In a speech in Ohio,").
const maxIntro = 14

func (clauseSubjectSieve) picks(a *attributor, q int, yield func(pick) bool) {
	a.sentenceSubjectOf(q, true, yield)
}

// reportingSubjectSieve is clauseSubjectSieve for a sentence whose verb is
// a reporting verb, which comes before the sentence sieve's walk back from
// the quotation because it reads the subject as a whole phrase:
//
//	Ana Lima, a 55-year-old teacher from Recife, Brazil, says Ruiz will "be back".
//	After the vote, Ruiz assured the tenants that the board "had heard them".
type reportingSubjectSieve struct{}

func (reportingSubjectSieve) inherits() bool { return false }

func (reportingSubjectSieve) picks(a *attributor, q int, yield func(pick) bool) {
	a.sentenceSubjectOf(q, false, yield)
}

// sentenceSubjectOf picks for quotation token q the subject of its
// sentence, whose verb is a reporting verb or, with any set, any verb: a
// pronoun, else the name heading the subject phrase, else the phrase as a
// role ("The harbour commissioner repeated: …").
func (a *attributor) sentenceSubjectOf(q int, any bool, yield func(pick) bool) {
	t := a.toks
	f := a.sentenceFirst(q)
	if f == q {
		return
	}
	s := f
	if t[s].kind == tokWord && conjunctions[t[s].lower] && s+1 < q {
		s++ // "And Priya Sand, the chair of …, said"
	}
	s = a.afterIntros(s, q) // "On Thursday, after the vote, Lima said"
	if s >= q || t[s].kind != tokWord {
		return
	}
	o := a.openingAt(s)
	v := a.openingVerb(s, any)
	if g := pronounGender(t[s].lower); g != 0 && g != 'n' {
		if v < 0 || v > q || a.clauseBreak(v, q) {
			return
		}
		yield(pick{tok: s, via: viaPronoun})
		return
	}
	e := o.end
	if e < 0 || e >= q {
		return
	}
	if v < 0 || v > q || a.clauseBreak(v, q) || !allReportingVerbs[t[v].lower] && a.personBetween(v, q) && !a.participleBefore(q) {
		return
	}
	if c, _ := a.clauseOf(v); a.agentAsks(c, q) {
		return // "Pell was asked by Lina Cole whether …": the asker's words
	}
	if p, ok := a.headPick(s, e); ok && !yield(p.orNext()) {
		return
	}
	if mi, ok := a.pp.byTok[e]; ok && a.pp.mentions[mi].byRole {
		yield(pick{tok: e, via: viaRole})
		return
	}
	if _, _, ok := a.descriptor(e); ok || t[s].lower == "the" && roleHeads[t[e].lower] {
		yield(pick{tok: e, via: viaRole}) // "The harbour commissioner repeated: …"
	}
}

// clauseBreak reports whether a semicolon, a dash or a conjunction with a
// subject of its own between tokens v and q opens another clause, whose
// words are not the subject's: "Lima said the dam held; now the town wants
// a 'proper' wall", "Keane said …, and Vale pledged to 'find the money'".
func (a *attributor) clauseBreak(v, q int) bool {
	for k := v + 1; k < q; k++ {
		if x := a.toks[k].text; x == ";" || x == "—" || x == "–" {
			return true
		}
	}
	return a.coordinateBetween(v, q)
}

// personBetween reports whether a person is named between tokens v and q:
// after a verb that reports no speech, the quotation may be theirs
// ("Hill challenged Ruiz to discuss Ruiz's warning that it would 'fail'").
func (a *attributor) personBetween(v, q int) bool {
	for mi := a.pp.mentionAt(v + 1); mi < len(a.pp.mentions) && a.pp.mentions[mi].tok < q; mi++ {
		if a.personByArticle(mi) {
			return true
		}
	}
	return false
}

// conjunctions may open a sentence before its subject.
var conjunctions = wordSet("conjunctions")

// participleBefore reports whether a reporting participle introduces the
// quotation at q ("before saying, '…'", "adding that '…'"): its subject is
// the sentence's, whoever else the sentence names.
func (a *attributor) participleBefore(q int) bool {
	t := a.toks
	for k := q - 1; k >= 0 && k >= q-3 && t[k].sent == t[q].sent; k-- {
		if l := t[k].lower; strings.HasSuffix(l, "ing") && allReportingVerbs[l] {
			return true
		}
		if t[k].text != "," && t[k].text != ":" && t[k].lower != "that" {
			return false
		}
	}
	return false
}
