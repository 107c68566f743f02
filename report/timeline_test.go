package report

import (
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/align"
)

func TestLater(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"2021-03-18T14:05:00Z", "2021-03-18T14:45:00Z", "40 min later"},
		{"2021-03-18T14:05:00Z", "2021-03-18T12:45:00-04:00", "2 h 40 min later"},
		{"2021-03-18T14:05:00Z", "2021-03-18T16:05:00Z", "2 h later"},
		{"2021-03-18T14:05:00Z", "2021-03-18T14:05:00Z", "at the same time"},
		{"2021-03-18T14:05:00Z", "2021-03-21T15:00:00Z", "3 days later"},
		{"2021-03-18", "2021-03-18T20:00:00Z", "the same day"},
		{"2021-03-18", "2021-03-19", "a day later"},
		{"2021-03-18T14:05:00Z", "", "later"},
	} {
		if got := laterBy(tc.a, tc.b); got != tc.want {
			t.Errorf("laterBy(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestHistoryLine(t *testing.T) {
	zero := 0
	u := align.Utterance{
		Versions: []align.Version{
			{Source: "tx", Canonical: true, Text: "No."},
			{Source: "001", Text: "Nope.", Differences: []align.Difference{{Kind: align.KindSubstituted, Severity: align.Error}}},
			{Source: "000", Text: "Nope.", Differences: []align.Difference{{Kind: align.KindSubstituted, Severity: align.Error}}},
			{Source: "002", Text: "Nope.", Differences: []align.Difference{{Kind: align.KindSubstituted, Severity: align.Error}}},
		},
		Timeline: []align.TimelineEntry{
			{Wording: "No.", FirstSource: "tx", FirstPublished: "2021-03-18T13:00:00Z", Sources: []string{"tx"}},
			{Wording: "Nope.", FirstSource: "001", FirstPublished: "2021-03-18T14:05:00Z", Sources: []string{"001", "000", "002"}, DerivedFrom: &zero, Undated: []string{"002"}},
		},
	}
	published := map[string]string{"tx": "2021-03-18T13:00:00Z", "001": "2021-03-18T14:05:00Z", "000": "2021-03-18T14:45:00Z"}
	got := HistoryLine(&u, func(id string) string { return published[id] })
	want := `"Nope." first printed by 001 at 2021-03-18T14:05Z; 000 printed it 40 min later, 002 (no publication time)`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestLaterSources: the sources after the first, for the one-line history
// and the HTML timeline alike; an entry a library caller built with no
// sources has none (the HTML path sliced Sources[1:] and panicked on it).
func TestLaterSources(t *testing.T) {
	e := align.TimelineEntry{FirstSource: "b", Sources: []string{"b", "a", "c"}, Undated: []string{"c"}}
	later, undated := laterSources(e)
	if strings.Join(later, ",") != "a,c" || !undated["c"] || undated["a"] {
		t.Errorf("got %v, %v", later, undated)
	}
	if later, _ := laterSources(align.TimelineEntry{Wording: "No."}); len(later) != 0 {
		t.Errorf("an entry with no sources has later ones: %v", later)
	}
}
