package sources

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

var (
	frontOpen  = regexp.MustCompile(`^---[ \t]*\r?\n`)
	frontClose = regexp.MustCompile(`(?m)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)`)
	yamlLine   = regexp.MustCompile(`line (\d+): `)
	mdHeading  = regexp.MustCompile(`(?m)^#[ \t]+(.+?)[ \t#]*\r?$`)
)

// frontKeys maps front-matter keys to the Source field they fill.
var frontKeys = map[string]string{
	"outlet": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet", "site_name": "outlet",
	"title": "title", "headline": "title",
	"date": "date", "published": "date", "published_at": "date",
	"url": "url", "link": "url", "source_url": "url",
	"byline": "byline", "author": "byline", "authors": "byline",
}

// parseMarkdown makes a Source of a Markdown article with optional YAML
// front matter. Text is the body as written (Markdown syntax kept), with
// the front-matter title put first when the body does not open with it.
func parseMarkdown(path string, d *decoded) (*Source, error) {
	s := &Source{Path: path, Format: "markdown", Encoding: d.encoding}
	s.Outlet, s.Date = nameMeta(path)
	bodyStart, title := 0, frontValue{}
	if m := frontOpen.FindStringIndex(d.text); m != nil {
		end := frontClose.FindStringIndex(d.text[m[1]:])
		if end == nil {
			return nil, &Error{Line: 1, Err: errors.New("front matter has no closing ---")}
		}
		fields, err := parseFront(d.text[m[1]:m[1]+end[0]], m[1])
		if err != nil {
			// bad front matter costs its metadata, never the article
			d.warns = append(d.warns, frontWarning(err))
			fields = nil
		}
		title = fields["title"]
		applyFront(s, fields)
		bodyStart = m[1] + end[1]
	}
	body := d.text[bodyStart:]
	segs := []segment{{0, bodyStart}}
	if title.value != "" && !strings.Contains(body[:min(len(body), 4*len(title.value)+16)], title.value) {
		s.Text = title.value + "\n\n" + body
		segs = []segment{{0, title.doc}, {len(title.value) + 2, bodyStart}}
	} else {
		s.Text = body
	}
	if s.Title == "" {
		if m := mdHeading.FindStringSubmatch(body); m != nil {
			s.Title = m[1]
		}
	}
	s.locate = newFileLocator(d, len(s.Text), segs).locate
	return s, nil
}

// frontValue is a front-matter value and its offset in the decoded file.
type frontValue struct {
	value string
	doc   int
}

// parseFront reads YAML front matter that starts at offset base of the
// decoded file; errors name the file line.
func parseFront(src string, base int) (map[string]frontValue, error) {
	const firstLine = 2 // the YAML begins on the line after the opening ---
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(src), &root); err != nil {
		return nil, yamlError(err, firstLine)
	}
	if len(root.Content) == 0 {
		return nil, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, &Error{Line: firstLine + doc.Line - 1, Err: errors.New("front matter is not a mapping of keys to values")}
	}
	lineStarts := lineOffsets(src)
	fields := map[string]frontValue{}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		key, val := doc.Content[i], doc.Content[i+1]
		field, ok := frontKeys[strings.ToLower(key.Value)]
		if !ok {
			continue
		}
		val = resolveAlias(val)
		v, err := scalarText(val)
		if err != nil {
			return nil, &Error{Line: firstLine + val.Line - 1, Err: fmt.Errorf("front matter %q: %v", key.Value, err)}
		}
		if _, seen := fields[field]; !seen && v != "" {
			fields[field] = frontValue{v, base + valueOffset(src, lineStarts, val)}
		}
	}
	return fields, nil
}

// frontWarning makes a front-matter error a warning that the article was
// read without its metadata.
func frontWarning(err error) error {
	w := &Warning{Msg: err.Error() + "; the article is read without its front matter"}
	var e *Error
	if errors.As(err, &e) {
		w.Line, w.Msg = e.Line, e.Err.Error()+"; the article is read without its front matter"
	}
	return w
}

// yamlError turns a YAML error into an *Error on the file's line.
func yamlError(err error, firstLine int) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := firstLine
	if m := yamlLine.FindStringSubmatchIndex(msg); m != nil {
		n, _ := strconv.Atoi(msg[m[2]:m[3]])
		line = firstLine + n - 1
		msg = msg[:m[0]] + msg[m[1]:]
	}
	msg = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(msg), "unmarshal errors:"))
	return &Error{Line: line, Err: fmt.Errorf("front matter: %s", msg)}
}

// resolveAlias gives the node an alias (title: *t) stands for, following
// a chain of them a bounded number of times.
func resolveAlias(n *yaml.Node) *yaml.Node {
	for i := 0; i < 8 && n.Kind == yaml.AliasNode && n.Alias != nil; i++ {
		n = n.Alias
	}
	return n
}

// scalarText gives a value as text; a list of scalars is joined by ", ".
func scalarText(n *yaml.Node) (string, error) {
	switch n.Kind {
	case yaml.ScalarNode:
		return strings.TrimSpace(n.Value), nil
	case yaml.SequenceNode:
		parts := make([]string, 0, len(n.Content))
		for _, c := range n.Content {
			if c = resolveAlias(c); c.Kind != yaml.ScalarNode {
				return "", errors.New("list items must be plain values")
			}
			parts = append(parts, strings.TrimSpace(c.Value))
		}
		return strings.Join(parts, ", "), nil
	}
	return "", errors.New("must be a plain value or a list")
}

// valueOffset finds where a scalar's text starts in src.
func valueOffset(src string, lineStarts []int, n *yaml.Node) int {
	if n.Line < 1 || n.Line > len(lineStarts) {
		return 0
	}
	start := lineStarts[n.Line-1]
	line, _, _ := strings.Cut(src[start:], "\n")
	if i := strings.Index(line, n.Value); i >= 0 && n.Value != "" {
		return start + i
	}
	col := 0
	for i := range line {
		if col == n.Column-1 {
			return start + i
		}
		col++
	}
	return start
}

func lineOffsets(s string) []int {
	starts := []int{0}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

func applyFront(s *Source, f map[string]frontValue) {
	set := func(dst *string, key string) {
		if v, ok := f[key]; ok {
			*dst = v.value
		}
	}
	set(&s.Outlet, "outlet")
	set(&s.Title, "title")
	set(&s.Date, "date")
	set(&s.URL, "url")
	set(&s.Byline, "byline")
}
