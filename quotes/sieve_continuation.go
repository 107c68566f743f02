package quotes

// continuationSieve gives a quotation with no attribution of its own the
// speaker of the quotation before it, in the same paragraph or opening the
// next, when nobody else who could be speaking is named between:
//
//	"We lost everything," Ruiz said. "The house, the car, the shop."
//	"We lost everything," Ruiz said.¶"We will stay."
type continuationSieve struct{}

func (continuationSieve) attribute(a *attributor, q int) credit { return a.continuation(q) }
func (continuationSieve) inherits() bool                        { return true }
