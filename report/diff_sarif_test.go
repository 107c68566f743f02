package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// TestDiffSARIF: diff's SARIF is valid SARIF 2.1.0 with one result for
// each version that differs (not the canonical one, not one worded
// alike), at its own place, the canonical version as related location.
func TestDiffSARIF(t *testing.T) {
	d := &Diff{
		Sources: []*sources.Source{{ID: "a", Path: "wire/a.txt", Outlet: "Coast Daily"}, {ID: "b", Path: "wire/b c.txt"}, {ID: "c", Path: "wire/c.txt"}},
		Quotes: []quotes.Quote{{ID: "a/q1", Source: "a", Path: "wire/a.txt", Line: 3, Column: 2},
			{ID: "b/q1", Source: "b", Path: "wire/b c.txt", Line: 5, Column: 9}, {ID: "c/q1", Source: "c", Path: "wire/c.txt", Line: 1, Column: 1}},
		Utterances: []align.Utterance{{ID: "u1", Speaker: "Ada Kroll", Canonical: "the pier opens in June", Severity: align.Error,
			Versions: []align.Version{
				{Quote: "a/q1", Source: "a", Text: "the pier opens in June", Canonical: true},
				{Quote: "b/q1", Source: "b", Text: "the pier opens in July", Severity: align.Error,
					Differences: []align.Difference{{Kind: align.KindSubstituted, Severity: align.Error, Canonical: "June", Version: "July"}}},
				{Quote: "c/q1", Source: "c", Text: "the pier opens in June"},
			}}},
	}
	var b bytes.Buffer
	if err := WriteDiff(&b, "sarif", d, Options{Version: "v9.9.9"}); err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, b.Bytes())
	var log struct {
		Runs []struct {
			Results []struct {
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
				RelatedLocations []struct {
					PhysicalLocation struct{ ArtifactLocation struct{ URI string } }
				}
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	rs := log.Runs[0].Results
	if len(rs) != 1 {
		t.Fatalf("%d results, want 1 (the differing version only):\n%s", len(rs), b.String())
	}
	r := rs[0]
	loc := r.Locations[0].PhysicalLocation
	if r.Level != "error" || loc.ArtifactLocation.URI != "wire/b%20c.txt" || loc.Region.StartLine != 5 || loc.Region.StartColumn != 9 ||
		len(r.RelatedLocations) != 1 || r.RelatedLocations[0].PhysicalLocation.ArtifactLocation.URI != "wire/a.txt" {
		t.Errorf("result %+v", r)
	}
	if want := `b quotes Ada Kroll as "the pier opens in July" where the canonical wording is "the pier opens in June": error: substituted "June" → "July"`; r.Message.Text != want {
		t.Errorf("message %q\nwant    %q", r.Message.Text, want)
	}
}
