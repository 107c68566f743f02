package quotes

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestVocabulariesHaveHeadersAndAreRead checks that every file under vocab/
// says what class of words it holds, of which kind, and where they come
// from, and that package initialisation read it: a file nobody loads is a
// list that silently stopped mattering.
func TestVocabulariesHaveHeadersAndAreRead(t *testing.T) {
	entries, err := vocabFiles.ReadDir("vocab")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 40 {
		t.Errorf("only %d vocabulary files; the word lists belong in vocab/", len(entries))
	}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".txt")
		h, lines := readVocab(name)
		if h.class == "" || h.provenance == "" || h.kind == "" {
			t.Errorf("%s: header incomplete: %+v", e.Name(), h)
		}
		if len(strings.Fields(strings.Join(lines, " "))) == 0 {
			t.Errorf("%s: no words", e.Name())
		}
		if _, ok := vocabLoaded.Load(name); !ok {
			t.Errorf("%s is never loaded", e.Name())
		}
	}
}

// TestProperNameListsOnlyNudge checks that lists of proper names come as
// nameHints, which offer no map to index, and that the loader refuses to
// read them as a plain word set.
func TestProperNameListsOnlyNudge(t *testing.T) {
	for _, n := range []nameHints{femaleNames, maleNames, neutralNames, places, institutions} {
		if len(n.words) == 0 {
			t.Error("empty name list")
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("wordSet read a list of proper names")
		}
	}()
	wordSet("female_first_names")
}

// TestNoWordListsInGo checks that no package-level variable of quotes holds
// a word list written as a Go literal: vocabularies are data files.
func TestNoWordListsInGo(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	fset := gotoken.NewFileSet()
	for _, fn := range files {
		if strings.HasSuffix(fn, "_test.go") {
			continue
		}
		src, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, fn, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != gotoken.VAR {
				continue
			}
			ast.Inspect(g, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.CompositeLit:
					if m, ok := x.Type.(*ast.MapType); ok && len(x.Elts) > 3 && types(m) != "map" && strings.HasPrefix(types(m), "map[string]") {
						t.Errorf("%s: a %s literal of %d words; move it to vocab/", fset.Position(x.Pos()), types(m), len(x.Elts))
					}
				case *ast.BasicLit:
					if s, err := strconv.Unquote(x.Value); err == nil && x.Kind == gotoken.STRING && len(strings.Fields(s)) > 3 && s == strings.ToLower(s) {
						t.Errorf("%s: a word list literal %.40q; move it to vocab/", fset.Position(x.Pos()), s)
					}
				}
				return true
			})
		}
	}
}

// types names a map type for a message.
func types(m *ast.MapType) string {
	k, _ := m.Key.(*ast.Ident)
	v, _ := m.Value.(*ast.Ident)
	if k == nil || v == nil {
		return "map"
	}
	return "map[" + k.Name + "]" + v.Name
}

// TestSharedClassesWrittenOnce checks that the days of the week and the
// months are written in one file each and reach the lists that need them
// by "@weekdays" and "@months", and that Abbreviation reads the one list of
// abbreviations that articles and transcripts share.
func TestSharedClassesWrittenOnce(t *testing.T) {
	entries, err := vocabFiles.ReadDir("vocab")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, _ := vocabFiles.ReadFile("vocab/" + e.Name())
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), "#") {
				continue
			}
			f := strings.Fields(l)
			if e.Name() != "weekdays.txt" && slices.Contains(f, "wednesday") || e.Name() != "months.txt" && slices.Contains(f, "september") {
				t.Errorf("%s writes out a day or month; include @weekdays or @months", e.Name())
			}
		}
	}
	for _, c := range []struct {
		set  map[string]bool
		name string
	}{{calendarWords, "calendar_words"}, {timeWords, "time_words"}, {functionWords, "function_words"}, {skippable, "skippable"}} {
		if !c.set["wednesday"] || c.set["@weekdays"] {
			t.Errorf("%s: @weekdays not expanded", c.name)
		}
	}
	if !calendarWords["september"] || !functionWords["september"] {
		t.Error("@months not expanded")
	}
	for w, want := range map[string]bool{"Mr": true, "SEPT": true, "U.S": true, "etc": true, "Monday": false, "said": false} {
		if Abbreviation(w) != want {
			t.Errorf("Abbreviation(%q) = %v, want %v", w, !want, want)
		}
	}
}
