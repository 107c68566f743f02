package report

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

//go:embed templates/report.html.tmpl templates/report.css templates/report.js
var htmlFiles embed.FS

var (
	htmlTemplate = template.Must(template.New("report.html.tmpl").
			Funcs(template.FuncMap{"sevLabel": sevLabel}).
			ParseFS(htmlFiles, "templates/report.html.tmpl"))
	htmlCSS = mustRead("templates/report.css")
	htmlJS  = mustRead("templates/report.js")
	// htmlCSP allows only the page's own inline style and script, so that
	// nothing an article says can load or run anything.
	htmlCSP = "default-src 'none'; style-src '" + cspHash(htmlCSS) +
		"'; script-src '" + cspHash(htmlJS) + "'; img-src data:; base-uri 'none'; form-action 'none'"
)

func mustRead(name string) string {
	b, err := htmlFiles.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// WriteHTML writes d as one self-contained HTML page: a summary of the
// sources and verdicts, then one section per utterance, worst first, with
// each outlet's wording marked against the canonical wording.
func WriteHTML(w io.Writer, d *Diff) error {
	if d == nil {
		return errors.New("report: no diff to write as HTML")
	}
	if err := htmlTemplate.Execute(w, buildPage(d)); err != nil {
		return fmt.Errorf("report: writing HTML: %w", err)
	}
	return nil
}

// htmlPage is everything the template shows.
type htmlPage struct {
	Title      string
	CSP        string
	CSS        template.CSS
	JS         template.JS
	Counts     DiffCounts
	Sources    []htmlSource
	Severities []string
	Utterances []htmlUtterance
	Problems   []quotes.Warning
	Inputs     []sources.Problem // inputs not read, or read with a caveat
	Unread     int               // how many inputs could not be read
	TOC        []tocGroup
}

type htmlSource struct {
	Key, Outlet, Title, Date, Path string
	URL                            string // only http and https addresses
}

type htmlUtterance struct {
	Anchor, ID, Speaker, Canonical string
	Severity                       string
	SingleSource                   bool
	Conflict                       string // plain statement of who credits whom
	CanonicalFrom                  string // outlets giving the canonical wording
	Versions                       []htmlVersion
	Transcript                     *htmlPassage // the transcript passage it was checked against
	Timeline                       *htmlTimeline
}

type htmlVersion struct {
	OutletKey, Outlet, Speaker string
	Severity, Position         string
	Link                       string // the quotation in its web page, for a source read by URL
	Canonical, Excerpt         bool
	Transcript                 bool // the version is a transcript's: the reference, not an outlet's wording
	Segments                   []segment
	Differences                []htmlDifference
}

type htmlDifference struct {
	Kind, Subkind, Severity, Canonical, Version, Position string
}

// pageIndex looks up sources and quotations by ID.
type pageIndex struct {
	sources map[string]htmlSource
	paths   map[string]string
	quotes  map[string]quotes.Quote
	// transcripts marks the sources that are transcripts.
	transcripts map[string]bool
	published   map[string]string // each source's publication time
}

func buildPage(d *Diff) htmlPage {
	ix := indexDiff(d)
	p := htmlPage{
		CSP: htmlCSP, CSS: template.CSS(htmlCSS), JS: template.JS(htmlJS),
		Severities: []string{"error", "warning", "info", "none"},
		Problems:   d.Warnings,
		Inputs:     d.Problems,
	}
	for _, pr := range d.Problems {
		if pr.Severity == sources.ProblemError {
			p.Unread++
		}
	}
	for _, s := range d.Sources {
		if s != nil {
			p.Sources = append(p.Sources, ix.sources[s.ID])
		}
	}
	anchors := map[string]bool{}
	for _, u := range sortedUtterances(d.Utterances, d.Ordered) {
		hu := ix.utterance(u)
		hu.Anchor = uniqueAnchor(u.ID, anchors)
		p.Utterances = append(p.Utterances, hu)
	}
	p.Counts = CountDiff(d)
	p.TOC = tableOfContents(p.Utterances)
	p.Title = fmt.Sprintf("Quotation check: %d utterances across %d sources, %d single-source", p.Counts.Shared, len(p.Sources), p.Counts.Single)
	return p
}

func indexDiff(d *Diff) pageIndex {
	ix := pageIndex{sources: map[string]htmlSource{}, paths: map[string]string{}, quotes: map[string]quotes.Quote{}, published: map[string]string{}}
	for i, s := range d.Sources {
		if s == nil {
			continue
		}
		ix.sources[s.ID] = htmlSource{
			Key: fmt.Sprintf("s%d", i+1), Outlet: outletName(s), Title: s.Title,
			Date: s.Date, Path: s.Path, URL: webURL(s.URL),
		}
		ix.paths[s.ID] = s.Path
		ix.published[s.ID] = s.Published
		if s.Kind == sources.KindTranscript {
			if ix.transcripts == nil {
				ix.transcripts = map[string]bool{}
			}
			ix.transcripts[s.ID] = true
		}
	}
	for _, q := range d.Quotes {
		ix.quotes[q.ID] = q
	}
	return ix
}

func outletName(s *sources.Source) string {
	for _, name := range []string{s.Outlet, s.Path, s.ID} {
		if strings.TrimSpace(name) != "" {
			return name
		}
	}
	return "unnamed source"
}

// webURL keeps only http and https addresses, so an article cannot plant a
// javascript: or data: link.
func webURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// sortedUtterances orders utterances worst first (unless ordered: as
// given); matched ones before single-source ones; otherwise as given.
func sortedUtterances(us []align.Utterance, ordered bool) []align.Utterance {
	out := append([]align.Utterance(nil), us...)
	sort.SliceStable(out, func(i, j int) bool {
		si, sj := worstSeverity(out[i]), worstSeverity(out[j])
		if si != sj && !ordered {
			return si > sj
		}
		return !out[i].SingleSource && out[j].SingleSource
	})
	return out
}

// worstSeverity is the worst of the utterance's, its versions' and their
// differences' severities.
func worstSeverity(u align.Utterance) align.Severity {
	worst := u.Severity
	for _, v := range u.Versions {
		worst = max(worst, v.Severity)
		for _, d := range v.Differences {
			worst = max(worst, d.Severity)
		}
	}
	return clampSeverity(worst)
}

func clampSeverity(s align.Severity) align.Severity {
	return min(max(s, align.None), align.Error)
}

func (ix pageIndex) utterance(u align.Utterance) htmlUtterance {
	hu := htmlUtterance{
		ID: u.ID, Speaker: u.Speaker, Canonical: u.Canonical,
		Severity:     worstSeverity(u).String(),
		SingleSource: u.SingleSource,
		Conflict:     speakerConflict(u, ix.outlet),
		Transcript:   transcriptPassage(u.Transcript),
		Timeline:     ix.timeline(&u),
	}
	var from []string
	for _, v := range u.Versions {
		hv := ix.version(v, u.Canonical)
		if v.Canonical {
			from = append(from, hv.Outlet)
		}
		hu.Versions = append(hu.Versions, hv)
	}
	hu.CanonicalFrom = joinAnd(from)
	return hu
}

func (ix pageIndex) outlet(sourceID string) string {
	if s, ok := ix.sources[sourceID]; ok {
		return s.Outlet
	}
	return sourceID
}

func (ix pageIndex) version(v align.Version, canonical string) htmlVersion {
	src, ok := ix.sources[v.Source]
	if !ok {
		src = htmlSource{Key: "s0", Outlet: v.Source}
	}
	hv := htmlVersion{
		OutletKey: src.Key, Outlet: src.Outlet, Speaker: v.Speaker,
		Severity: clampSeverity(v.Severity).String(), Canonical: v.Canonical,
		Position: ix.quotePosition(v.Quote),
		Link:     ix.quoteLink(v.Quote),
		Segments: excerptSegments(versionSegments(v), v.Differences),
		Excerpt:  isExcerpt(v),
	}
	if t, ok := ix.transcripts[v.Source]; ok && t {
		hv.Transcript = true
	}
	for _, d := range v.Differences {
		hv.Differences = append(hv.Differences, htmlDifference{
			Kind: string(d.Kind), Subkind: d.Subkind, Severity: clampSeverity(d.Severity).String(),
			Canonical: d.Canonical, Version: d.Version,
			Position: ix.differencePosition(v, d),
		})
	}
	return hv
}

func (ix pageIndex) quotePosition(id string) string {
	q, ok := ix.quotes[id]
	if !ok || q.Line == 0 {
		return ""
	}
	return fmt.Sprintf("%s:%d:%d", q.Path, q.Line, q.Column)
}

// quoteLink links a quotation read from a web page to its words there.
func (ix pageIndex) quoteLink(id string) string {
	q, ok := ix.quotes[id]
	if !ok {
		return ""
	}
	return TextFragmentLink(q.Path, q.Text)
}

// differencePosition is path:line:column of the difference in the version's
// file, falling back to the version's quotation when the line is unknown.
func (ix pageIndex) differencePosition(v align.Version, d align.Difference) string {
	if d.Line == 0 {
		return ix.quotePosition(v.Quote)
	}
	path := ix.paths[v.Source]
	if q, ok := ix.quotes[v.Quote]; ok && q.Path != "" {
		path = q.Path
	}
	return fmt.Sprintf("%s:%d:%d", path, d.Line, d.Column)
}

// speakerConflict states plainly which outlets credit the utterance to
// whom, or "" when align found no speaker difference: align decides who
// disagrees, this only words it. Outlets that agree with the canonical
// version are named first, under the fullest form of its speaker's name.
func speakerConflict(u align.Utterance, outlet func(string) string) string {
	var order []string // names in order of first mention, the canonical's first
	groups := map[string][]string{}
	add := func(name, source string) {
		if _, ok := groups[name]; !ok {
			order = append(order, name)
		}
		groups[name] = appendNew(groups[name], outlet(source))
	}
	canonical, conflict := "", false
	for _, v := range u.Versions {
		if _, ok := speakerDifference(v); ok {
			conflict = true
		} else if name := oneSpace(v.Speaker); len(name) > len(canonical) {
			canonical = name
		}
	}
	if !conflict {
		return ""
	}
	for _, v := range sortCanonicalFirst(u.Versions) {
		switch d, ok := speakerDifference(v); {
		case ok:
			add(oneSpace(d.Version), v.Source)
		case strings.TrimSpace(v.Speaker) == "":
			add("", v.Source)
		default:
			add(canonical, v.Source)
		}
	}
	clauses := make([]string, 0, len(order))
	for i, name := range order {
		clauses = append(clauses, creditClause(groups[name], name, i == 0))
	}
	return strings.Join(clauses, "; ") + "."
}

// speakerDifference gives a version's speaker difference, if align found one.
func speakerDifference(v align.Version) (align.Difference, bool) {
	for _, d := range v.Differences {
		if d.Kind == align.KindSpeaker {
			return d, true
		}
	}
	return align.Difference{}, false
}

// sortCanonicalFirst puts the canonical version first, keeping the others' order.
func sortCanonicalFirst(vs []align.Version) []align.Version {
	out := make([]align.Version, 0, len(vs))
	for _, v := range vs {
		if v.Canonical {
			out = append(out, v)
		}
	}
	for _, v := range vs {
		if !v.Canonical {
			out = append(out, v)
		}
	}
	return out
}

func oneSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func creditClause(outlets []string, speaker string, first bool) string {
	who := joinAnd(outlets)
	switch {
	case speaker == "" && len(outlets) == 1:
		return who + " names no speaker"
	case speaker == "":
		return who + " name no speaker"
	case !first:
		return who + " to " + speaker
	case len(outlets) == 1:
		return who + " credits this to " + speaker
	default:
		return who + " credit this to " + speaker
	}
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func joinAnd(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// uniqueAnchor makes an HTML id from an utterance ID: letters, digits, '-'
// and '_' only, never repeated within the page.
func uniqueAnchor(id string, used map[string]bool) string {
	var b strings.Builder
	b.WriteString("u-")
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	base := b.String()
	anchor := base
	for n := 2; used[anchor]; n++ {
		anchor = fmt.Sprintf("%s-%d", base, n)
	}
	used[anchor] = true
	return anchor
}

func sevLabel(name string) string {
	switch name {
	case "error":
		return "✖ Error"
	case "warning":
		return "▲ Warning"
	case "info":
		return "ℹ Info"
	}
	return "✓ Same"
}
