package report

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// DiffFormats gives the formats WriteDiff knows.
func DiffFormats() []string { return []string{"table", "markdown", "json", "html", "sarif"} }

// WriteDiff writes the utterances matched across sources in format (one of
// DiffFormats).
func WriteDiff(w io.Writer, format string, d *Diff, opt Options) error {
	return filtered(w, escModeOf(format, opt.Color), func(w io.Writer) error {
		return writeDiff(w, format, d, opt)
	})
}

func writeDiff(w io.Writer, format string, d *Diff, opt Options) error {
	switch format {
	case "json":
		out := *d
		c := CountDiff(d)
		out.Summary = &c
		return writeJSON(w, struct {
			Generator string `json:"generator"`
			*Diff
		}{sources.GeneratorMark, &out})
	case "html":
		return WriteHTML(w, d)
	case "sarif":
		return writeDiffSARIF(w, newDiffView(d), opt.Version)
	case "markdown":
		return writeDiffMarkdown(w, newDiffView(d))
	case "table":
		return writeDiffTable(w, newDiffView(d), opt)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(DiffFormats(), ", "))
}

// FilterSeverity keeps the utterances whose severity is at least min.
func FilterSeverity(us []align.Utterance, min align.Severity) []align.Utterance {
	var out []align.Utterance
	for _, u := range us {
		if u.Severity >= min {
			out = append(out, u)
		}
	}
	return out
}

// diffView indexes a Diff for rendering: shared utterances worst first,
// then single-source ones.
type diffView struct {
	*Diff
	sources map[string]*sources.Source
	quotes  map[string]quotes.Quote
	shared  []align.Utterance
	single  []align.Utterance
}

func newDiffView(d *Diff) *diffView {
	v := &diffView{Diff: d, sources: map[string]*sources.Source{}, quotes: map[string]quotes.Quote{}}
	for _, s := range d.Sources {
		v.sources[s.ID] = s
	}
	for _, q := range d.Quotes {
		v.quotes[q.ID] = q
	}
	for _, u := range d.Utterances {
		if u.SingleSource {
			v.single = append(v.single, u)
		} else {
			v.shared = append(v.shared, u)
		}
	}
	if !d.Ordered {
		sort.SliceStable(v.shared, func(i, j int) bool { return v.shared[i].Severity > v.shared[j].Severity })
	}
	return v
}

// outlet names a source for a person.
func (v *diffView) outlet(id string) string {
	if s, ok := v.sources[id]; ok && s.Outlet != "" {
		return s.Outlet
	}
	return id
}

// published gives a source's publication time by ID.
func (v *diffView) published(id string) string {
	if s, ok := v.sources[id]; ok {
		return s.Published
	}
	return ""
}

// where gives path:line:col of a version's first quotation.
func (v *diffView) where(ver align.Version) string {
	q, ok := v.quotes[ver.Quote]
	if !ok {
		return ver.Source
	}
	return fmt.Sprintf("%s:%d:%d", EscapePath(q.Path), q.Line, q.Column)
}

// mdWhere gives where as a Markdown cell, a link to the words in their page
// for a source read by URL.
func (v *diffView) mdWhere(ver align.Version) string {
	cell := mdInline(v.where(ver))
	if q, ok := v.quotes[ver.Quote]; ok {
		if link := TextFragmentLink(q.Path, q.Text); link != "" {
			return "[" + cell + "](<" + mdLink(link) + ">)"
		}
	}
	return cell
}

// summary gives a one-line account of a version's differences.
func summary(ver align.Version) string {
	if ver.Canonical {
		return "canonical"
	}
	if len(ver.Differences) == 0 {
		return "identical"
	}
	ds := slices.Clone(ver.Differences)
	slices.SortStableFunc(ds, func(a, b align.Difference) int { return int(b.Severity - a.Severity) })
	var parts []string
	count := map[string]int{}
	for _, d := range ds {
		s := describe(d)
		if count[s] == 0 {
			parts = append(parts, s)
		}
		count[s]++
	}
	for i, s := range parts {
		if n := count[s]; n > 1 {
			parts[i] = fmt.Sprintf("%s ×%d", s, n)
		}
	}
	return strings.Join(parts, "; ")
}

// describe says what one difference is.
func describe(d align.Difference) string {
	kind := string(d.Kind)
	if d.Subkind != "" {
		kind += " (" + d.Subkind + ")"
	}
	var what string
	switch {
	case d.Kind == align.KindSpeaker:
		what = fmt.Sprintf(" %q, not %q", d.Version, d.Canonical)
	case d.Canonical != "" && d.Version != "":
		what = fmt.Sprintf(" %q → %q", d.Canonical, d.Version)
	case d.Canonical != "":
		what = fmt.Sprintf(" %q", d.Canonical)
	case d.Version != "":
		what = fmt.Sprintf(" %q", d.Version)
	}
	if d.Kind == align.KindPartial || d.Kind == align.KindDivergent {
		what = ""
	}
	return fmt.Sprintf("%s: %s%s", d.Severity, kind, what)
}

// utteranceTitle heads one utterance: its speaker, severity and reach.
func (v *diffView) utteranceTitle(u align.Utterance) string {
	speaker := u.Speaker
	if speaker == "" {
		speaker = "unknown speaker"
	}
	return fmt.Sprintf("%s · %s · %s · %d sources", u.ID, speaker, u.Severity, countSources(u))
}

func countSources(u align.Utterance) int {
	seen := map[string]bool{}
	for _, ver := range u.Versions {
		seen[ver.Source] = true
	}
	return len(seen)
}

