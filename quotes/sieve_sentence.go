package quotes

// sentenceSieve reads an attribution earlier in the quotation's sentence,
// and a colon introduction ending the paragraph before:
//
//	Lima said, "We will rebuild."
//	She added that "nothing is decided".
//	Souza told reporters: "The water is falling."
//	Rao was blunter: "It failed."
type sentenceSieve struct{}

func (sentenceSieve) attribute(a *attributor, q int) credit { return a.before(q) }
func (sentenceSieve) inherits() bool                        { return false }
