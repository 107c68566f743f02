package quotes

// colonIntroSieve gives a quotation that opens its paragraph the subject
// of the sentence that ended the paragraph before with a colon, whatever
// the reporting verb and however long the subject phrase:
//
//	62-year-old Ada Quill agreed:¶"The ferry was always late."
//	48-year-old Ada Quill nodded:¶"The ferry was always late."
//	Harbor City head coach Dale Morrow put it plainly:¶"We were beaten."
type colonIntroSieve struct{}

func (colonIntroSieve) inherits() bool { return false }

func (colonIntroSieve) picks(a *attributor, q int, yield func(pick) bool) {
	t := a.toks
	if q < 2 || t[q-1].text != ":" || t[q-1].para != t[q].para-1 || t[q-2].kind == tokQuote {
		return
	}
	a.sentenceSubjectOf(q-1, true, yield)
}
