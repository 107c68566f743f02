package quotes

import (
	"strings"
	"testing"
)

// TestKindSpeechNotFragment covers speech introduced without a comma or
// colon, the second half of an utterance its attribution interrupts at
// length, and a scare quote opening a headline. Every sentence is made up
// for the test.
func TestKindSpeechNotFragment(t *testing.T) {
	tests := []struct {
		name, text string
		kinds      []string // in order
		oneUtt     bool     // all parts linked as one utterance
	}{
		{"verb and object, then speech", `Mark told Jacob "I will protect you."`, []string{KindUtterance}, false},
		{"verb, object and adjunct, then speech", `She told her players at half-time "We are not finished yet."`, []string{KindUtterance}, false},
		{"verb and object, then a scare quote", `He told me "fine" and left.`, []string{KindFragment}, false},
		{"verb and object, then a clause going on", `He told them "Nothing Works Here" was the slogan.`, []string{KindFragment}, false},
		{"a programme's title after told", `She told NBC's "Meet the Press."`, []string{KindFragment}, false},
		{"a title after a preposition", `He said on "Meet the Press."`, []string{KindFragment}, false},
		{"a name given, not speech", `She called the mayor "the worst of them all."`, []string{KindFragment}, false},
		{"a reported clause", `He added that members are "Young, old, rich, poor."`, []string{KindFragment}, false},
		{"a capitalised noun is no verb", `Staff sent the list under subject line "Staff at the fair."`, []string{KindFragment}, false},
		{"speech after said, the sentence going on", `She laughed and said "We have heard that one before," and left.`, []string{KindUtterance}, false},
		{"a scare quote after said, the sentence going on", `He said "nothing" had changed.`, []string{KindFragment}, false},
		{"a scare quote with the comma inside, the sentence going on", `He called "a disgrace," and left.`, []string{KindFragment}, false},
		{"a title with the comma inside", `She said "Fox and Friends," and then more.`, []string{KindFragment}, false},
		{"long attribution between halves", `"That river," she said in a slow and rather weary voice, "has taken three bridges."`,
			[]string{KindUtterance, KindUtterance}, true},
		{"short attribution between halves", `"That river," she said, "has taken three bridges."`,
			[]string{KindUtterance, KindUtterance}, true},
		{"no verb between: two scare quotes", `It was "cheap," in the words of nobody, "and cheerful" too.`,
			[]string{KindFragment, KindFragment}, false},
		{"headline scare quote", "'Reset' Plan Meets Cold Reception\n\nThe plan was new.", []string{KindFragment}, false},
		{"headline speech after a colon", "Mayor: 'We Will Rebuild'\n\nThe plan was new.", []string{KindUtterance}, false},
		{"short speech with its comma left off", `"We won" she said.`, []string{KindUtterance}, false},
		{"short speech opening its sentence", `"We won." The crowd cheered.`, []string{KindUtterance}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs, _ := extract(tc.text)
			var got []string
			for _, q := range qs {
				got = append(got, q.Kind)
			}
			if strings.Join(got, " ") != strings.Join(tc.kinds, " ") {
				t.Fatalf("kinds %v, want %v (%+v)", got, tc.kinds, qs)
			}
			if tc.oneUtt && qs[len(qs)-1].Utterance != qs[0].ID {
				t.Errorf("not one utterance: %q, %q", qs[0].Utterance, qs[len(qs)-1].Utterance)
			}
		})
	}
}
