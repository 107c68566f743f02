package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/internal/golden"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// loadFixture reads the hand-built diff of the seeds and the hostile articles.
func loadFixture(t testing.TB) *Diff {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "html_fixture.json"))
	if err != nil {
		t.Fatal(err)
	}
	var d Diff
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatalf("testdata/html_fixture.json: %v", err)
	}
	return &d
}

func renderHTML(t testing.TB, d *Diff) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestWriteHTMLGolden(t *testing.T) {
	got := renderHTML(t, loadFixture(t))
	golden.CheckString(t, filepath.Join("testdata", "html_fixture.golden"), got)
	if again := renderHTML(t, loadFixture(t)); again != got {
		t.Error("two renderings of the same diff differ")
	}
}

func TestWriteHTMLBadInput(t *testing.T) {
	if err := WriteHTML(&bytes.Buffer{}, nil); err == nil {
		t.Error("WriteHTML(nil diff) gave no error")
	}
	err := WriteHTML(failWriter{}, loadFixture(t))
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("WriteHTML to a failing writer: got %v, want the writer's error", err)
	}
	empty := renderHTML(t, &Diff{})
	if !strings.Contains(empty, "No quotations were found.") {
		t.Error("an empty diff does not say that no quotations were found")
	}
	// A version naming an unknown source, a nil source and a severity out
	// of range still render.
	odd := &Diff{Sources: []*sources.Source{nil}, Utterances: []align.Utterance{{
		ID: "x", Canonical: "a b", Severity: align.Severity(9),
		Versions: []align.Version{{Source: "nowhere", Text: "a b", Severity: align.Severity(-3)}},
	}}}
	out := renderHTML(t, odd)
	for _, want := range []string{"nowhere", `data-severity="error"`, "Unknown speaker"} {
		if !strings.Contains(out, want) {
			t.Errorf("odd diff: output lacks %q", want)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestWriteHTMLEscapesArticleText feeds hostile text through every field
// that comes from an article and checks that the page holds no element,
// attribute or link it did not put there itself.
func TestWriteHTMLEscapesArticleText(t *testing.T) {
	payloads := []string{
		`<script>window.__pwned=1</script>`,
		`"><img src=x onerror=window.__pwned=2>`,
		`javascript:alert(1)`,
		`</style><style>body{display:none}</style>`,
		`'; alert(1); '`,
		`{{.CSS}} [-<b>x</b>-] [+<i onclick=alert(1)>y</i>+]`,
	}
	for _, p := range payloads {
		t.Run(p, func(t *testing.T) {
			out := renderHTML(t, hostileDiff(p))
			checkSafeHTML(t, out)
			if !strings.Contains(html.UnescapeString(out), "<blockquote>"+p+"</blockquote>") {
				t.Error("the payload does not show literally as the canonical wording")
			}
		})
	}
}

func hostileDiff(p string) *Diff {
	src := &sources.Source{ID: p, Path: p + ".txt", Outlet: p, Title: p, Date: p, URL: p}
	return &Diff{
		Sources:  []*sources.Source{src},
		Quotes:   []quotes.Quote{{ID: p, Path: p, Text: p, Speaker: p, Line: 1, Column: 1}},
		Warnings: []quotes.Warning{{Path: p, Line: 1, Column: 2, Message: p}},
		Utterances: []align.Utterance{{
			ID: p, Speaker: p, Canonical: p, Severity: align.Warning,
			Versions: []align.Version{
				{Quote: p, Source: p, Text: p, Speaker: p, Canonical: true},
				{Quote: p, Source: p, Text: p, Speaker: p + "x", Inline: "[-" + p + "-] [+" + p + "+] " + p,
					Spans:       []align.Span{{Op: align.SpanDeleted, Text: p}, {Op: align.SpanSame, Text: " "}, {Op: align.SpanInserted, Text: p}, {Op: align.SpanSame, Text: " " + p}},
					Differences: []align.Difference{{Kind: align.Kind(p), Subkind: p, Canonical: p, Version: p, Line: 1}}},
			},
		}},
	}
}

// allowedTags are the elements the template writes.
var allowedTags = map[string]bool{
	"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
	"div": true, "header": true, "h1": true, "h2": true, "h3": true, "ul": true, "li": true,
	"span": true, "br": true, "a": true, "p": true, "del": true, "ins": true, "form": true,
	"fieldset": true, "legend": true, "label": true, "input": true, "button": true,
	"main": true, "section": true, "blockquote": true, "strong": true, "footer": true, "script": true,
}

// checkSafeHTML fails unless out has only the template's own elements, one
// script (the page's own), no event-handler attributes and no link other
// than an in-page anchor or an http(s) address.
func checkSafeHTML(t testing.TB, out string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(out))
	scripts := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		if !allowedTags[tok.Data] {
			t.Errorf("unexpected element <%s> in output", tok.Data)
		}
		if tok.Data == "script" {
			if scripts++; scripts > 1 {
				t.Error("more than one <script> in output")
			}
		}
		for _, a := range tok.Attr {
			if strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Errorf("event-handler attribute %s=%q on <%s>", a.Key, a.Val, tok.Data)
			}
			if a.Key == "href" && !strings.HasPrefix(a.Val, "#") && !strings.HasPrefix(a.Val, "http") {
				t.Errorf("unsafe link href=%q", a.Val)
			}
		}
	}
}

