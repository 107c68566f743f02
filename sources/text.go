package sources

import (
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
)

// dateField matches a leading "date 2021-03-18" metadata field, as some
// scrapers put on an article's first line before the body.
var dateField = regexp.MustCompile(`^[ \t]*(?i:date)[ \t]*[:=]?[ \t]+` +
	`(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s*`)

// nameDate matches a date at the end of a file's base name.
var nameDate = regexp.MustCompile(`[-_. ]*(\d{4})-?(\d{2})-?(\d{2})$`)

// parseText makes a Source of a plain-text article. A leading date field
// is metadata: it sets Date and is left out of Text. Hard-wrapped text is
// unwrapped (see unwrap); positions still point into the file.
func parseText(path string, d *decoded) *Source {
	s := &Source{Path: path, Format: "text", Encoding: d.encoding}
	s.Outlet, s.Date = nameMeta(path)
	start := 0
	if m := dateField.FindStringSubmatchIndex(d.text); m != nil {
		s.Date = d.text[m[2]:m[3]]
		start = m[1]
	}
	text, segs := unwrap(d.text[start:])
	for i := range segs {
		segs[i].doc += start
	}
	s.Text = text
	s.locate = newFileLocator(d, len(s.Text), segs).locate
	s.Title = headline(s.Text)
	if s.Title == strings.TrimSpace(s.Text) {
		s.Title = "" // the only text is the article, however short: never only a headline
	}
	return s
}

// nameMeta derives an outlet, and a date when the name ends in one, from a
// file name: "reuters-2021-03-18.txt" gives "reuters" and "2021-03-18".
func nameMeta(path string) (outlet, date string) {
	if path == "-" {
		return "stdin", ""
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	m := nameDate.FindStringSubmatchIndex(name)
	if m == nil || m[0] == 0 {
		return name, ""
	}
	date = name[m[2]:m[3]] + "-" + name[m[4]:m[5]] + "-" + name[m[6]:m[7]]
	return name[:m[0]], date
}

// headline gives the first line of text when it looks like a headline:
// the first non-empty line of 3 to 25 words, seen before any line that
// reads as body text (long, or ending in a full stop). Shorter lines
// before it (section labels such as "Politics") are passed over.
func headline(text string) string {
	for n := 0; n < 4 && text != ""; {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		n++
		words := len(strings.Fields(line))
		if words > 25 || strings.HasSuffix(line, ".") || strings.HasSuffix(line, ":") {
			return ""
		}
		if words >= 3 && startsUpper(line) {
			return line
		}
	}
	return ""
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'‘“`, r)
	}
	return false
}
