package quotes

import (
	"fmt"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/sources"
)

// ruleExamples are each rule's own invented examples, by the rule's type.
var ruleExamples = map[string][][]sieveCase{
	"headNounSieve":         {headNounSieveCases},
	"adjacentSieve":         {adjacentSieveCases},
	"documentSieve":         {documentSieveCases},
	"possessiveRemarkSieve": {possessiveRemarkSieveCases},
	"reportingSubjectSieve": {reportingSubjectSieveCases},
	"sentenceSieve":         {sentenceSieveCases, referredToCases},
	"asPutItSieve":          {asPutItSieveCases},
	"colonIntroSieve":       {colonIntroSieveCases},
	"trailingSieve":         {trailingSieveCases},
	"clauseSubjectSieve":    {clauseSubjectSieveCases},
	"reportedCarrySieve":    {reportedCarrySieveCases},
	"continuationSieve":     {continuationSieveCases},
	"headlineSieve":         {headlineSieveCases},
}

// ruleName gives the type name of a rule.
func ruleName(s sieve) string { return strings.TrimPrefix(fmt.Sprintf("%T", s), "quotes.") }

// declaredRules gives the names of the types of this package's source that
// have a picks method, that is, every rule written.
func declaredRules(t *testing.T) map[string]bool {
	files, _ := filepath.Glob("*.go")
	fset := gotoken.NewFileSet()
	found := map[string]bool{}
	for _, fn := range files {
		if strings.HasSuffix(fn, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, fn, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Name.Name != "picks" {
				continue
			}
			if id, ok := fd.Recv.List[0].Type.(*ast.Ident); ok {
				found[id.Name] = true
			}
		}
	}
	return found
}

// TestEveryRuleRegistered checks that every rule written runs, once, and
// has examples of its own.
func TestEveryRuleRegistered(t *testing.T) {
	registered := map[string]bool{}
	for _, s := range sieves {
		n := ruleName(s)
		if registered[n] {
			t.Errorf("%s registered twice", n)
		}
		registered[n] = true
		if len(ruleExamples[n]) == 0 {
			t.Errorf("%s has no examples in ruleExamples", n)
		}
	}
	for n := range declaredRules(t) {
		if !registered[n] {
			t.Errorf("rule %s is written but not in sieves", n)
		}
	}
	for n := range ruleExamples {
		if !registered[n] {
			t.Errorf("examples for %s, which is not in sieves", n)
		}
	}
}

// pipelineCredit runs the whole extraction on a case's article and gives
// the speaker and method of the quotation the case names.
func pipelineCredit(t *testing.T, c sieveCase) (string, string) {
	t.Helper()
	qs, _ := NewExtractor().Extract(sources.FromText("t", c.text))
	if c.quote >= len(qs) {
		t.Fatalf("%s: %d quotations, want at least %d", c.name, len(qs), c.quote+1)
	}
	return qs[c.quote].Speaker, qs[c.quote].SpeakerMethod
}

// TestRuleExamplesThroughPipeline runs every rule's examples that name a
// speaker through the whole extraction: what the rule finds alone must
// also be what the user sees.
func TestRuleExamplesThroughPipeline(t *testing.T) {
	for n, tables := range ruleExamples {
		for _, cases := range tables {
			for _, c := range cases {
				if c.person == "" {
					continue
				}
				if p, m := pipelineCredit(t, c); p != c.person || m != c.method {
					t.Errorf("%s / %s: got %q (%s), want %q (%s)", n, c.name, p, m, c.person, c.method)
				}
			}
		}
	}
}

// TestEveryRuleIsNeeded takes each rule out of the order in turn and checks
// that at least one of its own examples then comes out differently: a rule
// whose examples the others already get right is dead weight, and a rule
// that can be deleted without a failing test is unguarded.
func TestEveryRuleIsNeeded(t *testing.T) {
	all := sieves
	defer func() { sieves = all }()
	for i, s := range all {
		sieves = append(append([]sieve{}, all[:i]...), all[i+1:]...)
		changed := false
		for _, cases := range ruleExamples[ruleName(s)] {
			for _, c := range cases {
				if p, m := pipelineCredit(t, c); c.person != "" && (p != c.person || m != c.method) {
					changed = true
				}
			}
		}
		if !changed {
			t.Errorf("without %s every one of its examples still comes out right", ruleName(s))
		}
	}
}
