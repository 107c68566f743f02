package report

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"github.com/xeipuuv/gojsonschema"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/check"
)

// uriChars are the characters RFC 3986 allows in a URI reference.
var uriChars = regexp.MustCompile(`^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]*$`)

// TestSARIFSchema validates SARIF output against the SARIF 2.1.0 JSON
// schema (as github.com/owenrumney/go-sarif embeds it) for draft paths as
// users have them: spaces, colons, non-ASCII letters, absolute paths,
// paths outside the working directory, and standard input. Each URI must
// be a valid URI reference that resolves back to the path.
func TestSARIFSchema(t *testing.T) {
	abs, err := filepath.Abs(filepath.Join("drafts", "abs dir", "x.md"))
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{"drafts/b.md", "drafts/my draft.md", "drafts/2024-05-01 10:30 brief.md", "a:b.md",
		"drafts/Zürich café.md", "drafts/100% #1?.md", abs, "../outside.md", "-"}
	var fs []check.Finding
	for i, p := range paths {
		fs = append(fs, check.Finding{Path: p, Line: i + 1, Column: 2, Text: "we never tested them", Kind: "utterance",
			Status: check.StatusDiffers, Severity: align.Error, Message: "differs", Source: "wire/a b.txt", SourceLine: 3, SourceColumn: 1,
			Differences: []align.Difference{}, Quotes: []string{"q"}, Fingerprint: "00"})
	}
	var b bytes.Buffer
	if err := WriteCheck(&b, "sarif", &Check{Findings: fs}, CheckOptions{Version: "v1.2.3"}); err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, b.Bytes())

	var log struct {
		Runs []struct {
			ColumnKind string `json:"columnKind"`
			Tool       struct {
				Driver struct{ Version, InformationURI string }
			}
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" || run.Tool.Driver.Version != "v1.2.3" || run.Tool.Driver.InformationURI == "" {
		t.Errorf("columnKind %q, driver %+v", run.ColumnKind, run.Tool.Driver)
	}
	for i, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation.ArtifactLocation
		checkURI(t, paths[i], loc.URI, loc.URIBaseID)
	}
}

// checkURI checks that uri is a URI reference standing for path.
func checkURI(t *testing.T, path, uri, base string) {
	t.Helper()
	if !uriChars.MatchString(uri) {
		t.Errorf("%q: uri %q has characters a URI may not", path, uri)
	}
	u, err := url.Parse(uri)
	if err != nil {
		t.Errorf("%q: uri %q does not parse: %v", path, uri, err)
		return
	}
	switch {
	case path == "-":
		if uri != "-" || base != "" {
			t.Errorf("standard input: uri %q base %q", uri, base)
		}
	case filepath.IsAbs(path) || strings.HasPrefix(path, ".."):
		want, _ := filepath.Abs(path)
		if u.Scheme != "file" || base != "" || u.Path != filepath.ToSlash(want) {
			t.Errorf("%q: uri %q (base %q), want a file URI of %s", path, uri, base, want)
		}
	default:
		if u.Scheme != "" || base != SRCRoot || u.Path != path {
			t.Errorf("%q: uri %q (scheme %q, path %q, base %q), want the path relative to %s", path, uri, u.Scheme, u.Path, base, SRCRoot)
		}
	}
}

// sarifSchema gives the SARIF 2.1.0 JSON schema that
// github.com/owenrumney/go-sarif/v3 validates with: read from the module's
// source (the schema's own licence is OASIS's, so it is not copied here).
func sarifSchema(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/owenrumney/go-sarif/v3").Output()
	if err != nil {
		t.Fatalf("finding go-sarif: %v", err)
	}
	file := filepath.Join(strings.TrimSpace(string(out)), "pkg", "report", "v210", "sarif", "schema.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, sp := range g.Specs {
			v := sp.(*ast.ValueSpec)
			if len(v.Names) == 1 && v.Names[0].Name == "schema" {
				if lit, ok := v.Values[0].(*ast.BasicLit); ok {
					s, err := strconv.Unquote(lit.Value)
					if err == nil && strings.Contains(s, `"$schema"`) {
						return s
					}
				}
			}
		}
	}
	t.Fatalf("no schema constant in %s", file)
	return ""
}

// validateSARIF checks doc against the SARIF 2.1.0 JSON schema, and that
// go-sarif reads every property of it.
func validateSARIF(t *testing.T, doc []byte) {
	t.Helper()
	res, err := gojsonschema.Validate(gojsonschema.NewStringLoader(sarifSchema(t)), gojsonschema.NewBytesLoader(doc))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors() {
		t.Errorf("not valid SARIF 2.1.0: %s", e)
	}
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.DisallowUnknownFields()
	var strict sarif.Report
	if err := dec.Decode(&strict); err != nil {
		t.Errorf("SARIF has a property SARIF 2.1.0 does not define: %v", err)
	}
}

// TestSARIFGoldenValid validates the golden SARIF files (this package's
// and the command's) against the schema.
func TestSARIFGoldenValid(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCheck(&b, "sarif", handBuiltCheck(), CheckOptions{}); err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, b.Bytes())
	doc, err := os.ReadFile(filepath.Join("..", "testdata", "check", "draft.sarif.golden"))
	if err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, doc)
}
