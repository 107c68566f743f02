package quotes

// adjacentSieve reads an attribution that follows its quotation, verb and
// subject either way round, and "according to":
//
//	"We will rebuild," Mayor Ana Lima said.
//	"We will rebuild," said the mayor.
//	"We will rebuild," she told reporters.
//	"Prices will fall," according to Hugh Hill.
type adjacentSieve struct{}

func (adjacentSieve) attribute(a *attributor, q int) credit { return a.after(q) }
func (adjacentSieve) inherits() bool                        { return false }
