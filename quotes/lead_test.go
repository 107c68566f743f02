package quotes

import (
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/sources"
)

func TestLead(t *testing.T) {
	text := "Port news\n\nHarbour strike talks stall\n\nThe governor spoke on Tuesday.\n\nAsked whether she regretted calling the strike reckless, Lee said: \"No.\"\n\nTalks resume Friday."
	at := strings.Index(text, "No.")
	got := Lead(text, at)
	want := "Harbour strike talks stall\n\nThe governor spoke on Tuesday.\n\nAsked whether she regretted calling the strike reckless, Lee said: \"No.\""
	if got != want {
		t.Errorf("Lead = %q, want %q", got, want)
	}
	long := strings.Repeat("word ", 1000) + "\"No.\""
	if got := Lead(long, strings.Index(long, "No.")); len(got) > maxLead+10 || !strings.HasSuffix(got, "\"No.\"") {
		t.Errorf("Lead of one long line: %d bytes, want at most about %d ending with the quotation", len(got), maxLead)
	}
	for _, off := range []int{-1, 0, len(text) + 1} {
		if got := Lead(text, off); got != "" {
			t.Errorf("Lead(%d) = %q, want empty", off, got)
		}
	}
}

// Short quotations keep their lead after extraction; longer ones do not.
func TestExtractKeepsLeadOfShortQuotations(t *testing.T) {
	src := sources.FromText("t", "Talks\n\nAsked whether the mayor regretted the veto, Ruiz said: \"No.\"\n\n\"We will keep talking to every union in the city,\" Ruiz said.\n")
	qs, _ := NewExtractor().Extract(src)
	if len(qs) != 2 || !strings.Contains(qs[0].Lead, "regretted the veto") || qs[1].Lead != "" {
		t.Errorf("leads: %+v", qs)
	}
}
