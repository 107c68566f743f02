package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// longQuoteWords is the length from which a capitalised, sentence-final
// quotation counts as speech wherever it stands.
const longQuoteWords = 8

// kindOf classifies the quotation at token q whose text is text: speech when it
// opens a sentence, follows a colon, a reporting verb or "said that", or a
// verb and comma; a fragment when it sits inside the writer's own sentence.
func (a *attributor) kindOf(q int, text string) string {
	t := a.toks
	if q == 0 || t[q-1].para != t[q].para || t[q-1].sent != t[q].sent {
		return KindUtterance
	}
	prev := t[q-1]
	switch {
	case prev.text == ":":
		return KindUtterance
	case prev.text == ",":
		for k := q - 2; k >= 0 && k >= q-4 && t[k].sent == t[q].sent; k-- {
			if a.isVerb(k) || t[k].lower == "back" || t[k].lower == "according" {
				return KindUtterance
			}
		}
	case a.isVerb(q-1) || prev.lower == "that" && q >= 2 && a.isVerb(q-2):
		if !a.clauseGoesOn(q) {
			return KindUtterance
		}
	}
	r, _ := utf8.DecodeRuneInString(text)
	if unicode.IsUpper(r) && endsSentence(strings.TrimRight(text, "\"'’”")) && len(strings.Fields(text)) >= longQuoteWords {
		return KindUtterance
	}
	return KindFragment
}

// clauseGoesOn reports whether the writer's sentence carries on after
// quotation q with a lower-case word ("said "nothing" had changed").
func (a *attributor) clauseGoesOn(q int) bool {
	t := a.toks
	n := q + 1
	return n < len(t) && t[n].sent == t[q].sent && t[n].kind == tokWord && !t[n].cap
}
