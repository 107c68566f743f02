package report

import (
	"testing"

	"github.com/quotecheck/quotecheck/align"
)

func TestSummary(t *testing.T) {
	ver := align.Version{Differences: []align.Difference{
		{Kind: align.KindPartial, Severity: align.Info},
		{Kind: align.KindPartial, Severity: align.Info},
		{Kind: align.KindDeleted, Severity: align.Error, Canonical: "actually"},
		{Kind: align.KindCase, Severity: align.Info, Canonical: "the", Version: "The"},
	}}
	want := `error: deleted "actually"; info: partial ×2; info: case "the" → "The"`
	if got := summary(ver); got != want {
		t.Errorf("summary = %q, want %q", got, want)
	}
	if got := summary(align.Version{Canonical: true}); got != "canonical" {
		t.Errorf("canonical summary = %q", got)
	}
}
