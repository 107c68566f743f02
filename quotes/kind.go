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
			if a.isVerb(k) || t[k].lower == "back" {
				return KindUtterance
			}
		}
		for k := q - 2; k >= 0 && k >= q-10 && t[k].sent == t[q].sent && t[k].text != ","; k-- {
			if t[k].lower == "according" {
				return KindUtterance // "According to Governor Quinn Muller, “…”"
			}
		}
	case a.isVerb(q-1) || prev.lower == "that" && a.verbBefore(q-1, 4):
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

// verbBefore reports whether a reporting verb stands within n words before
// token k in its sentence ("told reporters that", "said on Monday that").
func (a *attributor) verbBefore(k, n int) bool {
	t := a.toks
	for j := k - 1; j >= 0 && j >= k-n && t[j].sent == t[k].sent && t[j].kind == tokWord; j-- {
		if a.isVerb(j) {
			return true
		}
	}
	return false
}
