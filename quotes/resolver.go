package quotes

import (
	"cmp"
	"sort"
	"strings"
)

// The second stage of attribution: the resolver. A rule (sieve_*.go)
// answers only which mention speaks a quotation, as a pick; resolve turns
// that mention into the person or organisation it stands for, or nobody.
// The resolver reads the mention layer and the discourse state and writes
// nothing: attributor.heard records the credit once the loop in sieve.go
// has taken it.

// pick is a rule's answer for one quotation: the mention that speaks it.
type pick struct {
	tok        int    // the last token of the mention (for viaEvent and viaSpeaker, of the earlier quotation or reporting verb); -1 for a speaker the article does not name ("a senior official said")
	via        via    // what kind of mention it is, which says how it resolves
	from       int    // viaHead: the first token of the name
	role       [2]int // viaHead: the words toks[role[0]:role[1]] printed before the name, its role when the article gives none elsewhere
	method     string // viaEvent: the method to credit (reported or continuation)
	attributed bool   // the quotation has an attribution of its own: resolved to nobody, it still keeps the rules that inherit a speaker off
	tentative  bool   // resolved to nobody, the rule goes on to its next pick (or passes) instead of deciding that nobody speaks
	quote      int    // the quotation token, set by take (a document's author is found from it)
}

// via is the kind of mention a pick points at.
type via uint8

const (
	viaMention  via = iota // the name, pronoun, descriptor ("the 31-year-old"), role phrase or organisation ending at tok (resolveTok)
	viaPronoun             // the personal pronoun at tok, in any case: "she said", "her post", "according to him"
	viaHead                // the name toks[from:tok+1] heading a subject noun phrase: a person the article names
	viaNamed               // the person the name mention ending at tok stands for, as printed (a headline's speaker)
	viaRole                // a role or descriptor phrase ending at tok, resolved only as a role ("the harbour commissioner repeated")
	viaOrg                 // the organisation named at tok, also as an object ("a statement from the Harbor Trust")
	viaDocument            // the document noun at tok ("the statement", "her post", "Ruiz's statement"): its author
	viaEvent               // the earlier speech at tok, a quotation or reported-speech verb: its speaker, as recorded
	viaSpeaker             // the earlier quotation at tok: its speaker, with the role the article gives them (a continuation)
)

// orNext gives p marked tentative: if its mention resolves to nobody, the
// rule goes on to its next pick.
func (p pick) orNext() pick {
	p.tentative = true
	return p
}

// nobody is the pick of an attribution whose speaker the article does not
// name: it resolves to no one and keeps inherited speakers off.
var nobody = pick{tok: -1, attributed: true}

// take runs rule s on quotation q and resolves its picks in the order it
// offers them: the first that resolves to someone, or that is not
// tentative, decides. A rule that offers nothing passes.
func (a *attributor) take(s sieve, q int) credit {
	_, w := a.takePick(s, q)
	return w
}

// takePick is take, which also gives the pick that decided (tok -1 and
// via 0 when none did).
func (a *attributor) takePick(s sieve, q int) (pick, credit) {
	outer := a.taking // resolving may run a rule of its own (reportedEvents)
	a.taking = taking{quote: q, taken: pick{tok: -1}}
	if a.offer == nil {
		a.offer = a.offerPick // made once per article: a closure per rule would cost an allocation per quotation and rule
	}
	s.picks(a, q, a.offer)
	got := a.taking
	a.taking = outer
	return got.taken, got.w
}

// taking is the state of one take: the quotation, and the pick that
// decided and its credit once one has.
type taking struct {
	quote int
	taken pick
	w     credit
	done  bool
}

// offerPick is the yield that take gives a rule: it resolves pick p and
// reports whether the rule should go on (p was tentative and resolved to
// nobody).
func (a *attributor) offerPick(p pick) bool {
	if a.taking.done {
		return false
	}
	p.quote = a.taking.quote
	w := a.resolve(p)
	if w.person == "" && p.tentative {
		return true
	}
	a.taking.taken, a.taking.w, a.taking.done = p, w, true
	return false
}

// resolve is the resolver: it turns the mention of pick p into the entity
// that speaks, with the role the article gives it and the method that
// found it; the empty credit when the mention stands for nobody it can
// name. It only reads.
func (a *attributor) resolve(p pick) credit {
	var w credit
	if p.tok >= 0 {
		switch p.via {
		case viaMention:
			w = a.resolveTok(p.tok)
		case viaPronoun:
			if person := a.resolvePronoun(p.tok, pronounCase(a.toks[p.tok].lower)); person != "" {
				w = credit{person: person, role: a.roleOf(person), method: MethodPronoun}
			}
		case viaHead:
			w = a.resolveHead(p)
		case viaNamed:
			m := a.pp.mentions[a.pp.byTok[p.tok]]
			w = credit{person: m.person, role: a.roleOf(m.person), method: MethodExplicit}
		case viaRole:
			w = a.resolveRolePhrase(p.tok)
		case viaOrg:
			w = credit{person: cmp.Or(a.orgName(p.tok, true), a.organisationByHead(p.tok)), method: MethodOrganisation}
		case viaDocument:
			w = a.documentAuthor(p.tok, p.quote)
		case viaEvent:
			ev := a.eventAt(p.tok)
			w = credit{person: ev.person, role: ev.role, method: p.method}
		case viaSpeaker:
			ev := a.eventAt(p.tok)
			w = credit{person: ev.person, role: a.roleOf(ev.person), method: MethodContinuation}
		}
	}
	if w.person == "" {
		w = credit{}
	}
	w.attributed = p.attributed
	return w
}

