package quotes

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/quotecheck/quotecheck/sources"
)

// ReadJSONL reads the sources and quotations that
// 'quotecheck extract --format jsonl' writes (report.JSONLWriter): one
// object a line with a "type" of "source" or "quote", several files' worth
// possibly concatenated. name is used in error messages, with the line.
//
// A malformed line loses that line only: the error (errors.Join of one
// "name:line: ..." error a bad line, the first maxLineErrors of them) is
// returned with every record the other lines hold. Quotations of a source
// whose line was bad are left out, counted in one more error.
func ReadJSONL(r io.Reader, name string) ([]*sources.Source, []Quote, error) {
	var srcs []*sources.Source
	var qs []Quote
	var errs []error
	bad := 0
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 64*1024*1024)
	for line := 1; sc.Scan(); line++ {
		src, q, err := readJSONLLine(sc.Bytes())
		if err != nil {
			if bad++; bad <= maxLineErrors {
				errs = append(errs, fmt.Errorf("%s:%d: %v", name, line, err))
			}
			continue
		}
		if src != nil {
			srcs = append(srcs, src)
		}
		if q != nil {
			qs = append(qs, *q)
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %v", name, err))
	}
	if bad > maxLineErrors {
		errs = append(errs, fmt.Errorf("%s: %d more malformed lines, not listed", name, bad-maxLineErrors))
	}
	if bad > 0 {
		var orphans int
		qs, orphans = withSources(qs, srcs)
		if orphans > 0 {
			errs = append(errs, fmt.Errorf("%s: %d quotation(s) of sources whose line was malformed left out", name, orphans))
		}
	}
	return srcs, qs, errors.Join(errs...)
}

// maxLineErrors is how many malformed lines ReadJSONL names one by one.
const maxLineErrors = 100

// withSources keeps the quotations whose source was read, and counts the rest.
func withSources(qs []Quote, srcs []*sources.Source) ([]Quote, int) {
	ids := map[string]bool{}
	for _, s := range srcs {
		ids[s.ID] = true
	}
	kept := qs[:0]
	for _, q := range qs {
		if ids[q.Source] {
			kept = append(kept, q)
		}
	}
	return kept, len(qs) - len(kept)
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
