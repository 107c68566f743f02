package report

import (
	"encoding/json"
	"io"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// JSONLWriter writes extraction results as JSON Lines, one source then its
// quotations, each line an object with a "type" of "source" or "quote";
// quotes.ReadJSONL reads them back.
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
