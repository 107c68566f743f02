package quotes

// asPutItSieve reads the parenthetical attribution "as X put it" (also
// "as X said", "as X wrote") before or after its quotation:
//
//	As the prosecutor Marc Lenoir put it, "there was little to go on."
//	But, as Ana Lima said, "the river decides."
//	"The river decides," as Ana Lima put it.
//	Or, as Tomas Ruiz, a former harbour master, put it: "The tide decides."
//	As the hospital's medical director, Mina Shah, put it on local radio, "It stays open."
//	But as the Gazette's Tariq Bell pointed out, "Nobody checked the sums."
type asPutItSieve struct{}

func (asPutItSieve) inherits() bool { return false }

func (asPutItSieve) picks(a *attributor, q int, yield func(pick) bool) {
	s, e, ok := a.asClause(q)
	if !ok {
		return
	}
	a.asPicks(s, e, yield)
}