// wording gives the version's text with differences marked for a terminal.
func wording(ver align.Version, color bool) string {
	if len(ver.Spans) == 0 || ver.Canonical {
		return ver.Text
	}
	if !color {
		return align.InlineText(ver.Spans)
	}
	var b strings.Builder
	for _, s := range ver.Spans {
		switch s.Op {
		case align.SpanDeleted:
			b.WriteString("\x1b[31;9m[-" + Visible(s.Text) + "-]\x1b[0m")
		case align.SpanInserted:
			b.WriteString("\x1b[32;4m[+" + Visible(s.Text) + "+]\x1b[0m")
		default:
			b.WriteString(Visible(s.Text))
		}
	}
	return b.String()
}

func writeDiffTable(w io.Writer, v *diffView, opt Options) error {
	fmt.Fprintln(w, wrapProse(fmt.Sprintf("%s. Marks: [-word-] the canonical wording has and this version lacks; [+word+] this version adds.", CountDiff(v.Diff)), opt.Width))
	for _, u := range v.shared {
		fmt.Fprintf(w, "\n%s\n", v.utteranceTitle(u))
		if h := HistoryLine(&u, v.published); h != "" {
			fmt.Fprintln(w, wrapProse(h, opt.Width))
		}
		t := newTable(w, opt.Width, 2, 3)
		t.Header("SOURCE", "WHERE", "WORDING", "DIFFERENCES")
		for _, ver := range u.Versions {
			if err := t.Append(v.outlet(ver.Source), v.where(ver), wording(ver, opt.Color), summary(ver)); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	return writeSingleTable(w, v, opt)
}

func writeSingleTable(w io.Writer, v *diffView, opt Options) error {
	if len(v.single) == 0 {
		return nil
	}
	fmt.Fprintf(w, "\nSingle-source quotations (no other source has them)\n")
	t := newTable(w, opt.Width, 3)
	t.Header("SOURCE", "WHERE", "SPEAKER", "QUOTATION")
	for _, u := range v.single {
		for _, ver := range u.Versions {
			if err := t.Append(v.outlet(ver.Source), v.where(ver), orUnknown(ver.Speaker), ver.Text); err != nil {
				return err
			}
		}
	}
	return t.Render()
}

func orUnknown(s string) string {
	if s == "" {
		return "?"
	}
	return s
}

func writeDiffMarkdown(w io.Writer, v *diffView) error {
	fmt.Fprintln(w, MarkdownMarker)
	fmt.Fprintf(w, "# Quotations across %d sources\n\n", len(v.Sources))
	order := "Worst first"
	if v.Ordered {
		order = "In order of first printing"
	}
	fmt.Fprintf(w, "%s. %s; in each version, ~~struck~~ words are in the canonical wording but not this one, **bold** words are this version's own.\n", CountDiff(v.Diff), order)
	for _, u := range v.shared {
		fmt.Fprintf(w, "\n## %s\n\n> %s\n\n", mdInline(v.utteranceTitle(u)), mdInline(u.Canonical))
		if h := HistoryLine(&u, v.published); h != "" {
			fmt.Fprintf(w, "%s\n\n", mdInline(h))
		}
		fmt.Fprintln(w, "| Source | Where | Wording | Differences |")
		fmt.Fprintln(w, "| --- | --- | --- | --- |")
		for _, ver := range u.Versions {
			fmt.Fprintf(w, "| %s | %s | %s | %s |\n", mdInline(v.outlet(ver.Source)), v.mdWhere(ver), mdWording(ver), mdInline(summary(ver)))
		}
	}
	if len(v.single) > 0 {
		fmt.Fprint(w, "\n## Single-source quotations\n\n| Source | Where | Speaker | Quotation |\n| --- | --- | --- | --- |\n")
		for _, u := range v.single {
			for _, ver := range u.Versions {
				fmt.Fprintf(w, "| %s | %s | %s | %s |\n", mdInline(v.outlet(ver.Source)), v.mdWhere(ver), mdInline(orUnknown(ver.Speaker)), mdInline(ver.Text))
			}
		}
	}
	return nil
}

// mdWording marks a version's differences in Markdown.
func mdWording(ver align.Version) string {
	if len(ver.Spans) == 0 || ver.Canonical {
		return mdInline(ver.Text)
	}
	var b strings.Builder
	for _, s := range ver.Spans {
		text := mdInline(s.Text)
		switch {
		case strings.TrimSpace(s.Text) == "":
			b.WriteString(text)
		case s.Op == align.SpanDeleted:
			b.WriteString("~~" + strings.TrimSpace(text) + "~~")
		case s.Op == align.SpanInserted:
			b.WriteString("**" + strings.TrimSpace(text) + "**")
		default:
			b.WriteString(text)
		}
	}
	return b.String()
}

// mdInline escapes every character Markdown (CommonMark and GitHub's)
// would read as markup, so that a field prints as the text it is: no
// emphasis, link, image, autolink, raw HTML, heading or table break gets
// through. Line breaks become spaces (a table row is one line), and
// control and bidirectional-override characters are shown visibly.
func mdInline(s string) string {
	return mdEscaper.Replace(Visible(s))
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`",
	"<", "&lt;", ">", "&gt;", "&", "&amp;", "[", `\[`, "]", `\]`, "|", `\|`,
	"://", `:\/\/`, "www.", `www\.`, "@", `\@`, "\r\n", " ", "\n", " ", "\r", " ")

// MarkdownMarker opens every Markdown report: it names quotecheck as its
// generator (sources.IsReport), and renders as nothing.
const MarkdownMarker = "<!-- generated by " + sources.GeneratorMark + "; not an article -->"
