package quotes

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/sources"
)

// The two stages of attribution are tested apart: a rule's pick must point
// at the mention that speaks ("she", "the minister", "the statement"), not
// at the person it stands for, and the resolver must turn each kind of
// mention into its entity. Every sentence is invented.

// stageArticle reads an article up to the mentions and clauses, and
// attributes its quotations before quotation number quote, so that the
// discourse state is what it would be; it gives the attributor and the
// token of that quotation.
func stageArticle(t *testing.T, text string, quote int) (*attributor, int) {
	t.Helper()
	src := sources.FromText("t", text)
	paras, spans, _, _ := scanText(src.Text)
	toks := tokenize(src.Text, paras, spans)
	a := newAttributor(toks, findPeople(toks))
	n := 0
	for k, tk := range toks {
		if tk.kind != tokQuote {
			continue
		}
		if n == quote {
			return a, k
		}
		a.attribute(k)
		n++
	}
	t.Fatalf("%q: %d quotations, want at least %d", text, n, quote+1)
	return nil, 0
}

// pickText gives the words of the mention a pick points at: the name of a
// viaHead pick, the determiner and noun of a document, the verb of earlier
// reported speech or "<quotation>" for an earlier quotation, else the
// mention, role phrase or organisation name ending at its token.
func pickText(a *attributor, p pick) string {
	t := a.toks
	if p.tok < 0 {
		return ""
	}
	first := p.tok
	switch {
	case t[p.tok].kind == tokQuote:
		return "<quotation>"
	case p.via == viaHead:
		first = p.from
	case p.via == viaDocument:
		first = p.tok - 1
	case p.via == viaEvent || p.via == viaSpeaker || p.via == viaPronoun:
	default:
		if mi, ok := a.pp.byTok[p.tok]; ok {
			first = a.pp.mentions[mi].first
		} else if phrase, f := a.pp.roleAt(p.tok); phrase != "" {
			first = f
		} else if _, _, ok := a.descriptor(p.tok); ok {
			first = p.tok - 1
		} else if a.orgName(p.tok, true) != "" {
			first = a.capitalsBefore(p.tok)
		}
	}
	return joinWords(t[first : p.tok+1])
}

// rulePickCases are, by rule, an article, the quotation one rule must pick
// a mention for, and the words and kind of that mention.
var rulePickCases = map[string][]struct {
	name, text string
	quote      int
	mention    string
	via        via
}{
	"headNounSieve": {
		{"role phrase before the name", "Head.\n\n\"We played well,\" said Harbor City head coach Dale Morrow.\n", 0, "Dale Morrow", viaHead},
		{"name set off after a role", "Head.\n\n\"We wait,\" said one more stallholder, Lin Hart.\n", 0, "Lin Hart", viaHead},
	},
	"adjacentSieve": {
		{"pronoun", "Head.\n\nMayor Ana Lima toured the town.\n\n\"We will rebuild,\" she said.\n", 0, "she", viaMention},
		{"role", "Head.\n\nFinance Minister Ana Lima spoke on Monday.\n\n\"Prices will fall,\" said the minister.\n", 0, "the minister", viaMention},
		{"according to a pronoun", "Head.\n\nAna Lima spoke.\n\n\"Prices will fall,\" according to her.\n", 0, "her", viaPronoun},
		{"someone unnamed", "Head.\n\n\"Prices will fall,\" a senior official said.\n", 0, "", viaMention},
	},
	"documentSieve": {
		{"the statement", "Head.\n\nTomas Ruiz said he would fight on.\n\n\"We will appeal,\" the statement said.\n", 0, "the statement", viaDocument},
		{"her post", "Head.\n\nCarla Souza posted on Monday. \"I am staying,\" her post said.\n", 0, "her post", viaDocument},
	},
	"possessiveRemarkSieve": {
		{"pronoun", "Head.\n\nMayor Ana Lima met residents on Monday. Her pledge to \"fix it by June\" was welcomed.\n", 0, "Her", viaPronoun},
		{"role", "Head.\n\nFire Chief Ines Vale spoke on Friday.\n\nThe fire chief's remarks about \"a long winter\" drew criticism.\n", 0, "The fire chief's", viaMention},
	},
	"reportingSubjectSieve": {
		{"appositive", "Head.\n\nAna Lima, a teacher from Recife, says Ruiz will \"be back\".\n", 0, "Ana Lima", viaHead},
		{"role phrase", "Head.\n\nFinance Minister Ana Lima met the crews.\n\nThe minister said that prices would \"fall\".\n", 0, "The minister", viaRole},
	},
	"sentenceSieve": {
		{"verb before", "Head.\n\nAna Lima said, \"We will rebuild.\"\n", 0, "Ana Lima", viaMention},
		{"pronoun before", "Head.\n\nAna Lima spoke first.\n\nShe added that \"nothing is decided\".\n", 0, "She", viaMention},
	},
	"asPutItSieve": {
		{"before", "Head.\n\nAs prosecutor Marc Lenoir put it, \"there was little to go on.\"\n", 0, "Marc Lenoir", viaHead},
	},
	"colonIntroSieve": {
		{"age before the name", "Head.\n\n62-year-old Ada Quill agreed:\n\n\"The ferry was always late.\"\n", 0, "Ada Quill", viaHead},
	},
	"trailingSieve": {
		{"pronoun", "Head.\n\nAna Lima spoke first.\n\n\"We wait\" until the vote, she said on Monday.\n", 0, "she", viaPronoun},
	},
	"clauseSubjectSieve": {
		{"pronoun", "Head.\n\nCarla Souza spoke on Monday.\n\nShe warned that the dam was \"close to failing\".\n", 0, "She", viaPronoun},
		{"role phrase", "Head.\n\nCommissioner Ines Vale met the crews.\n\nThe commissioner warned that the dam was \"close to failing\".\n", 0, "The commissioner", viaRole},
	},
	"reportedCarrySieve": {
		{"next paragraph", "Head.\n\nTomas Ruiz told reporters the town would rebuild.\n\n\"Nobody is leaving.\"\n", 0, "told", viaEvent},
	},
	"continuationSieve": {
		{"same paragraph", "Head.\n\n\"We lost everything,\" Tomas Ruiz said. \"The house, the shop.\"\n", 1, "<quotation>", viaSpeaker},
	},
	"headlineSieve": {
		{"a bare quotation under the headline", "Ana Lima Says Budget Will Pass\n\nThe vote is on Friday.\n\n\"We have the votes.\"\n", 0, "Ana Lima", viaNamed},
	},
}

