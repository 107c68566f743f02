package check

import (
	"cmp"
	"regexp"
	"strings"

	"github.com/quotecheck/quotecheck/quotes"
)

// suppressComment is a directive in a Markdown or HTML draft, as linters
// take them: <!-- quotecheck-disable-next-line -->, <!-- quotecheck-disable-line -->,
// and <!-- quotecheck off --> ... <!-- quotecheck on --> (also spelled
// quotecheck-disable / quotecheck-enable).
var suppressComment = regexp.MustCompile(`(?i)<!--\s*quotecheck[-\s]+(disable-next-line|disable-line|off|on|disable|enable)\s*-->`)

// Suppressions are the lines of one draft whose quotations the draft
// itself accepts as they stand: an editor's deliberate edit, marked where
// it is made.
type Suppressions struct {
	lines map[int]bool // 1-based
}

// ParseSuppressions reads the suppression comments of a draft's file
// content. disable-next-line covers the next line that is not blank (a
// Markdown comment usually stands above its paragraph); disable-line its
// own line; off (or disable) covers its own line and every line up to the
// next on (or enable), or to the end of the file.
func ParseSuppressions(content string) Suppressions {
	s := Suppressions{lines: map[int]bool{}}
	off, next := false, false
	for i, line := range strings.Split(content, "\n") {
		n := i + 1
		if next && strings.TrimSpace(line) != "" && !onlyComments(line) {
			s.lines[n], next = true, false
		}
		if off {
			s.lines[n] = true
		}
		for _, m := range suppressComment.FindAllStringSubmatch(line, -1) {
			switch strings.ToLower(m[1]) {
			case "disable-next-line":
				next = true
			case "disable-line":
				s.lines[n] = true
			case "off", "disable":
				off, s.lines[n] = true, true
			case "on", "enable":
				off = false
			}
		}
	}
	return s
}

// onlyComments tells whether a line holds nothing but suppression comments.
func onlyComments(line string) bool {
	return strings.TrimSpace(suppressComment.ReplaceAllString(line, "")) == ""
}

// Empty tells whether no line is suppressed.
func (s Suppressions) Empty() bool { return len(s.lines) == 0 }

// Line tells whether quotations starting on line n are accepted.
func (s Suppressions) Line(n int) bool { return s.lines[n] }

// Suppress leaves out the quotations the drafts' comments accept, by path;
// an interrupted quotation goes whole when its first part starts on a
// suppressed line. It gives the quotations kept and how many utterances
// went.
func Suppress(qs []quotes.Quote, byPath map[string]Suppressions) ([]quotes.Quote, int) {
	if len(byPath) == 0 {
		return qs, 0
	}
	dropped := map[[2]string]bool{}
	for _, parts := range Utterances(qs) {
		first := parts[0]
		if s, ok := byPath[first.Path]; ok && s.Line(first.Line) {
			dropped[[2]string{first.Path, cmp.Or(first.Utterance, first.ID)}] = true
		}
	}
	if len(dropped) == 0 {
		return qs, 0
	}
	kept := make([]quotes.Quote, 0, len(qs))
	for _, q := range qs {
		if !dropped[[2]string{q.Path, cmp.Or(q.Utterance, q.ID)}] {
			kept = append(kept, q)
		}
	}
	return kept, len(dropped)
}
