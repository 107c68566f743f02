package quotes

import (
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/sources"
)

// clauseText gives the words toks[f:l+1] joined by spaces, "" when f < 0.
func clauseText(toks []token, f, l int) string {
	if f < 0 || l < 0 {
		return ""
	}
	var w []string
	for _, x := range toks[f : l+1] {
		w = append(w, x.text)
	}
	return strings.Join(w, " ")
}

// TestClauseReader reads the clause of one reporting verb in invented
// sentences: its subject phrase, the person at its head, the phrase after
// it, and whether it is a participle or a relative clause.
func TestClauseReader(t *testing.T) {
	cases := []struct {
		name, text, verb     string
		subject, head, after string
		participle, relative bool
		host                 string // the subject of a participial or absolute clause
	}{
		{name: "name and verb", text: `Dora Quill said the ferry was late. "It was," she added.`, verb: "said",
			subject: "Dora Quill", head: "Dora Quill"},
		{name: "appositive between", text: `Mayor Ivo Brandt, 61, who runs the harbour board, told Edda Voss the pier would reopen. "Soon," he said.`, verb: "told",
			subject: "Mayor Ivo Brandt", head: "Ivo Brandt", after: "Edda Voss"},
		{name: "verb first", text: `"The tide decides," said Nell Arkwright, a pilot.`, verb: "said",
			after: "Nell Arkwright"},
		{name: "participle after a comma", text: `Tomas Reyes attacked the budget on Monday, calling it "a shell game".`, verb: "calling",
			participle: true, host: "Tomas Reyes"},
		{name: "absolute clause", text: `The vote passed, with Ines Marlow telling the crowd "we won".`, verb: "telling",
			head: "", host: "Ines Marlow"},
		{name: "pronoun opens the host clause", text: `Ines Marlow won. She thanked the staff, saying "we won".`, verb: "saying",
			participle: true, host: "She"},
		{name: "relative clause", text: `The plan was drafted by Wren Okafor, who later said it was "too timid".`, verb: "said",
			relative: true},
		{name: "pronoun subject", text: `Wren Okafor arrived late. She told the mayor "the plan is dead".`, verb: "told",
			subject: "She", after: "the mayor"},
	}
	for _, c := range cases {
		src := sources.FromText("t", c.text)
		paras, spans, _, _ := scanText(src.Text)
		toks := tokenize(src.Text, paras, spans)
		a := newAttributor(toks, findPeople(toks))
		var got *clause
		for i := range a.clauses {
			if toks[a.clauses[i].verb].lower == c.verb {
				got = &a.clauses[i]
				break
			}
		}
		if got == nil {
			t.Errorf("%s: no clause for %q", c.name, c.verb)
			continue
		}
		head := ""
		if got.mention >= 0 {
			head = a.pp.mentions[got.mention].person
		}
		after := ""
		if got.after >= 0 {
			after = clauseText(toks, got.verb+1, got.after)
		}
		host := ""
		if mi, ok := a.pp.byTok[got.host]; ok {
			host = a.pp.mentions[mi].person
		} else if got.host >= 0 {
			host = toks[got.host].text
		}
		if s := clauseText(toks, got.first, got.subj); s != c.subject || head != c.head || after != c.after || got.participle != c.participle || got.relative != c.relative || host != c.host {
			t.Errorf("%s: subject %q head %q after %q participle %v relative %v host %q; want %q %q %q %v %v %q",
				c.name, s, head, after, got.participle, got.relative, host, c.subject, c.head, c.after, c.participle, c.relative, c.host)
		}
		if v, ok := a.clauseOf(got.verb); !ok || v != *got || a.subjectOf(got.verb) != got.subj {
			t.Errorf("%s: clauseOf and subjectOf disagree with the table", c.name)
		}
	}
}
