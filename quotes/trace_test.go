package quotes

import (
	"fmt"
	"testing"

	"github.com/quotecheck/quotecheck/sources"
)

// discourseState prints what attribution has recorded so far: speakers,
// events and the organisations known to have spoken.
func discourseState(a *attributor) string {
	return fmt.Sprint(a.said, a.events, a.orgs)
}

// TestRulesLeaveNoTrace checks that rules only read: running any rule on
// any quotation, whether it names a speaker or declines, leaves the
// discourse state as it was. Only the attribution loop, once a rule has
// decided, records a speaker; a rule that declines must not change the
// credits of later quotations.
func TestRulesLeaveNoTrace(t *testing.T) {
	texts := []string{
		// A rule that reads "the Harbor Port Authority said" and declines
		// (the head-noun rule wants a person's name) must not record the
		// authority as an organisation that has spoken.
		"Head.\n\n\"We will reopen the pier,\" the Harbor Port Authority said on Monday.\n\n\"It is safe,\" it added.\n",
		"Head.\n\nA statement from the Canal Trust read: \"The towpath stays shut.\"\n\nIna Brook, who walks there daily, said: \"Shameful.\"\n",
		"Head.\n\nThe Ferry Board of Harbor City defended the fares, saying \"costs rose\".\n",
	}
	for _, cases := range ruleExamples {
		for _, cs := range cases {
			for _, c := range cs {
				texts = append(texts, c.text)
			}
		}
	}
	for _, text := range texts {
		src := sources.FromText("t", text)
		paras, spans, _, _ := scanText(src.Text)
		toks := tokenize(src.Text, paras, spans)
		a := newAttributor(toks, findPeople(toks))
		for q, tk := range toks {
			if tk.kind != tokQuote {
				continue
			}
			for _, s := range sieves {
				before := discourseState(a)
				a.take(s, q)
				if after := discourseState(a); after != before {
					t.Errorf("%s changed the discourse state on %q:\nbefore %s\nafter  %s", ruleName(s), text, before, after)
				}
			}
			a.attribute(q)
		}
	}
}
