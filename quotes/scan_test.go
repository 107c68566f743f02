package quotes

import (
	"strings"
	"testing"
)

// TestScanConventions covers the mark conventions of archives and typeset
// copy and the recoveries from a writer's unbalanced marks. Every sentence is
// made up for the test.
func TestScanConventions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // quotation texts in order
		warns      int
	}{
		{"two apostrophes", `''We are ready,'' the mayor said.`, []string{"We are ready,"}, 0},
		{"two apostrophes after a colon", `The mayor said:''We are ready.''`, []string{"We are ready."}, 0},
		{"typeset", "``We are ready,'' the mayor said.", []string{"We are ready,"}, 0},
		{"typeset and archive in one text", "``Yes,'' she said. ''No,'' he said.", []string{"Yes,", "No,"}, 0},
		{"nested single closed with the pair", `''He told me, 'Go home,''' she said.`, []string{"He told me, 'Go home,'"}, 0},
		{"nested single opened with the pair", `'''Go,' he said, and left,'' she recalled.`, []string{"'Go,' he said, and left,"}, 0},
		{"elision after the pair", `'''Tis the season,'' she sang.`, []string{"'Tis the season,"}, 0},
		{"plural possessive inside", `''We back the students' union,'' he said.`, []string{"We back the students' union,"}, 0},
		{"plural possessive before the closer", `''It was all for the students''' he said.`, []string{"It was all for the students'"}, 0},
		{"single quote closed after a possessive", `He called it 'a win for the students'' and left.`, []string{"a win for the students'"}, 0},
		{"elisions inside", `''We love rock 'n' roll and the '90s,'' she said.`, []string{"We love rock 'n' roll and the '90s,"}, 0},
		{"empty string", `Set the field to '' and save it.`, nil, 0},
		{"inside a word", `O''Neill voted no.`, nil, 0},
		{"inches", `He is 6' 2'' tall and 5'' wide.`, nil, 0},
		{"stray pair", `He left,'' she said.`, nil, 1},
		{"pair never closed", `She said ''yes and left.`, nil, 1},
		{"reversed curly closer", `“It's over,“ he said.`, []string{"It's over,"}, 0},
		{"reversed curly scare quote", `They called it “fake“ and left.`, []string{"fake"}, 0},
		{"reversed closer after straight", `"We are done.“`, []string{"We are done."}, 0},
		{"reversed closer before a bracket", `“We know.“[Source]`, []string{"We know."}, 0},
		{"curly opener inside stays an opener", `“He said “no” to me,” she said.`, []string{"He said “no” to me,"}, 0},
		{"spaced curly closer", "“We see that. “", []string{"We see that."}, 0},
		{"French spacing inside guillemets", "« Le pont rouvre lundi », a déclaré Anne Morel.", []string{"Le pont rouvre lundi"}, 0},
		{"French narrow no-break spaces", "«\u202fLe pont rouvre\u202f», a-t-elle dit.", []string{"Le pont rouvre"}, 0},
		{"a space typed after the opening mark", "“ We are ready,” she said.", []string{"We are ready,"}, 0},
		{"straight nested in straight", `"He says, "no," and leaves," she said.`, []string{`He says, "no," and leaves,`}, 0},
		{"unclosed after a colon runs to the end", `The mayor said: "We are ready.`, []string{"We are ready."}, 1},
		{"unclosed opening the paragraph", "“We are ready.\n\nThe mayor left.", []string{"We are ready."}, 1},
		{"unclosed scare quote is dropped", `He called it "a mess and left.`, nil, 1},
		{"unclosed holding a quotation keeps the inner one", `She said, "He called it 'a mess,' and left`, []string{"He called it 'a mess,' and left"}, 1},
		{"left open before the next of its mark", "“We were shocked. “Then she said, ‘Go,’” Lee said.",
			[]string{"We were shocked.", "Then she said, ‘Go,’"}, 1},
		{"left open before the next, holding a quotation", "“We were shocked by ‘that,’ we left. “Then she said, ‘Go,’” Lee said.",
			[]string{"We were shocked by ‘that,’ we left.", "Then she said, ‘Go,’"}, 1},
		{"left open before an attribution", `"We will win, she added, "and soon."`, []string{"We will win, she added,", "and soon."}, 1},
		{"curly left open with no punctuation", "She called it “a mess and “a disgrace.”", []string{"a mess and", "a disgrace."}, 1},
		{"single curly left open with no punctuation", "‘One of Only Two Cases’ of Its Kind ‘Slipped Through.’", []string{"Slipped Through."}, 0},
		{"markup attributes", `<p class="x" title=''>He said "yes" <img alt="" src='a.png'></p>`, []string{"yes"}, 0},
		{"equals sign then an unclosed mark", `a="b`, nil, 1},
		{"straight left open with no punctuation", `"We will win "big" today`, []string{"big"}, 1},
		{"typewriter single", "She called it `a fair start' and left.", []string{"a fair start"}, 0},
		{"typewriter single holding typeset double", "`He said ``stay'' and I did,' she said.", []string{"He said ``stay'' and I did,"}, 0},
		{"typewriter single with a curly closer", "`We know,’ she said.", []string{"We know,"}, 0},
		{"backticks of code are no quotation", "Run `go test` and then `go vet` in the users' folder.", nil, 0},
		{"fullwidth double", "He said: ＂We are ready.＂ Then he left.", []string{"We are ready."}, 0},
		{"fullwidth double scare quote", "They called it ＂fake＂ and left.", []string{"fake"}, 0},
		{"reversed double opener", "‟Not yet,” she said.", []string{"Not yet,"}, 0},
		{"reversed single opener", "‛Go on,’ she said.", []string{"Go on,"}, 0},
		{"double prime marks", "〝Long night,〞 she said. 〝Yes,〟 he said.", []string{"Long night,", "Yes,"}, 0},
		{"single around doubles keeps the outer", `'"Hello," he said, "is anyone home?"' she recalled.`, []string{`"Hello," he said, "is anyone home?"`}, 0},
		{"two apostrophes before an elision", `''Tis the season to be careful, the police said.`, nil, 0},
		{"two apostrophes before a one-letter word", `''D-Day is here,'' he said.`, []string{"D-Day is here,"}, 0},
		{"two apostrophes before a number", `He said on ''60 Days.'' ''It was 13 years,'' he added.`, []string{"60 Days.", "It was 13 years,"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkQuotes(t, tc.text, checkTexts(t, tc.text, tc.want, tc.warns))
		})
	}
}

