package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// ExtractFormats gives the formats WriteExtract knows.
func ExtractFormats() []string { return []string{"table", "json", "jsonl", "csv", "markdown"} }

// Options tunes the human-readable formats.
type Options struct {
	Width int  // table width in columns; 0 means DefaultWidth
	Color bool // mark differences with terminal colours
	// Version is quotecheck's version, for SARIF's driver.version; "" for "devel".
	Version string
}

// WriteExtract writes the quotations found in format (one of ExtractFormats).
func WriteExtract(w io.Writer, format string, x *Extract, opt Options) error {
	return filtered(w, escModeOf(format, false), func(w io.Writer) error {
		return writeExtract(w, format, x, opt)
	})
}

func writeExtract(w io.Writer, format string, x *Extract, opt Options) error {
	switch format {
	case "json":
		return writeJSON(w, struct {
			Generator string `json:"generator"`
			*Extract
		}{sources.GeneratorMark, x})
	case "jsonl":
		jw := NewJSONLWriter(w)
		for _, src := range x.Sources {
			if err := jw.Write(src, quotesOf(x.Quotes, src.ID)); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		return writeExtractCSV(w, x)
	case "markdown":
		return writeExtractMarkdown(w, x)
	case "table":
		return writeExtractTable(w, x, opt)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(ExtractFormats(), ", "))
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// quotesOf returns the quotations of one source, in order.
func quotesOf(qs []quotes.Quote, sourceID string) []quotes.Quote {
	var out []quotes.Quote
	for _, q := range qs {
		if q.Source == sourceID {
			out = append(out, q)
		}
	}
	return out
}

var csvHeader = []string{"id", "source", "path", "line", "column", "offset", "speaker", "role", "speaker_method", "kind", "utterance", "text"}

func writeExtractCSV(w io.Writer, x *Extract) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, q := range x.Quotes {
		row := []string{q.ID, q.Source, q.Path, strconv.Itoa(q.Line), strconv.Itoa(q.Column), strconv.Itoa(q.Offset),
			q.Speaker, q.Role, q.SpeakerMethod, q.Kind, q.Utterance, q.Text}
		for i := range row {
			row[i] = CSVCell(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func writeExtractMarkdown(w io.Writer, x *Extract) error {
	fmt.Fprintln(w, MarkdownMarker)
	for i, src := range x.Sources {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "## %s\n\n", mdInline(sourceHeading(src)))
		qs := quotesOf(x.Quotes, src.ID)
		if len(qs) == 0 {
			fmt.Fprintln(w, "No quotations.")
			continue
		}
		fmt.Fprintln(w, "| Line:Col | Speaker | Kind | Quotation |")
		fmt.Fprintln(w, "| --- | --- | --- | --- |")
		for _, q := range qs {
			fmt.Fprintf(w, "| %d:%d | %s | %s | %s |\n", q.Line, q.Column, mdInline(speakerLabel(q)), q.Kind, mdInline(quoteLabel(q)))
		}
	}
	return nil
}

func writeExtractTable(w io.Writer, x *Extract, opt Options) error {
	for i, src := range x.Sources {
		if i > 0 {
			fmt.Fprintln(w)
		}
		qs := quotesOf(x.Quotes, src.ID)
		fmt.Fprintln(w, wrapProse(fmt.Sprintf("%s — %d quotation%s", sourceHeading(src), len(qs), plural(len(qs))), opt.Width))
		if len(qs) == 0 {
			continue
		}
		t := newTable(w, opt.Width, 3)
		t.Header("LINE:COL", "SPEAKER", "KIND", "QUOTATION")
		for _, q := range qs {
			if err := t.Append(fmt.Sprintf("%d:%d", q.Line, q.Column), speakerLabel(q), q.Kind, quoteLabel(q)); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	return nil
}

// sourceHeading names a source for a person: path, outlet and date.
func sourceHeading(src *sources.Source) string {
	var meta []string
	if src.Outlet != "" && src.Outlet != src.ID {
		meta = append(meta, src.Outlet)
	}
	if src.Date != "" {
		meta = append(meta, src.Date)
	}
	if len(meta) == 0 {
		return EscapePath(src.Path)
	}
	return fmt.Sprintf("%s (%s)", EscapePath(src.Path), Visible(strings.Join(meta, ", ")))
}

// speakerLabel gives the speaker with role and how it was found.
func speakerLabel(q quotes.Quote) string {
	if q.Speaker == "" {
		return "?"
	}
	s := q.Speaker
	if q.Role != "" {
		s += ", " + q.Role
	}
	if q.SpeakerMethod != "" && q.SpeakerMethod != quotes.MethodExplicit {
		s += " (" + q.SpeakerMethod + ")"
	}
	return s
}

// quoteLabel gives the quotation as printed, marking parts of a longer utterance.
func quoteLabel(q quotes.Quote) string {
	s := q.Open + q.Text + q.Close
	if q.Utterance != "" && q.Utterance != q.ID {
		s = "… " + s
	}
	return s
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
