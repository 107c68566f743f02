package report

import (
	"bytes"
	"reflect"
	"strings"
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
	x, err := ReadJSONL(&buf, "x.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Sources) != 1 || x.Sources[0].Outlet != "Wire" || len(x.Quotes) != 1 || x.Quotes[0].Speaker != "Ann Lee" || x.Quotes[0].Line != 3 {
		t.Errorf("round trip lost data: %+v %+v", x.Sources[0], x.Quotes)
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
	x, err := ReadJSONL(&buf, "x.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(x.Quotes, qs) {
		t.Errorf("round trip changed the quotations:\n got %+v\nwant %+v", x.Quotes, qs)
	}
}

func TestReadJSONLErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"{\"type\":\"source\",\"id\":\"a\"}\nnot json\n", "x.jsonl:2: not a JSON object"},
		{"{\"type\":\"article\"}\n", `x.jsonl:1: unknown record type "article"`},
		{"{\"type\":\"quote\",\"line\":\"three\"}\n", "x.jsonl:1:"},
	}
	for _, tt := range tests {
		_, err := ReadJSONL(strings.NewReader(tt.in), "x.jsonl")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("ReadJSONL(%q) error = %v, want prefix %q", tt.in, err, tt.want)
		}
	}
	if x, err := ReadJSONL(strings.NewReader(""), "empty.jsonl"); err != nil || len(x.Sources) != 0 {
		t.Errorf("empty input: %v, %+v", err, x)
	}
}

// FuzzReadJSONL: any bytes give records or an error naming the file, never a panic.
func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte("{\"type\":\"source\",\"id\":\"a\"}\n{\"type\":\"quote\",\"id\":\"a/q1\",\"text\":\"x\"}\n"))
	f.Add([]byte("{\"type\":\"quote\",\"line\":1e999}\n"))
	f.Add([]byte("\n\n{}\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		x, err := ReadJSONL(bytes.NewReader(b), "f.jsonl")
		if err != nil && !strings.HasPrefix(err.Error(), "f.jsonl") {
			t.Fatalf("error does not name the file: %v", err)
		}
		if err == nil && x == nil {
			t.Fatal("nil result without error")
		}
	})
}