func TestCSPHashesMatchInlineCode(t *testing.T) {
	out := renderHTML(t, loadFixture(t))
	for _, tag := range []string{"script", "style"} {
		m := regexp.MustCompile(`(?s)<` + tag + `>(.*?)</` + tag + `>`).FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("no <%s> in output", tag)
		}
		sum := sha256.Sum256([]byte(m[1]))
		hash := "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
		if !strings.Contains(html.UnescapeString(out), tag+"-src '"+hash+"'") {
			t.Errorf("the page's Content-Security-Policy does not allow its own <%s> (%s)", tag, hash)
		}
	}
	if strings.Contains(out, "http://") && !strings.Contains(out, `href="http`) {
		t.Error("page refers to an external resource")
	}
}

// TestSpeakerConflict words align's speaker differences; it finds none of
// its own (where align sees one person, or an organisation and its
// spokesperson, there is no conflict to state).
func TestSpeakerConflict(t *testing.T) {
	outlet := func(id string) string { return strings.ToUpper(id) }
	v := func(src, speaker string) align.Version { return align.Version{Source: src, Speaker: speaker} }
	canon := func(src, speaker string) align.Version {
		return align.Version{Source: src, Speaker: speaker, Canonical: true}
	}
	credits := func(src, speaker, canonical string) align.Version {
		return align.Version{Source: src, Speaker: speaker, Differences: []align.Difference{
			{Kind: align.KindSpeaker, Severity: align.Error, Canonical: canonical, Version: speaker}}}
	}
	tests := []struct {
		name string
		vs   []align.Version
		want string
	}{
		{"agree", []align.Version{canon("a", "Jen Psaki"), v("b", "Jen Psaki")}, ""},
		{"one unnamed", []align.Version{canon("a", "Jen Psaki"), v("b", "")}, ""},
		{"two", []align.Version{canon("fox", "Jen Psaki"), credits("khld", "Elena Marquez", "Jen Psaki")},
			"FOX credits this to Jen Psaki; KHLD to Elena Marquez."},
		{"grouped", []align.Version{canon("a", "X"), v("b", "X"), credits("c", "Y", "X"), v("d", "")},
			"A and B credit this to X; C to Y; D names no speaker."},
		{"same outlet twice", []align.Version{canon("a", "X"), v("a", "X"), credits("c", "Y", "X")},
			"A credits this to X; C to Y."},
		{"names differ but align sees one person", []align.Version{canon("a", "Biden"), v("b", "President Biden Jr.")}, ""},
		{"fullest name shown", []align.Version{canon("a", "Psaki"), v("b", "Jen Psaki"), credits("c", "Elena Marquez", "Psaki")},
			"A and B credit this to Jen Psaki; C to Elena Marquez."},
		{"canonical named first", []align.Version{credits("c", "Y", "X"), canon("a", "X")},
			"A credits this to X; C to Y."},
		{"none", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := speakerConflict(align.Utterance{Versions: tc.vs}, outlet); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSortedUtterancesWorstFirst(t *testing.T) {
	us := []align.Utterance{
		{ID: "single", SingleSource: true},
		{ID: "info", Severity: align.Info},
		{ID: "same"},
		{ID: "hidden-error", Versions: []align.Version{{Differences: []align.Difference{{Severity: align.Error}}}}},
		{ID: "warning", Versions: []align.Version{{Severity: align.Warning}}},
		{ID: "error", Severity: align.Error},
	}
	var got []string
	for _, u := range sortedUtterances(us, false) {
		got = append(got, u.ID)
	}
	want := []string{"hidden-error", "error", "warning", "info", "same", "single"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if us[0].ID != "single" {
		t.Error("sortedUtterances changed its input")
	}
}

func TestSummaryCounts(t *testing.T) {
	p := buildPage(loadFixture(t))
	want := DiffCounts{Sources: 6, Shared: 9, Error: 3, Warning: 2, Info: 2, Same: 2, Single: 2}
	if p.Counts != want {
		t.Errorf("counts %+v, want %+v", p.Counts, want)
	}
	if len(p.Sources) != 6 || p.Sources[1].Outlet != "Fox News" || p.Sources[1].Key != "s2" {
		t.Errorf("sources %+v", p.Sources)
	}
	if u := p.Utterances[0]; u.Severity != "error" {
		t.Errorf("first utterance %s is %s, want an error", u.ID, u.Severity)
	}
}

// TestVersionSegments renders from align's spans, never by reading marks
// back out of the text: a quotation that itself prints "[+" or "[-" stays
// as printed.
func TestVersionSegments(t *testing.T) {
	tests := []struct {
		name string
		v    align.Version
		want []segment
	}{
		{"deleted", align.Version{Text: "you'll see shortly", Spans: []align.Span{
			{Op: align.SpanSame, Text: "you'll see "}, {Op: align.SpanDeleted, Text: "it"}, {Op: align.SpanSame, Text: " shortly"}}},
			[]segment{{"", "you'll see "}, {opDel, "it"}, {"", " shortly"}}},
		{"insert and delete", align.Version{Spans: []align.Span{
			{Op: align.SpanInserted, Text: "Mmhmm,"}, {Op: align.SpanSame, Text: " I do"}, {Op: align.SpanDeleted, Text: "."}}},
			[]segment{{opIns, "Mmhmm,"}, {"", " I do"}, {opDel, "."}}},
		{"marks in the quotation are text", align.Version{Text: "a [-b-] [+c+]", Spans: []align.Span{
			{Op: align.SpanSame, Text: "a [-b-] [+c+]"}}},
			[]segment{{"", "a [-b-] [+c+]"}}},
		{"canonical is plain", align.Version{Text: "it takes one", Canonical: true,
			Spans: []align.Span{{Op: align.SpanSame, Text: "it takes one"}}},
			[]segment{{"", "it takes one"}}},
		{"no spans", align.Version{Text: "other words"}, []segment{{"", "other words"}}},
		{"empty", align.Version{}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := versionSegments(tc.v); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestUniqueAnchor(t *testing.T) {
	used := map[string]bool{}
	for _, tc := range []struct{ id, want string }{
		{"u1", "u-u1"},
		{"u1", "u-u1-2"},
		{"u1", "u-u1-3"},
		{`"><script>`, "u----script-"},
		{"", "u-"},
		{"é/q1", "u---q1"},
	} {
		if got := uniqueAnchor(tc.id, used); got != tc.want {
			t.Errorf("uniqueAnchor(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}

func TestWebURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.com/a?b=c":   "https://example.com/a?b=c",
		" http://example.com ":        "http://example.com",
		"javascript:alert(1)":         "",
		"JaVaScRiPt:alert(1)":         "",
		"data:text/html,<script>":     "",
		"//example.com/no-scheme":     "",
		"https://":                    "",
		"file:///etc/passwd":          "",
		"http://exa mple.com/%zz bad": "",
	} {
		if got := webURL(in); got != want {
			t.Errorf("webURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWriteHTMLHugeDiff(t *testing.T) {
	d := bigDiff(3000)
	out := renderHTML(t, d)
	if n := strings.Count(out, `<section class="utt`); n != 3000 {
		t.Errorf("rendered %d utterances, want 3000", n)
	}
}

// bigDiff makes n two-source utterances, each with one deleted word.
func bigDiff(n int) *Diff {
	d := &Diff{Sources: []*sources.Source{{ID: "a", Outlet: "A"}, {ID: "b", Outlet: "B"}}}
	for i := range n {
		text := fmt.Sprintf("statement number %d was made today", i)
		d.Utterances = append(d.Utterances, align.Utterance{
			ID: fmt.Sprintf("u%d", i), Speaker: "Someone", Canonical: text, Severity: align.Severity(i % 4),
			Versions: []align.Version{
				{Source: "a", Text: text, Canonical: true},
				{Source: "b", Text: strings.Replace(text, " today", "", 1), Severity: align.Severity(i % 4),
					Inline: strings.Replace(text, "today", "[-today-]", 1),
					Spans: []align.Span{{Op: align.SpanSame, Text: strings.TrimSuffix(text, "today")},
						{Op: align.SpanDeleted, Text: "today"}},
					Differences: []align.Difference{{Kind: align.KindDeleted, Severity: align.Severity(i % 4), Canonical: "today", Position: 5}}},
			},
		})
	}
	return d
}

func BenchmarkWriteHTML(b *testing.B) {
	d := bigDiff(1000)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WriteHTML(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

func FuzzWriteHTML(f *testing.F) {
	f.Add(`<script>alert(1)</script>`, "you'll see [-it-] shortly", "Joe Biden")
	f.Add(`"><img src=x onerror=alert(1)>`, "[+<b>+][-</del>-]", `javascript:alert(1)`)
	f.Add("\x00\xff[-", "[+ [- -] +]", "")
	f.Fuzz(func(t *testing.T, text, inline, speaker string) {
		d := hostileDiff(text)
		d.Utterances[0].Speaker = speaker
		d.Utterances[0].Versions[1].Inline = inline
		var buf bytes.Buffer
		if err := WriteHTML(&buf, d); err != nil {
			t.Fatal(err)
		}
		checkSafeHTML(t, buf.String())
	})
}

// TestCountsAgreeAcrossFormats: the table, Markdown, HTML and JSON reports
// state the same counts, with and without utterances left out by
// --min-severity (the HTML report used to count single-source quotations
// among "utterances", which the others did not).
func TestCountsAgreeAcrossFormats(t *testing.T) {
	for _, hidden := range []int{0, 4} {
		d := loadFixture(t)
		d.Hidden = hidden
		c := CountDiff(d)
		sentence := c.String()
		for _, format := range []string{"table", "markdown"} {
			var b bytes.Buffer
			if err := WriteDiff(&b, format, d, Options{}); err != nil {
				t.Fatal(err)
			}
			if first, _, _ := strings.Cut(b.String(), ". "); !strings.Contains(b.String(), sentence) {
				t.Errorf("%s (hidden %d) opens %q, want the counts %q", format, hidden, first, sentence)
			}
		}
		page := renderHTML(t, d)
		for name, n := range map[string]int{"utterances": c.Shared, "error": c.Error, "warning": c.Warning,
			"info": c.Info, "same": c.Same, "single": c.Single} {
			if want := fmt.Sprintf(`data-count="%s">%d<`, name, n); !strings.Contains(page, want) {
				t.Errorf("HTML (hidden %d) lacks %s", hidden, want)
			}
		}
		if hidden > 0 && !strings.Contains(page, `data-count="hidden">4<`) {
			t.Error("HTML does not say how many utterances --min-severity left out")
		}
		var b bytes.Buffer
		if err := WriteDiff(&b, "json", d, Options{}); err != nil {
			t.Fatal(err)
		}
		var doc struct{ Summary DiffCounts }
		if err := json.Unmarshal(b.Bytes(), &doc); err != nil || doc.Summary != c {
			t.Errorf("JSON summary %+v (%v), want %+v", doc.Summary, err, c)
		}
	}
}