// TestRulesPickMentions checks the first stage alone: each rule's pick
// points at the mention that speaks, a pronoun, role phrase or document as
// printed, never at the person the resolver makes of it.
func TestRulesPickMentions(t *testing.T) {
	for _, s := range sieves {
		n := ruleName(s)
		if len(rulePickCases[n]) == 0 {
			t.Errorf("%s has no cases in rulePickCases", n)
		}
		for _, c := range rulePickCases[n] {
			a, q := stageArticle(t, c.text, c.quote)
			p, _ := a.takePick(s, q)
			if got := pickText(a, p); got != c.mention || p.via != c.via {
				t.Errorf("%s / %s: picked %q (via %d), want %q (via %d)", n, c.name, got, p.via, c.mention, c.via)
			}
		}
	}
}

// resolverCases are an article, a mention in it (the words ending at the
// occurrence-th token that reads tok, counted from 0), how it is read, and
// the entity and method the resolver must give it.
var resolverCases = []struct {
	name, text, tok string
	occurrence      int
	via             via
	person, method  string
}{
	{"a name", "Head.\n\nMayor Ana Lima spoke on Monday.\n\n\"We rebuild,\" Lima said.\n", "Lima", 1, viaMention, "Ana Lima", MethodExplicit},
	{"a pronoun", "Head.\n\nMayor Ana Lima spoke on Monday.\n\n\"We rebuild,\" she said.\n", "she", 0, viaMention, "Ana Lima", MethodPronoun},
	{"a pronoun in the possessive", "Head.\n\nTomas Ruiz spoke on Monday. \"We stay,\" his post said.\n", "his", 0, viaPronoun, "Tomas Ruiz", MethodPronoun},
	{"a role phrase", "Head.\n\nFinance Minister Ana Lima spoke on Monday.\n\n\"Prices will fall,\" said the minister.\n", "minister", 0, viaMention, "Ana Lima", MethodRole},
	{"a descriptor", "Head.\n\nAna Lima, 31, spoke on Monday.\n\n\"Prices will fall,\" the 31-year-old said.\n", "31-year-old", 0, viaMention, "Ana Lima", MethodRole},
	{"an organisation", "Head.\n\n\"Prices will fall,\" the Harbor Water Company said.\n", "Company", 0, viaMention, "Harbor Water Company", MethodOrganisation},
	{"an organisation taken up by it", "Head.\n\nThe Harbor Water Company raised its rates.\n\n\"Costs rose,\" it said.\n", "it", 0, viaMention, "Harbor Water Company", MethodOrganisation},
	{"a document", "Head.\n\nTomas Ruiz lost the case.\n\n\"We will appeal,\" Ruiz's statement read.\n", "statement", 0, viaDocument, "Tomas Ruiz", MethodDocument},
	{"a pronoun with nobody before", "Head.\n\n\"Prices will fall,\" she said.\n", "she", 0, viaMention, "", ""},
	{"a role nobody holds", "Head.\n\nAna Lima spoke on Monday.\n\n\"Prices will fall,\" the senator said.\n", "senator", 0, viaMention, "", ""},
}

// TestResolver checks the second stage alone: given a mention, the
// resolver gives the person or organisation it stands for, or nobody.
func TestResolver(t *testing.T) {
	for _, c := range resolverCases {
		a, q := stageArticle(t, c.text, 0)
		k, seen := -1, 0
		for i, tk := range a.toks {
			if tk.text == c.tok {
				if seen == c.occurrence {
					k = i
					break
				}
				seen++
			}
		}
		if k < 0 {
			t.Fatalf("%s: no token %q", c.name, c.tok)
		}
		w := a.resolve(pick{tok: k, via: c.via, quote: q})
		if w.person != c.person || w.method != c.method {
			t.Errorf("%s: resolved %q to %q (%s), want %q (%s)", c.name, c.tok, w.person, w.method, c.person, c.method)
		}
	}
}

// TestRulesDecideNoEntity checks, in the source, that no rule file builds
// a credit or calls the resolver: what a rule gives is a pick, and only
// resolve (resolver.go) turns it into an entity.
func TestRulesDecideNoEntity(t *testing.T) {
	resolverOnly := map[string]bool{"credit": true, "resolve": true, "resolveTok": true, "resolvePronoun": true,
		"resolveDescriptor": true, "resolveHead": true, "resolveRolePhrase": true, "documentAuthor": true, "personNamed": true, "heard": true}
	files, _ := filepath.Glob("sieve_*.go")
	if len(files) < 10 {
		t.Fatalf("found %d rule files", len(files))
	}
	fset := gotoken.NewFileSet()
	for _, fn := range files {
		if strings.HasSuffix(fn, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, fn, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && resolverOnly[id.Name] {
				t.Errorf("%s: a rule uses %s, which only the resolver may", fset.Position(n.Pos()), id.Name)
			}
			return true
		})
	}
}
