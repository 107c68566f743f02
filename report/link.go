package report

import (
	"fmt"
	"strings"

	"github.com/quotecheck/quotecheck/sources"
)

// fragmentWords is how many words a text fragment names at each end of a
// long quotation ("textStart,textEnd").
const fragmentWords = 4

// TextFragmentLink gives a link to the words text in the page at pageURL,
// as a text fragment ("#:~:text=…") that browsers scroll to and
// highlight; "" when pageURL is not an http or https URL. A long
// quotation is named by its first and last words.
func TextFragmentLink(pageURL, text string) string {
	if !sources.IsURL(pageURL) {
		return ""
	}
	base, _, _ := strings.Cut(pageURL, "#")
	words := strings.Fields(text)
	if len(words) == 0 {
		return base
	}
	frag := fragmentEscape(strings.Join(words, " "))
	if len(words) > 2*fragmentWords {
		frag = fragmentEscape(strings.Join(words[:fragmentWords], " ")) + "," +
			fragmentEscape(strings.Join(words[len(words)-fragmentWords:], " "))
	}
	return base + "#:~:text=" + frag
}

// fragmentEscape percent-encodes all but letters, digits and "._~", so
// that the marks a text directive reserves ("-", ",", "&") stay literal
// words.
func fragmentEscape(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '~' {
			sb.WriteByte(c)
		} else {
			fmt.Fprintf(&sb, "%%%02X", c)
		}
	}
	return sb.String()
}

// mdLink makes a URL safe inside a Markdown link's angle brackets and a
// table cell.
func mdLink(u string) string {
	return strings.NewReplacer("<", "%3C", ">", "%3E", "|", "%7C", " ", "%20", "\n", "", "\r", "").Replace(u)
}
