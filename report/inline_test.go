package report

import (
	"reflect"
	"testing"
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
