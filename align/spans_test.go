package align

import (
	"reflect"
	"testing"
)

// TestSpans checks the spans align gives as data against the inline
// notation built from them, and one case in full.
func TestSpans(t *testing.T) {
	res := compareTexts(newText("you'll see it shortly"), newText("you'll see [it] very shortly"))
	if got := InlineText(res.spans); got != res.inline {
		t.Errorf("InlineText = %q, inline %q", got, res.inline)
	}
	res = compareTexts(newText("we will see it shortly"), newText("we will see very shortly"))
	want := []Span{{SpanSame, "we will see "}, {SpanDeleted, "it"}, {SpanInserted, "very"}, {SpanSame, " shortly"}}
	if !reflect.DeepEqual(res.spans, want) {
		t.Errorf("spans = %q, want %q", res.spans, want)
	}
	for _, s := range res.spans {
		if s.Text == "" {
			t.Errorf("empty span in %q", res.spans)
		}
	}
}
