package corpus

import (
	"strconv"
	"strings"
	"time"
)

// Article formats.
const (
	FormatText     = "text"
	FormatHTML     = "html"
	FormatMarkdown = "markdown"
)

var extensions = map[string]string{FormatText: "txt", FormatHTML: "html", FormatMarkdown: "md"}

// page is what an article says, before it is laid out in a format.
type page struct {
	o        *outlet
	headline string
	byline   string
	date     time.Time
	paras    []string
	open     []bool // paragraph i leaves a quotation open: nothing may follow it but the next
	url      string
	mostRead []string
	timed    bool // date holds the time of publication, written in full
}

// day writes the page's date as its metadata gives it: the day alone, or
// the moment of publication (RFC 3339) when the page is timed.
func (p *page) day() string {
	if p.timed {
		return p.date.UTC().Format(time.RFC3339)
	}
	return p.date.Format("2006-01-02")
}

func (p *page) render(format string) []byte {
	switch format {
	case FormatHTML:
		return p.html()
	case FormatMarkdown:
		return p.markdown()
	}
	return p.text()
}

func (p *page) text() []byte {
	var b strings.Builder
	sep := "\n\n"
	if p.o.singleBreaks {
		sep = "\n"
	}
	body := p.paras
	if p.o.dateField || p.timed {
		b.WriteString(" date " + p.day() + " ")
	} else {
		b.WriteString(p.headline + sep + "By " + p.byline + sep)
	}
	for i, para := range body {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(para)
		if i == len(body)/2 && !p.o.singleBreaks && len(body) > 4 && !p.open[i] {
			b.WriteString(sep + "Advertisement")
		}
	}
	b.WriteString("\n")
	return []byte(b.String())
}

func (p *page) markdown() []byte {
	var b strings.Builder
	b.WriteString("---\n")
	b.WriteString("outlet: " + strconv.Quote(p.o.name) + "\n")
	b.WriteString("title: " + strconv.Quote(p.headline) + "\n")
	b.WriteString("date: " + p.day() + "\n")
	b.WriteString("url: " + p.url + "\n")
	b.WriteString("byline: " + strconv.Quote(p.byline) + "\n")
	b.WriteString("---\n\n")
	for i, para := range p.paras {
		if i == len(p.paras)/2 && len(p.paras) > 4 && (i == 0 || !p.open[i-1]) {
			b.WriteString("## More on the story\n\n")
		}
		b.WriteString(para + "\n\n")
	}
	return []byte(b.String())
}

var htmlText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

var htmlEntities = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;",
	"\u201c", "&ldquo;", "\u201d", "&rdquo;", "\u2018", "&lsquo;", "\u2019", "&rsquo;")

func (p *page) html() []byte {
	esc := htmlText
	if p.o.entities {
		esc = htmlEntities
	}
	attr := func(s string) string { return strings.ReplaceAll(htmlText.Replace(s), `"`, "&quot;") }
	var b strings.Builder
	b.Grow(4096)
	w := func(ss ...string) {
		for _, s := range ss {
			b.WriteString(s)
		}
	}
	stamp := p.date.Format("2006-01-02") + "T09:30:00Z"
	if p.timed {
		stamp = p.day()
	}
	w("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>", esc.Replace(p.headline), " | ", esc.Replace(p.o.name), "</title>\n",
		"<meta property=\"og:site_name\" content=\"", attr(p.o.name), "\">\n",
		"<meta property=\"og:title\" content=\"", attr(p.headline), "\">\n",
		"<meta property=\"article:published_time\" content=\"", stamp, "\">\n",
		"<link rel=\"canonical\" href=\"", p.url, "\">\n",
		"<style>body{font-family:Georgia,serif;margin:0 auto;max-width:46em}.most-read li{margin:.3em 0}</style>\n",
		"<script>window.dataLayer=window.dataLayer||[];function track(e){dataLayer.push(e)}</script>\n",
		"</head>\n<body>\n<header><a class=\"logo\" href=\"/\">", esc.Replace(p.o.name), "</a>\n",
		"<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/politics\">Politics</a></li><li><a href=\"/business\">Business</a></li><li><a href=\"/sport\">Sport</a></li><li><a href=\"/opinion\">Opinion</a></li></ul></nav>\n</header>\n",
		"<main>\n<article>\n<h1>", esc.Replace(p.headline), "</h1>\n",
		"<p class=\"byline\">By <a rel=\"author\" href=\"/staff\">", esc.Replace(p.byline), "</a></p>\n",
		"<time datetime=\"", stamp, "\">", p.date.Format("January 2, 2006"), "</time>\n")
	for _, para := range p.paras {
		w("<p>", esc.Replace(para), "</p>\n")
	}
	w("</article>\n<aside class=\"most-read\">\n<h2>Most read</h2>\n<ol>\n")
	for i, h := range p.mostRead {
		w("<li><a href=\"/news/", strconv.Itoa(i+1), "\">", esc.Replace(h), "</a></li>\n")
	}
	w("</ol>\n</aside>\n</main>\n<footer><p>&copy; ", p.date.Format("2006"), " ", esc.Replace(p.o.name),
		". All rights reserved.</p><p><a href=\"/privacy\">Privacy</a> | <a href=\"/terms\">Terms</a></p></footer>\n",
		"<script>track({page:\"article\",section:\"news\"});</script>\n</body>\n</html>\n")
	return []byte(b.String())
}
