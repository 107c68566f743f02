package quotes

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/quotecheck/quotecheck/sources"
)

// ReadJSONL reads the sources and quotations that
// 'quotecheck extract --format jsonl' writes (report.JSONLWriter): one
// object a line with a "type" of "source" or "quote", several files' worth
// possibly concatenated. name is used in error messages, with the line.
func ReadJSONL(r io.Reader, name string) ([]*sources.Source, []Quote, error) {
	var srcs []*sources.Source
	var qs []Quote
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 64*1024*1024)
	for line := 1; sc.Scan(); line++ {
		src, q, err := readJSONLLine(sc.Bytes())
		if err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		if src != nil {
			srcs = append(srcs, src)
		}
		if q != nil {
			qs = append(qs, *q)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %v", name, err)
	}
	return srcs, qs, nil
}

// readJSONLLine reads one record: a source, a quotation, or nothing for a
// blank line.
func readJSONLLine(b []byte) (*sources.Source, *Quote, error) {
	if len(b) == 0 {
		return nil, nil, nil
	}
	var head struct {
		Type string `json:"type"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return nil, nil, fmt.Errorf("not a JSON object: %v", err)
	}
	switch head.Type {
	case "source":
		src := &sources.Source{}
		if err := json.Unmarshal(b, src); err != nil {
			return nil, nil, err
		}
		return src, nil, nil
	case "quote":
		// start and end are the quotation's span in its source's text, which
		// orders an interrupted quotation's parts as a one-shot run does
		var rec struct {
			Quote
			Start int `json:"start"`
			End   int `json:"end"`
		}
		if err := json.Unmarshal(b, &rec); err != nil {
			return nil, nil, err
		}
		q := rec.Quote
		q.Start, q.End = rec.Start, rec.End
		return nil, &q, nil
	}
	return nil, nil, fmt.Errorf("unknown record type %q (want source or quote, as 'quotecheck extract --format jsonl' writes)", head.Type)
}
