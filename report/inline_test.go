package report

import (
	"reflect"
	"testing"

	"github.com/quotecheck/quotecheck/align"
)

func TestSegments(t *testing.T) {
	tests := []struct {
		in   string
		want []Segment
	}{
		{"you'll see [-it-] shortly", []Segment{{SegSame, "you'll see "}, {SegDeleted, "it"}, {SegSame, " shortly"}}},
		{"pay [-the-][+a+] price", []Segment{{SegSame, "pay "}, {SegDeleted, "the"}, {SegInserted, "a"}, {SegSame, " price"}}},
		{"[+Mmhmm,+] I do", []Segment{{SegInserted, "Mmhmm,"}, {SegSame, " I do"}}},
		{"evaluate [a person's] actions", []Segment{{SegSame, "evaluate [a person's] actions"}}},
		{"unclosed [-it", []Segment{{SegSame, "unclosed [-it"}}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Segments(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Segments(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

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
