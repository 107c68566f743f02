package quotes

// trailingSieve reads an attribution that closes the quotation's sentence
// after more words of the writer's, set off by a comma:
//
//	"We are horrified" by the shooting in the port, Ana Lima said.
//	"It is over" for the mill, said Tomas Ruiz, a welder.
//	"We wait" until the vote, she said on Monday.
//	"Money decides" in a race this close, says Dante Reyes, a political scientist at the state university.
type trailingSieve struct{}

func (trailingSieve) inherits() bool { return false }

// maxTrailing is how many tokens after its quotation a closing attribution may start.
const maxTrailing = 40

func (trailingSieve) picks(a *attributor, q int, yield func(pick) bool) {
	t := a.toks
	for j := q + 1; j < len(t) && j <= q+maxTrailing && t[j].sent == t[q].sent && t[j].kind != tokQuote; j++ {
		if t[j].text != "," || j+1 >= len(t) || t[j+1].sent != t[q].sent {
			continue
		}
		s := j + 1
		if reportingVerbs[t[s].lower] && s+1 < len(t) && t[s+1].sent == t[q].sent { // ", said NP"
			if e := a.subjectAfterVerb(s); e >= 0 && a.closesSentence(e) {
				if p, ok := a.headPick(s+1, e); ok {
					yield(p)
				}
				return
			}
			continue
		}
		if g := pronounGender(t[s].lower); g == 'm' || g == 'f' { // ", she said"
			if v := s + 1; v < len(t) && reportingVerbs[t[v].lower] && a.closesSentence(v) {
				if !yield(pick{tok: s, via: viaPronoun, tentative: true}) {
					return
				}
			}
			continue
		}
		if e := a.openingAt(s).end; e >= 0 { // ", NP said"
			if v := a.verbAt(e+1, e, false); v >= 0 && reportingVerbs[t[v].lower] && a.closesSentence(v) {
				if p, ok := a.headPick(s, e); ok {
					yield(p)
				}
				return
			}
		}
	}
}

// closesSentence reports whether the attribution ending at token k closes
// its sentence, past at most a short phrase of time or place ("on Monday",
// "in a statement") or an appositive (", a political scientist at …"), with
// no quotation after it.
func (a *attributor) closesSentence(k int) bool {
	t := a.toks
	reach := 8
	if k+2 < len(t) && t[k+1].text == "," && (determiners[t[k+2].lower] || t[k+2].lower == "who" || titles[t[k+2].lower] || roleHeads[t[k+2].lower]) {
		reach = maxAppositive // ", said Dante Reyes, a political scientist at …"
	}
	for j := k + 1; j < len(t) && t[j].sent == t[k].sent; j++ {
		if t[j].kind == tokQuote || j > k+reach {
			return false
		}
	}
	return true
}
