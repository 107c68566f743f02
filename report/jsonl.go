package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// JSONLWriter writes extraction results as JSON Lines, one source then its
// quotations, each line an object with a "type" of "source" or "quote".
type JSONLWriter struct {
	enc *json.Encoder
}

// NewJSONLWriter makes a JSONLWriter writing to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	enc := json.NewEncoder(newControlFilter(w, escJSON)) // each record is one whole write
	enc.SetEscapeHTML(false)
	return &JSONLWriter{enc: enc}
}

type jsonlSource struct {
	Type string `json:"type"`
	*sources.Source
}

// jsonlQuote is a quotation with its byte span in the source's text,
// which orders the parts of an interrupted quotation as a one-shot run
// does (file positions in HTML are best effort).
type jsonlQuote struct {
	Type string `json:"type"`
	quotes.Quote
	Start int `json:"start"`
	End   int `json:"end"`
}

// Write writes one source and its quotations.
func (jw *JSONLWriter) Write(src *sources.Source, qs []quotes.Quote) error {
	if err := jw.enc.Encode(jsonlSource{"source", src}); err != nil {
		return err
	}
	for _, q := range qs {
		if err := jw.enc.Encode(jsonlQuote{"quote", q, q.Start, q.End}); err != nil {
			return err
		}
	}
	return nil
}

// ReadJSONL reads what JSONLWriter wrote (possibly several files' worth
// concatenated); name is used in error messages.
func ReadJSONL(r io.Reader, name string) (*Extract, error) {
	x := &Extract{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 64*1024*1024)
	for line := 1; sc.Scan(); line++ {
		if err := readJSONLLine(x, sc.Bytes()); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return x, nil
}

func readJSONLLine(x *Extract, b []byte) error {
	if len(b) == 0 {
		return nil
	}
	var head struct {
		Type string `json:"type"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return fmt.Errorf("not a JSON object: %v", err)
	}
	switch head.Type {
	case "source":
		src := &sources.Source{}
		if err := json.Unmarshal(b, src); err != nil {
			return err
		}
		x.Sources = append(x.Sources, src)
	case "quote":
		var q jsonlQuote
		if err := json.Unmarshal(b, &q); err != nil {
			return err
		}
		q.Quote.Start, q.Quote.End = q.Start, q.End
		x.Quotes = append(x.Quotes, q.Quote)
	default:
		return fmt.Errorf("unknown record type %q (want source or quote, as 'quotecheck extract --format jsonl' writes)", head.Type)
	}
	return nil
}
