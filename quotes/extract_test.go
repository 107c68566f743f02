package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/internal/corpus"
	"github.com/quotecheck/quotecheck/sources"
)

func extract(text string) ([]Quote, []Warning) {
	return NewExtractor().Extract(sources.FromText("t", text))
}

func TestScanMarks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // quotation texts in order
	}{
		{"straight", `He said "yes" twice.`, []string{"yes"}},
		{"curly", `He said “yes, sir” twice.`, []string{"yes, sir"}},
		{"british nested", `‘We were told to “stay calm”,’ she said.`, []string{`We were told to “stay calm”,`}},
		{"american nested", `"He called it 'a mess,' and left," she said.`, []string{`He called it 'a mess,' and left,`}},
		{"guillemets", `Il a dit « non » hier.`, []string{"non"}},
		{"reversed guillemets", `Er sagte »nein« gestern.`, []string{"nein"}},
		{"german", `Er sagte „nein“ gestern.`, []string{"nein"}},
		{"polish", `Powiedział „nie” wczoraj.`, []string{"nie"}},
		{"single angle", `Il a dit ‹ non › hier.`, []string{"non"}},
		{"apostrophes", `You'll see Biden's and O'Brien's plan for the students' union in the '90s, rock 'n' roll and Fox News’ questions.`, nil},
		{"headline singles", `Biden Is 'Quite Busy' After Putin's 'Live' Offer`, []string{"Quite Busy", "Live"}},
		{"apostrophe inside single", `'We're ready,' he said.`, []string{"We're ready,"}},
		{"plural possessive inside single quotes", `The senator warned: ‘That is why the teachers’ union is public. We are ready.’ Then she left.`, []string{"That is why the teachers’ union is public. We are ready."}},
		{"short scare quote ending in s", `He called it ‘fake news’ and left, saying ‘no’.`, []string{"fake news", "no"}},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkTexts(t, tc.text, tc.want, 0) })
	}
}

// checkTexts extracts text and checks its quotations' texts and how many
// warnings it gave; it returns the quotations.
func checkTexts(t *testing.T, text string, want []string, warns int) []Quote {
	t.Helper()
	qs, ws := extract(text)
	if got := textsOf(qs); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	if len(ws) != warns {
		t.Errorf("got warnings %v, want %d", ws, warns)
	}
	return qs
}

func TestSpeakers(t *testing.T) {
	const article = "Russian President Vladimir Putin spoke on Thursday. White House press secretary Jen Psaki was asked about it.\n\n" +
		"\"Nope,\" she said.\n\n" +
		"\"We are ready,\" the Russian President told reporters.\n\n" +
		"Hugh Hill, a doctor, said: \"Stay home.\"\n\n" +
		"\"I've just thought of this now,\" Putin said, ABC News reported. \"Let us talk.\"\n\n" +
		"According to Hill, \"the risk is low.\"\n\n" +
		"White House officials said \"nothing\" had changed.\n\n" +
		"Putin told reporters:\n\n\"We are done.\""
	qs, _ := extract(article)
	tests := []struct {
		text, speaker, role, method, kind, utt string
	}{
		{"Nope,", "Jen Psaki", "White House press secretary", MethodPronoun, KindUtterance, "t/q1"},
		{"We are ready,", "Vladimir Putin", "Russian President", MethodRole, KindUtterance, "t/q2"},
		{"Stay home.", "Hugh Hill", "doctor", MethodExplicit, KindUtterance, "t/q3"},
		{"I've just thought of this now,", "Vladimir Putin", "Russian President", MethodExplicit, KindUtterance, "t/q4"},
		{"Let us talk.", "Vladimir Putin", "Russian President", MethodContinuation, KindUtterance, "t/q4"},
		{"the risk is low.", "Hugh Hill", "doctor", MethodExplicit, KindUtterance, "t/q6"},
		{"nothing", "", "", "", KindFragment, "t/q7"},
		{"We are done.", "Vladimir Putin", "Russian President", MethodExplicit, KindUtterance, "t/q8"},
	}
	if len(qs) != len(tests) {
		t.Fatalf("got %d quotations, want %d: %+v", len(qs), len(tests), qs)
	}
	for i, tc := range tests {
		q := qs[i]
		if q.Text != tc.text || q.Speaker != tc.speaker || q.Role != tc.role || q.SpeakerMethod != tc.method || q.Kind != tc.kind || q.Utterance != tc.utt {
			t.Errorf("q%d = %q %q %q %q %q %q, want %q %q %q %q %q %q", i+1, q.Text, q.Speaker, q.Role, q.SpeakerMethod, q.Kind, q.Utterance,
				tc.text, tc.speaker, tc.role, tc.method, tc.kind, tc.utt)
		}
	}
}