// pronounCase gives the gender of a personal pronoun in any case: 'm' for
// he, him, his; 'f' for she, her; 'n' for they, them, their; 0 for other words.
func pronounCase(l string) byte {
	if g := pronounGender(l); g != 0 {
		return g
	}
	if g := objectGender(l); g != 0 {
		return g
	}
	switch l {
	case "his":
		return 'm'
	case "their":
		return 'n'
	}
	return 0
}

// resolveTok resolves the mention ending at token k (a name, pronoun, role
// or descriptor phrase, an organisation) to the entity that speaks.
func (a *attributor) resolveTok(k int) credit {
	t := a.toks
	if g := pronounGender(t[k].lower); g != 0 {
		if p := a.resolvePronoun(k, g); p != "" {
			return credit{person: p, role: a.roleOf(p), method: MethodPronoun}
		}
		return credit{}
	}
	if age, g, ok := a.descriptor(k); ok {
		if p := a.resolveDescriptor(k, age, g); p != "" {
			return credit{person: p, role: a.roleOf(p), method: MethodRole}
		}
		return credit{}
	}
	if mi, ok := a.pp.byTok[k]; ok {
		m := a.pp.mentions[mi]
		if m.byRole {
			return credit{person: m.person, role: m.role, method: MethodRole}
		}
		if org := a.organisation(k); org != "" {
			return credit{person: org, method: MethodOrganisation} // "the Board of Elections said": a name no person has
		}
		if !a.personByArticle(mi) && !a.known[SpeakerKey(m.person)] && !a.firstNameAlone(m) && !a.confirmedByProse(mi) {
			return credit{} // "Greenpeace said": not a person
		}
		return credit{person: m.person, role: firstNonEmpty(m.role, a.roleOf(m.person)), method: MethodExplicit}
	}
	if phrase, _ := a.pp.roleAt(k); phrase != "" && !strings.HasSuffix(t[k].lower, "s") {
		if p := cmp.Or(a.pp.resolveRole(phrase, k), a.pp.unroled(phrase, k), a.roleOfPrevious(phrase, k)); p != "" {
			return credit{person: p, role: phrase, method: MethodRole}
		}
	}
	if org := cmp.Or(a.organisation(k), a.organisationByHead(k), a.orgBack(k), a.placeBody(k)); org != "" {
		return credit{person: org, method: MethodOrganisation}
	}
	return credit{}
}

// resolveHead resolves the name of a viaHead pick to a person, with the
// role the article gives them, else the words printed before the name.
func (a *attributor) resolveHead(p pick) credit {
	person := a.personNamed(p.from, p.tok)
	if person == "" {
		return credit{}
	}
	role := a.roleOf(person)
	if role == "" && p.role[1] > p.role[0] {
		role = joinWords(a.toks[p.role[0]:p.role[1]])
	}
	return credit{person: person, role: role, method: MethodExplicit}
}

// resolveRolePhrase resolves the role or descriptor phrase ending at k as a
// role: the person a role mention stands for, else a role resolution of the
// phrase; nobody when the phrase resolves otherwise (a name, an organisation).
func (a *attributor) resolveRolePhrase(k int) credit {
	if mi, ok := a.pp.byTok[k]; ok && a.pp.mentions[mi].byRole {
		m := a.pp.mentions[mi]
		return credit{person: m.person, role: m.role, method: MethodRole}
	}
	if w := a.resolveTok(k); w.method == MethodRole {
		return w
	}
	return credit{}
}

// documentAuthor resolves the document noun at token d, the subject of the
// attribution of quotation q, to its author: the person whose document it
// is ("Ruiz's statement", "her post"), else, for "the statement", the
// person last reported speaking or quoted in the paragraph or the one
// before, when no one else has reported since and they are no organisation.
func (a *attributor) documentAuthor(d, q int) credit {
	t := a.toks
	k := d - 1
	switch owner := t[k].lower; {
	case owner == "his" || owner == "her":
		if p := a.resolvePronoun(k, pronounCase(owner)); p != "" {
			return credit{person: p, role: a.roleOf(p), method: MethodDocument}
		}
	case owner == "the" || owner == "a":
		if ev, ok := a.lastSpoke(q, a.paraStart(a.paraStart(q)-1)); ok && ev.person != "" && !a.orgs[ev.person] && !a.otherReporter(ev, q) {
			return credit{person: ev.person, role: ev.role, method: MethodDocument}
		}
	default:
		if mi, ok := a.pp.byTok[k]; ok && a.pp.mentions[mi].possessive && a.personByArticle(mi) {
			m := a.pp.mentions[mi]
			return credit{person: m.person, role: a.roleOf(m.person), method: MethodDocument}
		}
	}
	return credit{}
}

// eventAt gives the earlier speech at token k: the quotation credited
// there, or the reported-speech clause whose verb it is (with a pronoun
// subject resolved); the empty event when there is none.
func (a *attributor) eventAt(k int) event {
	if i := sort.Search(len(a.events), func(i int) bool { return a.events[i].tok >= k }); i < len(a.events) && a.events[i].tok == k {
		return a.events[i]
	}
	rs := a.reportedEvents()
	i := sort.Search(len(rs), func(i int) bool { return rs[i].tok >= k })
	if i >= len(rs) || rs[i].tok != k {
		return event{}
	}
	ev := rs[i]
	if ev.pronoun > 0 {
		ev.person, ev.role = a.pronounEvent(rs, i)
	}
	return ev
}
