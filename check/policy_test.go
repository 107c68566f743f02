package check

import (
	"testing"

	"github.com/quotecheck/quotecheck/align"
)

func TestSeveritiesOf(t *testing.T) {
	pol := Severities{"substituted-contraction": align.Info, "inserted": align.Warning, "deleted": align.None}
	tests := []struct {
		d    align.Difference
		want align.Severity
	}{
		{align.Difference{Kind: "substituted", Subkind: "contraction", Severity: align.Error}, align.Info},
		{align.Difference{Kind: "substituted", Severity: align.Error}, align.Error},
		{align.Difference{Kind: "inserted", Subkind: "cut", Severity: align.Error}, align.Warning},
		{align.Difference{Kind: "deleted", Severity: align.Error}, align.None},
		{align.Difference{Kind: "case", Severity: align.Info}, align.Info},
	}
	for _, tt := range tests {
		if got := pol.Of(tt.d); got != tt.want {
			t.Errorf("Of(%s-%s) = %s, want %s", tt.d.Kind, tt.d.Subkind, got, tt.want)
		}
	}
}

func TestSeveritiesUtterances(t *testing.T) {
	us := []align.Utterance{{Severity: align.Error, Versions: []align.Version{
		{Severity: align.None},
		{Severity: align.Error, Differences: []align.Difference{
			{Kind: "substituted", Subkind: "contraction", Severity: align.Error},
			{Kind: "case", Severity: align.Info}}},
	}}}
	Severities{"substituted-contraction": align.Info}.Utterances(us)
	if us[0].Severity != align.Info || us[0].Versions[1].Severity != align.Info || us[0].Versions[1].Differences[0].Severity != align.Info {
		t.Errorf("after the policy: %+v", us[0])
	}
}
