package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/check"
	"github.com/quotecheck/quotecheck/internal/golden"
)

func handBuiltCheck() *Check {
	fs := []check.Finding{
		{Path: "drafts/b.md", Line: 12, Column: 7, Text: "we never really tested their goalkeeper", Speaker: "Ann Lee",
			Kind: "utterance", Status: check.StatusDiffers, Severity: align.Error,
			Message: "differs from wire/a.txt:4:20: we never [+really+] tested their goalkeeper (inserted)",
			Source:  "wire/a.txt", SourceLine: 4, SourceColumn: 20, SourceText: "we never tested their goalkeeper", SourceSpeaker: "Ann Lee",
			Differences: []align.Difference{{Kind: align.KindInserted, Severity: align.Error, Version: "really", Position: 2}},
			Inline:      "we never [+really+] tested their goalkeeper", Quotes: []string{"b/q3"}, Fingerprint: "00112233445566778899aabbccddeeff"},
		{Path: "drafts/b.md", Line: 3, Column: 1, Text: "The club will appeal.", Speaker: "Bob Ray", Kind: "utterance",
			Status: check.StatusConfirmed, Severity: align.None, Message: "confirmed by wire/a.txt:9:2",
			Source: "wire/a.txt", SourceLine: 9, SourceColumn: 2, SourceText: "The club will appeal.", SourceSpeaker: "Bob Ray",
			Differences: []align.Difference{}, Inline: "The club will appeal.", Quotes: []string{"b/q1"}, Fingerprint: "ffeeddccbbaa99887766554433221100"},
		{Path: "drafts/b.md", Line: 20, Column: 2, Text: "100%, a disgrace,\nreally", Speaker: "", Kind: "utterance",
			Status: check.StatusNotFound, Severity: align.Warning, Message: "not found in any source: \"100%, a disgrace,\\nreally\"",
			Differences: []align.Difference{}, Quotes: []string{"b/q5"}, Fingerprint: "0123456789abcdef0123456789abcdef"},
		{Path: "drafts/b.md", Line: 22, Column: 30, Text: "Ann Lee", Speaker: "Ann Lee", Kind: "utterance",
			Status: check.StatusDiffers, Severity: align.Error, Message: "credited to Bob Ray, not Ann Lee, in wire/a.txt:9:2: \"The club will appeal.\"",
			Source: "wire/a.txt", SourceLine: 9, SourceColumn: 2, SourceText: "The club will appeal.", SourceSpeaker: "Bob Ray",
			Differences: []align.Difference{{Kind: align.KindSpeaker, Severity: align.Error, Canonical: "Bob Ray", Version: "Ann Lee"}},
			Inline:      "The club will appeal.", Quotes: []string{"b/q6"}, Fingerprint: "fedcba9876543210fedcba9876543210"},
	}
	check.SortFindings(fs)
	c := &Check{Findings: fs, Summary: SummarizeCheck(fs)}
	c.Summary.Drafts, c.Summary.Sources, c.Summary.FailOn, c.Summary.ExitCode = 1, 2, "error", 1
	return c
}

func TestWriteCheckGolden(t *testing.T) {
	tests := []struct {
		name, format string
		all          bool
	}{
		{"line", "line", false}, {"line-all", "line", true}, {"json", "json", false},
		{"table", "table", false}, {"sarif", "sarif", false}, {"github", "github", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteCheck(&b, tt.format, handBuiltCheck(), CheckOptions{All: tt.all}); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("..", "testdata", "check", "report-"+tt.name+".golden"), b.Bytes())
		})
	}
}

func TestWriteCheckLineSortedAndFiltered(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCheck(&b, "", handBuiltCheck(), CheckOptions{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	want := []string{
		"drafts/b.md:12:7: error: differs from wire/a.txt:4:20: we never [+really+] tested their goalkeeper (inserted)",
		`drafts/b.md:20:2: warning: not found in any source: "100%, a disgrace,\nreally"`,
		`drafts/b.md:22:30: error: credited to Bob Ray, not Ann Lee, in wire/a.txt:9:2: "The club will appeal."`,
	}
	if !slices.Equal(lines, want) {
		t.Errorf("line output:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// TestWriteCheckSARIFSchema checks the properties SARIF 2.1.0 requires and
// that code-scanning tools read.
func TestWriteCheckSARIFSchema(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCheck(&b, "sarif", handBuiltCheck(), CheckOptions{}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name, InformationURI string
					Rules                []struct{ ID string }
				}
			}
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex *int   `json:"ruleIndex"`
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
				PartialFingerprints map[string]string
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-2.1.0") || len(log.Runs) != 1 {
		t.Fatalf("version %q schema %q runs %d", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "quotecheck" || run.Tool.Driver.InformationURI == "" {
		t.Errorf("driver = %+v", run.Tool.Driver)
	}
	if len(run.Results) != 3 {
		t.Fatalf("%d results, want 3 (confirmed quotations are not results)", len(run.Results))
	}
	for i, r := range run.Results {
		if !slices.Contains([]string{"none", "note", "warning", "error"}, r.Level) {
			t.Errorf("result %d: level %q is not a SARIF level", i, r.Level)
		}
		if r.RuleID == "" || r.RuleIndex == nil || run.Tool.Driver.Rules[*r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %d: ruleId %q does not match its rule index", i, r.RuleID)
		}
		if r.Message.Text == "" || len(r.Locations) != 1 || r.PartialFingerprints["quotecheck/v1"] == "" {
			t.Errorf("result %d lacks message, location or fingerprint: %+v", i, r)
		}
		loc := r.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URI != "drafts/b.md" || loc.Region.StartLine < 1 || loc.Region.StartColumn < 1 {
			t.Errorf("result %d location = %+v", i, loc)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	tests := []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"100% sure", "100%25 sure", "100%25 sure"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"dir/a,b:c.md", "dir/a,b:c.md", "dir/a%2Cb%3Ac.md"},
	}
	for _, tt := range tests {
		if got := ghData(tt.in); got != tt.data {
			t.Errorf("ghData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := ghProperty(tt.in); got != tt.prop {
			t.Errorf("ghProperty(%q) = %q, want %q", tt.in, got, tt.prop)
		}
	}
}

func TestWriteCheckUnknownFormat(t *testing.T) {
	err := WriteCheck(&bytes.Buffer{}, "xml", handBuiltCheck(), CheckOptions{})
	if err == nil || !strings.Contains(err.Error(), `unknown format "xml"`) {
		t.Errorf("error = %v", err)
	}
}

func TestSummarizeCheck(t *testing.T) {
	s := handBuiltCheck().Summary
	if s.Quotations != 4 || s.Statuses["confirmed"] != 1 || s.Statuses["differs"] != 2 || s.Statuses["not-found"] != 1 ||
		s.Severities["error"] != 2 || s.Severities["warning"] != 1 || s.Severities["none"] != 1 || s.Severities["info"] != 0 {
		t.Errorf("summary = %+v", s)
	}
	want := "4 quotation(s) in 1 draft(s) against 2 source(s): 1 confirmed, 2 differ, 1 not found (2 error(s), 1 warning(s), 0 info); 0 in baseline"
	if s.String() != want {
		t.Errorf("String() = %q", s.String())
	}
}
