package report

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// transcriptDiff runs the pipeline over the fixture briefing and its
// articles, as `quotecheck diff TRANSCRIPT ARTICLES` does.
func transcriptDiff(t *testing.T) *Diff {
	t.Helper()
	dir := filepath.Join("..", "testdata", "transcripts")
	srcs, errs := sources.Read([]string{filepath.Join(dir, "briefing-2026-02-12.md"), filepath.Join(dir, "articles")}, sources.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := &Diff{Sources: srcs}
	ex := quotes.NewExtractor()
	for _, s := range srcs {
		if s.Transcript == nil {
			qs, _ := ex.Extract(s)
			d.Quotes = append(d.Quotes, qs...)
		}
	}
	d.Utterances = align.Align(srcs, d.Quotes, align.Options{})
	d.Quotes = append(d.Quotes, align.TranscriptQuotes(d.Utterances)...)
	return d
}

func TestHTMLTranscriptPassage(t *testing.T) {
	p := buildPage(transcriptDiff(t))
	var nope *htmlUtterance
	for i, u := range p.Utterances {
		if u.Canonical == "No." {
			nope = &p.Utterances[i]
		}
	}
	if nope == nil || nope.Transcript == nil {
		t.Fatal("no transcript passage for the answer \"No.\"")
	}
	tp := nope.Transcript
	if tp.Label != "MS. WHITFIELD" || tp.Speaker != "Dana Whitfield" || tp.Time != "11:04 A.M. PST" ||
		!strings.HasPrefix(tp.URL, "https://example.gov/") || !strings.Contains(tp.Asked, "regret calling the strike") ||
		!strings.HasPrefix(tp.After, "The Governor gave a plain answer") || tp.Position != "../testdata/transcripts/briefing-2026-02-12.md:34:17" {
		t.Errorf("passage %+v", tp)
	}
	for _, v := range nope.Versions {
		if v.Transcript != v.Canonical {
			t.Errorf("%s: transcript %v, canonical %v; want the transcript's version canonical", v.Outlet, v.Transcript, v.Canonical)
		}
	}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, transcriptDiff(t)); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	for _, want := range []string{`<a href="https://example.gov/briefings/2026/02/12/press-briefing-dana-whitfield-omar-reyes/"`,
		"transcript: the reference", "Transcript: <strong>MS. WHITFIELD</strong> (Dana Whitfield) · 11:04 A.M. PST"} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// TestHTMLSingleSourceNotConfirmed: nothing confirmed a quotation only one
// source has, so it is badged neither "canonical" nor "✓ Same".
func TestHTMLSingleSourceNotConfirmed(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, seedsDiff(t)); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	n := 0
	for _, sec := range strings.Split(html, `<section class="utt`)[1:] {
		if !strings.Contains(sec[:40], "single") {
			continue
		}
		n++
		body := sec[strings.Index(sec, `<ul class="versions">`):]
		if strings.Contains(body, ">canonical<") || strings.Contains(body, "✓ Same") {
			t.Errorf("a single-source utterance is badged as confirmed:\n%s", body[:min(len(body), 400)])
		}
	}
	if n == 0 {
		t.Fatal("no single-source utterance on the page")
	}
}

// TestHTMLExcerpt: a verbatim excerpt is labelled so, and the words it
// leaves out show as faint context, not struck through.
func TestHTMLExcerpt(t *testing.T) {
	p := buildPage(transcriptDiff(t))
	found := false
	for _, u := range p.Utterances {
		for _, v := range u.Versions {
			if !strings.HasPrefix(v.Outlet, "harbor") || !strings.Contains(u.Canonical, "coastal road") {
				continue
			}
			found = true
			if !v.Excerpt {
				t.Errorf("%q is not labelled an excerpt", u.Canonical)
			}
			for _, s := range v.Segments {
				if s.Op == opDel {
					t.Errorf("excerpt strikes through %q", s.Text)
				}
			}
		}
	}
	if !found {
		t.Fatal("no version of the coastal-road excerpt")
	}
}

func TestHTMLTableOfContents(t *testing.T) {
	p := buildPage(seedsDiff(t))
	if len(p.TOC) == 0 {
		t.Fatal("no table of contents")
	}
	seen := map[string]bool{}
	links := 0
	for _, g := range p.TOC {
		if seen[g.Severity] {
			t.Errorf("severity %s listed twice", g.Severity)
		}
		seen[g.Severity] = true
		for _, s := range g.Speakers {
			links += len(s.Links)
		}
	}
	if p.TOC[0].Severity != sevLabel("error") || links != len(p.Utterances) {
		t.Errorf("contents start at %q with %d links; want errors first and one link per utterance (%d)", p.TOC[0].Severity, links, len(p.Utterances))
	}
}
