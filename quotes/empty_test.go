package quotes

import (
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/sources"
)

// TestEmptyQuotationsDropped: a quotation with no letter or digit ("",
// " ", "…") quotes nobody: it is dropped, and one warning counts them.
func TestEmptyQuotationsDropped(t *testing.T) {
	text := "He drew \"\" and \"--\" on the board.\n\nThen \"…\" and \"?!\" again.\n\n\"The board is full,\" said Ines Marlow.\n"
	qs, ws := NewExtractor().Extract(sources.FromText("t", text))
	if len(qs) != 1 || qs[0].Text != "The board is full," {
		t.Errorf("quotations %v, want only the one with words", texts(qs))
	}
	var empty []Warning
	for _, w := range ws {
		if strings.Contains(w.Message, "empty or letterless") {
			empty = append(empty, w)
		}
	}
	if len(empty) != 1 || !strings.HasPrefix(empty[0].Message, "4 ") || empty[0].Line != 1 || empty[0].Column != 9 {
		t.Errorf("warnings %v, want one counting 4, at 1:9", ws)
	}
}

// TestDenseTextBounded: past one quotation every bytesPerQuote bytes, the
// rest of an article is not prose: its quotations are ignored with one
// warning, so that memory stays bounded by the article's size.
func TestDenseTextBounded(t *testing.T) {
	text := strings.Repeat(`"a" `, 100_000)
	qs, ws := NewExtractor().Extract(sources.FromText("t", text))
	if len(qs) != maxQuotes(len(text)) {
		t.Errorf("%d quotations kept, want %d", len(qs), maxQuotes(len(text)))
	}
	if len(ws) != 1 || !strings.Contains(ws[0].Message, "too dense") {
		t.Errorf("warnings %v, want one saying the text is too dense", ws)
	}
}

func texts(qs []Quote) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text)
	}
	return out
}
