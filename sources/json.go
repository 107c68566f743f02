package sources

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Record keys read from scraper exports, most usual first.
var (
	textKeys   = []string{"text", "body", "content", "article", "article_text", "maintext"}
	titleKeys  = []string{"title", "headline"}
	outletKeys = []string{"outlet", "source", "site", "publisher", "site_name", "source_name"}
	dateKeys   = []string{"date", "published", "published_at", "publish_date", "date_publish", "pubDate"}
	urlKeys    = []string{"url", "link"}
	bylineKeys = []string{"byline", "author", "authors"}
)

// parseJSON reads a JSON array of article records, or one record. A file
// of several top-level objects is read as JSON Lines. Bad records are
// returned as errors (joined) beside the good ones.
func parseJSON(path string, d *decoded) ([]*Source, error) {
	data := strings.TrimLeft(d.text, " \t\r\n")
	if strings.HasPrefix(data, "{") {
		dec := json.NewDecoder(strings.NewReader(data))
		var first json.RawMessage
		if dec.Decode(&first) == nil && dec.More() {
			return parseJSONLines(path, d)
		}
		src, err := parseRecord(path, []byte(data), 0)
		if err != nil {
			return nil, withLine(err, lineAt(d.text, len(d.text)-len(data)))
		}
		src.Format = "json"
		src.locate = (&recordLocator{line: lineAt(d.text, len(d.text)-len(data)), runes: newRuneIndex(src.Text)}).locate
		return []*Source{src}, nil
	}
	if !strings.HasPrefix(data, "[") {
		return nil, &Error{Line: 1, Err: errors.New("JSON is neither an article record nor an array of them")}
	}
	return parseJSONArray(path, d)
}

// parseJSONArray reads an array of article records. A record that is not
// valid JSON is reported with its number and line, and reading goes on
// with the next record: one bad record loses one record.
func parseJSONArray(path string, d *decoded) ([]*Source, error) {
	text := d.text
	starts := lineOffsets(text)
	line := func(off int) int { return sort.SearchInts(starts, off+1) }
	pos := strings.IndexByte(text, '[') + 1
	var srcs []*Source
	var errs []error
	for n := 1; ; n++ {
		pos = skipSeparators(text, pos)
		if pos >= len(text) {
			errs = append(errs, &Error{Line: line(len(text)), Err: errors.New("invalid JSON: the array is not closed (no ])")})
			break
		}
		if text[pos] == ']' {
			if rest := strings.TrimSpace(text[pos+1:]); rest != "" {
				errs = append(errs, &Error{Line: line(pos + 1), Err: errors.New("invalid JSON: data after the array")})
			}
			break
		}
		dec := json.NewDecoder(strings.NewReader(text[pos:]))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			end := valueEnd(text, pos)
			errs = append(errs, recordSyntaxError(err, n, line, pos))
			pos = end
			continue
		}
		start := pos
		pos += int(dec.InputOffset())
		src, err := parseRecord(path, raw, n)
		if err != nil {
			errs = append(errs, withLine(err, line(start)))
			continue
		}
		src.Format = "json"
		src.locate = (&recordLocator{line: line(start), runes: newRuneIndex(src.Text)}).locate
		srcs = append(srcs, src)
	}
	if len(srcs) == 1 && len(errs) == 0 {
		srcs[0].Record = 0
	}
	return srcs, errors.Join(errs...)
}

// recordSyntaxError names record n, starting at byte start, that is not
// valid JSON, at the line where the fault is.
func recordSyntaxError(err error, n int, line func(int) int, start int) error {
	at := start
	var se *json.SyntaxError
	if errors.As(err, &se) {
		at = start + int(se.Offset) - 1
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = errors.New("the record ends early")
	}
	return &Error{Line: line(max(at, start)), Err: fmt.Errorf("record %d: invalid JSON: %v", n, err)}
}

