package align

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestTimeline orders wordings by first publication, merges those equal
// after normalisation, and derives each from the closest earlier one.
func TestTimeline(t *testing.T) {
	info := map[string]sourceInfo{
		"tx":  {order: 0, published: "2021-03-18T13:00:00Z"},
		"000": {order: 1, published: "2021-03-18T14:45:00Z"},
		"001": {order: 2, published: "2021-03-18T14:05:00Z"},
		"002": {order: 3, published: "2021-03-18T10:30:00-04:00"}, // 14:30 UTC
		"003": {order: 4, published: "2021-03-18"},                // some time that day: after the timed ones
		"004": {order: 5},
		"005": {order: 6, published: "2021-03-18T15:00:00Z"},
	}
	versions := []Version{
		{Source: "000", Text: "We will not raise the fare this year."},
		{Source: "001", Text: "We will not raise the fare."},
		{Source: "002", Text: "we will NOT raise the fare"}, // 001's words, other case and marks
		{Source: "003", Text: "We won't raise the fare."},
		{Source: "004", Text: "We will not raise the fare."},
		{Source: "005", Text: "We will never raise the fare."},
		{Source: "tx", Text: "We will not raise the fare this year."},
	}
	got := buildTimeline(versions, normsOf(versions), info, "tx")
	b, _ := json.MarshalIndent(got, "", " ")
	want := `[
 {"wording": "We will not raise the fare this year.", "first_source": "tx", "first_published": "2021-03-18T13:00:00Z", "sources": ["tx", "000"], "derived_from": null},
 {"wording": "We will not raise the fare.", "first_source": "001", "first_published": "2021-03-18T14:05:00Z", "sources": ["001", "002", "004"], "derived_from": 0, "undated": ["004"]},
 {"wording": "We will never raise the fare.", "first_source": "005", "first_published": "2021-03-18T15:00:00Z", "sources": ["005"], "derived_from": 1},
 {"wording": "We won't raise the fare.", "first_source": "003", "first_published": "2021-03-18", "sources": ["003"], "derived_from": 1}
]`
	if compact(string(b)) != compact(want) {
		t.Errorf("got\n%s\nwant\n%s", b, want)
	}
}

// TestTimelineTranscriptFirst puts a transcript without a time first and
// prefers it when an outlet's wording is as close to it as to another.
func TestTimelineTranscriptFirst(t *testing.T) {
	info := map[string]sourceInfo{
		"tx": {order: 2},
		"a":  {order: 0, published: "2021-03-18T14:00:00Z"},
		"b":  {order: 1, published: "2021-03-18T15:00:00Z"},
	}
	versions := []Version{
		{Source: "a", Text: "The bridge opens on Monday."},
		{Source: "b", Text: "The bridge reopens on Monday."},
		{Source: "tx", Text: "The bridge opens Monday."},
	}
	got := buildTimeline(versions, normsOf(versions), info, "tx")
	var order []string
	for _, e := range got {
		d := "null"
		if e.DerivedFrom != nil {
			d = string(rune('0' + *e.DerivedFrom))
		}
		order = append(order, e.FirstSource+"<"+d)
	}
	// b is one word from a and two from the transcript: a; a is one word from the transcript
	if s := strings.Join(order, " "); s != "tx<null a<0 b<1" {
		t.Errorf("got %s", s)
	}
}

func compact(s string) string { return strings.Join(strings.Fields(s), "") }

func TestEditCost(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"we will not raise the fare", "we will not raise the fare", 0},
		{"we will not raise the fare", "we will never raise the fare", 2},
		{"we will not raise the fare", "we won't raise the fare", 3},
		{"a b c", "", 3},
		{"a b c d", "b a d c", 4},
	} {
		if got := editCost(strings.Fields(tc.a), strings.Fields(tc.b)); got != tc.want {
			t.Errorf("editCost(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func normsOf(vs []Version) [][]string {
	out := make([][]string, len(vs))
	for i, v := range vs {
		out[i] = normTokens(v.Text)
	}
	return out
}
