package report

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

func TestJSONLRoundTrip(t *testing.T) {
	src := &sources.Source{ID: "a", Path: "a.txt", Outlet: "Wire", Date: "2021-03-18"}
	qs := []quotes.Quote{{ID: "a/q1", Source: "a", Text: "We had the ball,", Speaker: "Ann Lee", Line: 3, Column: 2, Utterance: "a/q1"}}
	var buf bytes.Buffer
	if err := NewJSONLWriter(&buf).Write(src, qs); err != nil {
		t.Fatal(err)
	}
	srcs, got, err := quotes.ReadJSONL(&buf, "x.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 1 || srcs[0].Outlet != "Wire" || len(got) != 1 || got[0].Speaker != "Ann Lee" || got[0].Line != 3 {
		t.Errorf("round trip lost data: %+v %+v", srcs, got)
	}
}

// TestJSONLKeepsSpans: each quotation's span in its source's text survives
// the round trip, so diff --quotes orders an interrupted quotation's parts
// as a one-shot diff does even when file positions (HTML) disagree.
func TestJSONLKeepsSpans(t *testing.T) {
	src := &sources.Source{ID: "a", Path: "a.html"}
	qs := []quotes.Quote{
		{ID: "a/q1", Source: "a", Text: "It is a new day,", Utterance: "a/q1", Offset: 300, Start: 120, End: 136},
		{ID: "a/q2", Source: "a", Text: "time for change.", Utterance: "a/q1", Offset: 90, Start: 160, End: 176},
	}
	var buf bytes.Buffer
	if err := NewJSONLWriter(&buf).Write(src, qs); err != nil {
		t.Fatal(err)
	}
	_, got, err := quotes.ReadJSONL(&buf, "x.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, qs) {
		t.Errorf("round trip changed the quotations:\n got %+v\nwant %+v", got, qs)
	}
}