// valueEnd finds where the array element starting at byte i ends: the
// next comma or ] outside brackets and strings, or the end of s. It
// finds the next record after a malformed one.
func valueEnd(s string, i int) int {
	depth, inString := 0, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case inString && c == '\\':
			i++
		case c == '"':
			inString = !inString
		case inString:
		case c == '{' || c == '[':
			depth++
		case (c == '}' || c == ']') && depth > 0:
			depth--
		case (c == ',' || c == ']') && depth == 0:
			return i
		}
	}
	return len(s)
}

// parseJSONLines reads one article record per non-blank line.
func parseJSONLines(path string, d *decoded) ([]*Source, error) {
	var srcs []*Source
	var errs []error
	n := 0
	for lineNo, rest := 1, d.text; rest != ""; lineNo++ {
		line, next, _ := strings.Cut(rest, "\n")
		rest = next
		if strings.TrimSpace(line) == "" {
			continue
		}
		n++
		src, err := parseRecord(path, []byte(line), n)
		if err != nil {
			errs = append(errs, withLine(err, lineNo))
			continue
		}
		src.Format = "jsonl"
		src.locate = (&recordLocator{line: lineNo, runes: newRuneIndex(src.Text)}).locate
		srcs = append(srcs, src)
	}
	if n == 0 {
		return nil, &Error{Line: 1, Err: errors.New("no records")}
	}
	return srcs, errors.Join(errs...)
}

// parseRecord makes a Source of one record (n is its 1-based number, 0
// for a file of one record). The title becomes Text's first paragraph.
func parseRecord(path string, raw []byte, n int) (*Source, error) {
	var rec map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber() // 1e400 is valid JSON, if not a float64
	if err := dec.Decode(&rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return nil, fmt.Errorf("record %d is not an object", max(n, 1))
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("record %d: invalid JSON: the record ends early", max(n, 1))
		}
		return nil, fmt.Errorf("record %d: invalid JSON: %v", max(n, 1), err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("record %d: extra data after the record", max(n, 1))
	}
	text, ok := field(rec, textKeys).(string)
	if !ok && n == 0 {
		return nil, fmt.Errorf("not an article record (no string field %q)", "text")
	}
	if !ok {
		return nil, fmt.Errorf("record %d has no article text (no string field %q)", n, "text")
	}
	s := &Source{Path: path, Record: n}
	s.Outlet, s.Date = nameMeta(path)
	s.Title = strings.TrimSpace(stringOf(field(rec, titleKeys)))
	setIf(&s.Outlet, stringOf(field(rec, outletKeys)))
	setIf(&s.Date, stringOf(field(rec, dateKeys)))
	s.URL = stringOf(field(rec, urlKeys))
	s.Byline = stringOf(field(rec, bylineKeys))
	s.Text = text
	if s.Title != "" && !strings.HasPrefix(strings.TrimSpace(text), s.Title) {
		s.Text = s.Title + "\n\n" + text
	}
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("record %d: empty article text", max(n, 1))
	}
	return s, nil
}

func field(rec map[string]any, keys []string) any {
	for _, k := range keys {
		if v, ok := rec[k]; ok && v != nil {
			return v
		}
	}
	return nil
}

// stringOf gives a record value as text: strings as they are, lists of
// strings joined, and objects by their "name".
func stringOf(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case json.Number:
		return string(v)
	case []any:
		var parts []string
		for _, x := range v {
			if s := stringOf(x); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		return stringOf(v["name"])
	}
	return ""
}

func setIf(dst *string, v string) {
	if v != "" {
		*dst = v
	}
}

func skipSeparators(s string, i int) int {
	for i < len(s) && strings.IndexByte(" \t\r\n,", s[i]) >= 0 {
		i++
	}
	return i
}

// withLine puts a line number on an error about part of a file.
func withLine(err error, line int) error {
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	return &Error{Line: line, Err: err}
}

// lineAt gives the 1-based line of byte off of s.
func lineAt(s string, off int) int {
	return strings.Count(s[:min(off, len(s))], "\n") + 1
}