func TestPositions(t *testing.T) {
	qs, _ := extract("Title\n\nShe said, “café is open” and “no”.\n")
	want := []struct{ line, col, off int }{{3, 12, 20}, {3, 31, 44}}
	if len(qs) != 2 {
		t.Fatalf("got %d quotations", len(qs))
	}
	for i, w := range want {
		q := qs[i]
		if q.Line != w.line || q.Column != w.col || q.Offset != w.off || q.Paragraph != 2 || q.ID != "t/q"+itoa(i+1) {
			t.Errorf("q%d at %d:%d off %d para %d id %s, want %d:%d off %d para 2", i+1, q.Line, q.Column, q.Offset, q.Paragraph, q.ID, w.line, w.col, w.off)
		}
	}
}

func TestUnbalanced(t *testing.T) {
	text := "He said \"this never closes.\n\nLater she said \"fine\" and left.\n\nThen ” stray and »x.\n"
	qs, ws := extract(text)
	if len(qs) != 1 || qs[0].Text != "fine" {
		t.Fatalf("rest of the article not scanned: %+v", qs)
	}
	if len(ws) != 3 || ws[0].Line != 1 || ws[0].Column != 9 || ws[1].Line != 5 || ws[1].Column != 6 || ws[2].Column != 18 {
		t.Fatalf("warnings %v, want unclosed at 1:9, stray at 5:6, unclosed at 5:18", ws)
	}
	if !strings.HasPrefix(ws[0].Error(), "t:1:9: unclosed") {
		t.Errorf("warning text %q", ws[0].Error())
	}
}

func TestParagraphsWithoutBlankLines(t *testing.T) {
	qs, ws := extract("He said \"one\nand \"two\" here.\n")
	if len(qs) != 1 || qs[0].Text != "two" || qs[0].Paragraph != 2 || len(ws) != 1 {
		t.Fatalf("got %+v %v", qs, ws)
	}
}

func TestSeedsNoPanicAndPositions(t *testing.T) {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := sources.FromText(filepath.Base(f), string(b))
		qs, _ := NewExtractor().Extract(src)
		checkQuotes(t, src.Text, qs)
	}
}

// checkQuotes asserts every quotation's offsets are valid and hold its text.
func checkQuotes(t *testing.T, text string, qs []Quote) {
	t.Helper()
	last, lastEnd := -1, 0
	for _, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start > q.End || text[q.Start:q.End] != q.Text {
			t.Fatalf("bad offsets %d..%d for %q", q.Start, q.End, q.Text)
		}
		if q.Start <= last || q.Start < lastEnd || q.Line < 1 || q.Column < 1 || len(q.Context) > maxContext {
			t.Fatalf("bad order, overlap or position for %+v", q)
		}
		last, lastEnd = q.Start, q.End
	}
}

func TestHugeInput(t *testing.T) {
	var b strings.Builder
	for b.Len() < 2<<20 {
		b.WriteString("\"We are ready,\" Jane Smith said. \"It will work.\" The plan's 'core' was \"sound\n\n")
	}
	qs, ws := extract(b.String())
	if len(qs) == 0 || len(ws) == 0 {
		t.Fatalf("got %d quotations, %d warnings", len(qs), len(ws))
	}
	checkQuotes(t, b.String(), qs)
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{`"a" 'b' “c” „d“ «e» »f« ‘g’`, "\"x\n\n\"y\"", "'90s rock 'n' roll", "»", "”\"“", "''a 'b''' ``c'' d'' 6'2''", "“a“ \"b \"c\" d\"", "`a' ``b'' `c ``d`` ‟e” ‛f’ ＂g＂ 〝h〞 〝i〟 '\"j,\" k' ''Tis ''l''"} {
		f.Add(s)
	}
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		qs, ws := extract(text)
		checkQuotes(t, text, qs)
		for _, w := range ws {
			if w.Line < 1 || w.Column < 1 {
				t.Fatalf("bad warning position %v", w)
			}
		}
	})
}

func benchText(b *testing.B) string {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func BenchmarkExtract(b *testing.B) {
	seeds := benchText(b)
	for _, bc := range []struct {
		name, text string
	}{{"seeds", seeds}, {"seeds-x50", strings.Repeat(seeds, 50)}} {
		b.Run(bc.name, func(b *testing.B) {
			ex := NewExtractor()
			src := sources.FromText("bench", bc.text)
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				ex.Extract(src)
			}
		})
	}
}

// BenchmarkExtractGenerated measures extraction throughput on generated
// news articles (plain text, 500 articles) — the project's target is at
// least 2 MB/s per core.
func BenchmarkExtractGenerated(b *testing.B) {
	c, err := corpus.Generate(corpus.Config{Stories: 100, Outlets: 5, Seed: 1, Formats: []string{"text"}})
	if err != nil {
		b.Fatal(err)
	}
	var srcs []*sources.Source
	var size int64
	for _, a := range c.Articles {
		srcs = append(srcs, sources.FromText(a.Name, string(a.Content)))
		size += int64(len(a.Content))
	}
	ex := NewExtractor()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range srcs {
			ex.Extract(src)
		}
	}
}

// textsOf gives the quotations' texts, in order.
func textsOf(qs []Quote) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text)
	}
	return out
}
