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
		if a.labelOpensSentence(q, text) {
			return KindFragment
		}
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
			if t[k].lower == "according" || accordingWords[t[k].lower] {
				return KindUtterance // "According to Governor Quinn Muller, “…”"
			}
		}
	case a.isVerb(q-1) || prev.lower == "that" && a.verbBefore(q-1, 4):
		if !a.clauseGoesOn(q) || sentenceLike(text) && strings.HasSuffix(text, ",") {
			return KindUtterance
		}
	}
	r, _ := utf8.DecodeRuneInString(text)
	if unicode.IsUpper(r) && endsSentence(strings.TrimRight(text, "\"'’”")) && len(strings.Fields(text)) >= longQuoteWords {
		return KindUtterance
	}
	if a.toldWhom(q, text) {
		return KindUtterance
	}
	return KindFragment
}

// maxLabelWords is the longest quotation read as a label when it opens a
// sentence that goes on without a pause ("'Reset' Plan Meets Cold Reception").
const maxLabelWords = 3

// labelOpensSentence reports whether quotation q, which opens its sentence,
// is a short label the sentence goes on from, as a headline's scare quote is
// ("'Reset' Plan Meets Cold Reception", "“Historic” deal signed"): a few
// words with no punctuation at their end, followed directly by a word, and
// no reporting verb in the next three words ("“We won” she said" is speech).
func (a *attributor) labelOpensSentence(q int, text string) bool {
	t := a.toks
	if !fewWords(text, maxLabelWords) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text))
	if !isWord(last) || q+1 >= len(t) || t[q+1].sent != t[q].sent || t[q+1].kind != tokWord {
		return false
	}
	for k := q + 1; k < len(t) && k <= q+3 && t[k].sent == t[q].sent; k++ {
		if a.isVerb(k) {
			return false
		}
	}
	return true
}

// maxObjectWords is the most words read as a reporting verb's object and
// adjuncts between the verb and a quotation ("told Jacob", "told his players
// before the match").
const maxObjectWords = 6

// minToldWords is the fewest words of a quotation read as speech after a
// reporting verb and its object.
const minToldWords = 3

// namingVerbs give a thing a name rather than report speech ("called him
// "the best of them."").
// All are regular: the irregular forms verbForms adds are speech verbs'.
var namingVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range vocabWords("naming_verbs") {
		for _, f := range inflect(b) {
			m[f] = true
		}
	}
	return m
}()

// toldWhom reports whether quotation q is speech introduced by a reporting
// verb and its object with no comma or colon ("Mark told Jacob "I will
// protect you.""): a reporting verb (not a naming one) within
// maxObjectWords plain words before it and no "that" between (a reported
// clause: "added that members are "…""); a word before the quotation that
// is no preposition, determiner or possessive ("told NBC's "…"", "said on
// "…""); and a quotation that reads as a sentence of its own (a capital,
// several words, a final stop, words not capitalised as a title's are:
// "Meet the Press.") ending the writer's sentence.
func (a *attributor) toldWhom(q int, text string) bool {
	t := a.toks
	if !sentenceLike(text) || !endsSentence(text) || a.clauseGoesOn(q) {
		return false
	}
	if p := t[q-1]; p.kind != tokWord || prepositions[p.lower] || determiners[p.lower] || strings.HasSuffix(p.lower, "'s") || strings.HasSuffix(p.lower, "’s") {
		return false
	}
	for k := q - 1; k >= 0 && k >= q-maxObjectWords-1 && t[k].sent == t[q].sent && t[k].kind == tokWord && t[k].lower != "that"; k-- {
		if !t[k].cap && a.isVerb(k) {
			return !namingVerbs[t[k].lower]
		}
	}
	return false
}

// sentenceLike reports whether quoted text reads as a sentence of its own,
// not words lifted into the writer's: a capital, several words, not
// capitalised as a title's are. After a reporting verb, such a quotation
// closed by a comma is speech whatever follows ("said "We have heard that
// one," and laughed"; not "called it "a disgrace," and left").
func sentenceLike(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r) && len(strings.Fields(text)) >= minToldWords && !titleCased(text)
}

// titleCased reports whether every word of text that is not a function
// word begins with a capital, as in a title ("Meet the Press.").
func titleCased(text string) bool {
	for _, w := range strings.Fields(text) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && !functionWords[strings.ToLower(strings.Trim(w, ".,;:!?"))] {
			return false
		}
	}
	return true
}

// resumesSpeech reports whether quotation q, after a comma, is the second
// half of the utterance p that its attribution interrupts however long the
// attribution is ("“That river,” she said in a slow and weary voice, “has
// taken three bridges.”"): p is speech in the same sentence, ends with a
// comma or dash, and a reporting verb stands between them.
func (a *attributor) resumesSpeech(p, q int, pText, pKind string) bool {
	t := a.toks
	if pKind != KindUtterance || p >= q || t[p].sent != t[q].sent || t[q-1].text != "," {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(pText))
	if !strings.ContainsRune(",—–…", last) {
		return false
	}
	for k := p + 1; k < q; k++ {
		if a.isVerb(k) {
			return true
		}
	}
	return false
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
