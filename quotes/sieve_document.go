package quotes

// documentSieve credits a quotation whose subject is a document to the
// document's author: the person whose document it is ("Ruiz's statement",
// "her post"), else the person last reported speaking or quoted in the
// paragraph or the one before:
//
//	"We will appeal," Ruiz's statement read.
//	Carla Souza posted on Monday. "I am staying," her post said.
//	Tomas Ruiz issued a statement. "We will appeal," the statement said.
//
// An organisation's document ("the union's statement") is the
// organisation's, which the adjacent sieve already credits.
type documentSieve struct{}

func (documentSieve) inherits() bool { return false }

// documentNouns are the nouns of vocab/document_nouns.txt.
var documentNouns = wordSet("document_nouns")

// picks picks the document that is the subject of the attribution just
// after quotation q; the resolver finds its author (documentAuthor).
func (documentSieve) picks(a *attributor, q int, yield func(pick) bool) {
	t := a.toks
	k := q + 1
	if k < len(t) && t[k].text == "," && t[k].sent == t[q].sent {
		k++
	}
	if k+2 >= len(t) || t[k].sent != t[q].sent || t[k].para != t[q].para {
		return
	}
	d := k + 1 // "the statement", "her post", "Ruiz's statement"
	if !documentNouns[t[d].lower] || !allReportingVerbs[t[d+1].lower] && t[d+1].lower != "read" && t[d+1].lower != "reads" {
		return
	}
	yield(pick{tok: d, via: viaDocument})
}

// paraStart gives the first token of token k's paragraph (0 for k < 0).
func (a *attributor) paraStart(k int) int {
	if k < 0 {
		return 0
	}
	for k > 0 && a.toks[k-1].para == a.toks[k].para {
		k--
	}
	return k
}

// maxReporterScan is how many tokens otherReporter looks through.
const maxReporterScan = 200

// otherReporter reports whether a reporting verb whose subject is not the
// person of ev stands between ev and token q ("The governor's office said
// in a statement that …"): the document may be that subject's.
func (a *attributor) otherReporter(ev event, q int) bool {
	t := a.toks
	for v := max(ev.tok+1, q-maxReporterScan); v < q; v++ {
		c, ok := a.clauseOf(v)
		if !ok || !allReportingVerbs[t[v].lower] {
			continue
		}
		if c.mention < 0 || a.pp.mentions[c.mention].person != ev.person {
			return true
		}
	}
	return false
}
