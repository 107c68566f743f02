// Package sources reads news articles in the forms newsrooms have them
// (plain text, Markdown with front matter, HTML pages, JSON and JSON Lines
// exports) and gives each one's metadata and text.
package sources

import (
	"fmt"
	"strings"
)

// Source is one article: where it came from, who published it, and its text.
type Source struct {
	ID     string `json:"id"`
	Path   string `json:"path"`
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	// Published is when the source was published, in RFC 3339, or a date
	// alone ("2021-03-18") when its metadata gives no time of day; "" when
	// unknown.
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Byline    string `json:"byline,omitempty"`
	Format    string `json:"format"`             // text, markdown, html, json or jsonl
	Encoding  string `json:"encoding,omitempty"` // set when the file was not UTF-8 (e.g. "windows-1252")
	Record    int    `json:"record,omitempty"`   // 1-based record number within a JSON or JSON Lines file
	Kind      string `json:"kind,omitempty"`     // KindTranscript for a transcript; "" for an article

	// Transcript holds the turns of a transcript source (nil for an article).
	Transcript *Transcript `json:"-"`

	// Text is the article as scanned for quotations: UTF-8, headline first
	// when one is known, paragraphs separated by line breaks.
	Text string `json:"-"`

	// locate maps a byte offset in Text to a position in the file; nil means
	// positions are counted in Text itself.
	locate func(off int) Position
}

// Release drops the article's text and what maps it to the file, to free
// their memory once its quotations are extracted; Locate then counts
// positions in an empty text. Metadata cut from the text (a headline, a
// date) is copied so that it does not keep the text alive.
func (s *Source) Release() {
	for _, f := range []*string{&s.Outlet, &s.Title, &s.Date, &s.Published, &s.URL, &s.Byline} {
		*f = strings.Clone(*f)
	}
	s.Text, s.locate = "", nil
}

// Position is a place in an article's file: 1-based line and column
// (column counted in characters), and the 0-based byte offset.
type Position struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Offset int `json:"offset"`
}

// Locate gives the file position of the byte at offset off of s.Text.
func (s *Source) Locate(off int) Position {
	if s.locate != nil {
		return s.locate(off)
	}
	return TextPosition(s.Text, off)
}

// TextPosition gives the line, column and offset of byte off within text.
func TextPosition(text string, off int) Position {
	if off > len(text) {
		off = len(text)
	}
	if off < 0 {
		off = 0
	}
	before := text[:off]
	line := strings.Count(before, "\n") + 1
	lineStart := strings.LastIndexByte(before, '\n') + 1
	col := len([]rune(before[lineStart:])) + 1
	return Position{Line: line, Column: col, Offset: off}
}

// FromText makes a plain-text source from a string, for tests and callers
// that already hold an article's text.
func FromText(path, text string) *Source {
	loc := newFileLocator(&decoded{text: text, anchors: []anchor{{0, 0}}}, len(text), []segment{{0, 0}})
	return &Source{ID: path, Path: path, Outlet: path, Format: "text", Text: text, locate: loc.locate}
}

// Error is a problem with one input file, with the line it was found on
// when there is one.
type Error struct {
	Path string
	Line int // 0 when the problem is the whole file
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }
