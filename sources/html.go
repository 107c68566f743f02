package sources

import (
	"errors"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLElements bounds the elements of a page given to readability,
// whose work grows faster than linearly with them.
const maxHTMLElements = 200000

// clutterTags are elements that never hold article text.
var clutterTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Aside: true,
	atom.Footer: true, atom.Form: true, atom.Iframe: true, atom.Svg: true, atom.Button: true,
	atom.Template: true, atom.Select: true,
}

var (
	// clutterName matches class, id and role words of boxes beside an article.
	clutterName = regexp.MustCompile(`(?i)(^|[-_])(most-?(read|popular|viewed|shared)|popular|trending|related|` +
		`newsletter|promo|sidebar|social|share|sharing|comments?|cookie|subscribe|recommended|outbrain|taboola|` +
		`ads?|advert|advertisement|breadcrumbs?|menu|navigation|complementary|contentinfo)([-_]|$)`)
	// clutterHeading matches headings of such boxes when they have no class.
	clutterHeading = regexp.MustCompile(`(?i)^(most (read|popular|viewed|shared)|trending|related( stories| articles| news)?|` +
		`read more|more from|more stories|recommended|you may also like|popular)\b`)
)

// blockTags end a paragraph of extracted text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Br: true,
	atom.Section: true, atom.Article: true, atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Dd: true, atom.Dt: true,
}

// parseHTML makes a Source of an HTML page: the article body found by
// readability after page furniture is removed, headline first, one
// paragraph per line with blank lines between.
func parseHTML(path string, d *decoded) (*Source, error) {
	doc, err := html.Parse(strings.NewReader(d.text))
	if err != nil {
		return nil, err
	}
	removeClutter(doc)
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxHTMLElements
	art, err := parser.ParseAndMutate(doc, nil)
	if err != nil {
		return nil, err
	}
	if art.Node == nil || art.Node.Parent == nil {
		return nil, errors.New("no article text found in the page")
	}
	s := &Source{Path: path, Format: "html", Encoding: d.encoding, Byline: art.Byline}
	s.Outlet, s.Date = nameMeta(path)
	setIf(&s.Outlet, strings.TrimSpace(art.SiteName))
	if art.PublishedTime != nil {
		s.Date = art.PublishedTime.Format("2006-01-02")
		s.Published = publishedOf(*art.PublishedTime)
	}
	s.Title = collapseSpace(art.Title)
	paras := paragraphs(art.Node.Parent)
	if s.Title != "" && (len(paras) == 0 || paras[0] != s.Title) {
		paras = append([]string{s.Title}, paras...)
	}
	s.Text = strings.Join(paras, "\n\n")
	s.locate = newHTMLLocator(d, paras).locate
	return s, nil
}

// publishedOf writes a time read from a page's metadata as Published
// does: a date alone when it is midnight UTC (what a date without a time
// of day reads as).
func publishedOf(t time.Time) string {
	if t.Location() == time.UTC && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// removeClutter deletes navigation, scripts, asides, footers and boxes
// such as "most read" from the tree.
func removeClutter(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isClutter(c) {
			n.RemoveChild(c)
		} else if c.Type == html.CommentNode {
			n.RemoveChild(c)
		} else {
			removeClutter(c)
		}
		c = next
	}
}

func isClutter(n *html.Node) bool {
	if n.DataAtom == atom.Script && isJSONLD(n) {
		return false // metadata readability reads (publisher, datePublished) and then removes
	}
	if clutterTags[n.DataAtom] {
		return true
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" && a.Key != "role" {
			continue
		}
		for _, w := range strings.Fields(a.Val) {
			if clutterName.MatchString(w) {
				return true
			}
		}
	}
	if n.DataAtom == atom.Div || n.DataAtom == atom.Section {
		if h := firstHeading(n); h != nil {
			return clutterHeading.MatchString(strings.TrimSpace(textOf(h)))
		}
	}
	return false
}

// isJSONLD tells whether a script element holds JSON-LD.
func isJSONLD(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "type" && strings.EqualFold(strings.TrimSpace(a.Val), "application/ld+json") {
			return true
		}
	}
	return false
}

// firstHeading gives n's first element child when it is a heading.
func firstHeading(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				return c
			}
			return nil
		}
	}
	return nil
}

func textOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// paragraphs gives the text of each block of n, spaces collapsed.
func paragraphs(n *html.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if p := collapseSpace(cur.String()); p != "" {
			out = append(out, p)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			cur.WriteString(n.Data)
		case n.Type == html.ElementNode && blockTags[n.DataAtom]:
			flush()
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			flush()
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
	}
	walk(n)
	flush()
	return out
}

// collapseSpace trims s and turns each run of ASCII white space into one
// space; no-break spaces are kept, since they can matter in quotations.
func collapseSpace(s string) string {
	if spacedOnce(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			space = sb.Len() > 0
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// spacedOnce reports whether collapseSpace would give s back as it is:
// valid UTF-8 with no white space at its ends, no tab, line break or form
// feed, and no two spaces in a row.
func spacedOnce(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '\n', '\r', '\f':
			return false
		case ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		}
	}
	return utf8.ValidString(s)
}