// TestScanTwoApostropheMarks checks the marks printed for a quotation in
// the archive convention and that it is carried across paragraphs.
func TestScanTwoApostropheMarks(t *testing.T) {
	qs, ws := extract("''We will build it.\n\n''And we will pay for it,'' she said.\n")
	if len(qs) != 2 || len(ws) != 0 {
		t.Fatalf("got %+v, warnings %v", qs, ws)
	}
	if qs[0].Open != "''" || qs[0].Close != "" || qs[1].Open != "''" || qs[1].Close != "''" {
		t.Errorf("marks %q %q, %q %q", qs[0].Open, qs[0].Close, qs[1].Open, qs[1].Close)
	}
	if qs[1].Utterance != qs[0].ID || qs[0].Text != "We will build it." {
		t.Errorf("not one utterance: %+v", qs)
	}
	if qs[0].Context != "''We will build it." {
		t.Errorf("context %q", qs[0].Context)
	}
}

// TestTypesetQuoteStartsSentence checks that a quotation opened with two
// backticks after a full stop begins a new sentence, as one opened with any
// other mark does.
func TestTypesetQuoteStartsSentence(t *testing.T) {
	qs, _ := extract("The vote ended late. ``We are ready,'' she said.")
	if len(qs) != 1 || qs[0].Context != "``We are ready,'' she said." {
		t.Fatalf("got %+v", qs)
	}
}

func TestIsScannedMark(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if got, want := isScannedMark(r), strings.ContainsRune(scannedMarks, r); got != want {
			t.Errorf("isScannedMark(%q) = %v, want %v", r, got, want)
		}
	}
}
