package quotes

import (
	"bytes"
	"strings"
	"testing"
)

func TestReadJSONL(t *testing.T) {
	in := "{\"type\":\"source\",\"id\":\"a\",\"outlet\":\"Wire\"}\n\n{\"type\":\"quote\",\"id\":\"a/q1\",\"speaker\":\"Ann Lee\",\"line\":3}\n"
	srcs, qs, err := ReadJSONL(strings.NewReader(in), "x.jsonl")
	if err != nil || len(srcs) != 1 || srcs[0].Outlet != "Wire" || len(qs) != 1 || qs[0].Speaker != "Ann Lee" || qs[0].Line != 3 {
		t.Errorf("got %+v %+v %v", srcs, qs, err)
	}
}

func TestReadJSONLErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"{\"type\":\"source\",\"id\":\"a\"}\nnot json\n", "x.jsonl:2: not a JSON object"},
		{"{\"type\":\"article\"}\n", `x.jsonl:1: unknown record type "article"`},
		{"{\"type\":\"quote\",\"line\":\"three\"}\n", "x.jsonl:1:"},
	}
	for _, tt := range tests {
		_, _, err := ReadJSONL(strings.NewReader(tt.in), "x.jsonl")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("ReadJSONL(%q) error = %v, want prefix %q", tt.in, err, tt.want)
		}
	}
	if srcs, _, err := ReadJSONL(strings.NewReader(""), "empty.jsonl"); err != nil || len(srcs) != 0 {
		t.Errorf("empty input: %v, %+v", err, srcs)
	}
}

// FuzzReadJSONL: any bytes give records or an error naming the file, never a panic.
func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte("{\"type\":\"source\",\"id\":\"a\"}\n{\"type\":\"quote\",\"id\":\"a/q1\",\"text\":\"x\"}\n"))
	f.Add([]byte("{\"type\":\"quote\",\"line\":1e999}\n"))
	f.Add([]byte("\n\n{}\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _, err := ReadJSONL(bytes.NewReader(b), "f.jsonl")
		if err != nil && !strings.HasPrefix(err.Error(), "f.jsonl") {
			t.Fatalf("error does not name the file: %v", err)
		}
	})
}
