package corpus

import (
	"bytes"
	"encoding/json"
	"github.com/quotecheck/quotecheck/internal/golden"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func mustGenerate(t testing.TB, cfg Config) *Corpus {
	t.Helper()
	c, err := Generate(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func goldBytes(t testing.TB, c *Corpus) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := c.WriteGold(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var moderate = Config{Stories: 60, Outlets: 5, Seed: 7, Formats: []string{FormatText, FormatHTML, FormatMarkdown}}

func TestDeterministic(t *testing.T) {
	a, b := mustGenerate(t, moderate), mustGenerate(t, moderate)
	other := moderate
	other.Seed = 8
	c := mustGenerate(t, other)
	if len(a.Articles) != 300 || len(b.Articles) != 300 {
		t.Fatalf("got %d and %d articles, want 300", len(a.Articles), len(b.Articles))
	}
	for i := range a.Articles {
		if a.Articles[i].Name != b.Articles[i].Name || !bytes.Equal(a.Articles[i].Content, b.Articles[i].Content) {
			t.Fatalf("article %d differs between runs with one seed: %s", i, a.Articles[i].Name)
		}
	}
	if !bytes.Equal(goldBytes(t, a), goldBytes(t, b)) {
		t.Fatal("gold differs between runs with one seed")
	}
	same := 0
	for i := range a.Articles {
		if bytes.Equal(a.Articles[i].Content, c.Articles[i].Content) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d articles identical under seeds 7 and 8", same)
	}
}

// TestWriteMatchesGenerate checks the streaming writer against the
// in-memory corpus, file by file.
func TestWriteMatchesGenerate(t *testing.T) {
	cfg := Config{Stories: 12, Outlets: 4, Seed: 3, Formats: []string{FormatHTML, FormatText}}
	streamed, held := t.TempDir(), t.TempDir()
	if err := Write(streamed, cfg); err != nil {
		t.Fatal(err)
	}
	if err := mustGenerate(t, cfg).WriteDir(held); err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadDir(held)
	got, _ := os.ReadDir(streamed)
	if len(got) != len(want) || len(want) != 12*4+1 {
		t.Fatalf("streamed %d files, in memory %d, want %d", len(got), len(want), 12*4+1)
	}
	for _, e := range want {
		a, _ := os.ReadFile(filepath.Join(held, e.Name()))
		b, err := os.ReadFile(filepath.Join(streamed, e.Name()))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between Write and WriteDir (%v)", e.Name(), err)
		}
	}
}

// goldFile is gold.json as the scorer reads it.
type goldFile struct {
	Note    string `json:"note"`
	Sources map[string]struct {
		Outlet string `json:"outlet"`
		Date   string `json:"date"`
	} `json:"sources"`
	Quotes []struct {
		Source  string  `json:"source"`
		Text    string  `json:"text"`
		Speaker string  `json:"speaker"`
		Kind    string  `json:"kind"`
		Cluster *string `json:"cluster"`
	} `json:"quotes"`
	Clusters map[string]struct {
		Differences []string `json:"differences"`
		Material    *bool    `json:"material"`
	} `json:"clusters"`
	Material        map[string]bool `json:"material"`
	SpeakerConflict []string        `json:"speaker_conflict"`
}

func parseGold(t *testing.T, b []byte) goldFile {
	t.Helper()
	var g goldFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		t.Fatalf("gold.json does not parse as the seed format: %v", err)
	}
	return g
}

func TestGoldSchema(t *testing.T) {
	c := mustGenerate(t, moderate)
	g := parseGold(t, goldBytes(t, c))
	if len(g.Sources) != len(c.Articles) {
		t.Errorf("%d sources for %d articles", len(g.Sources), len(c.Articles))
	}
	clusterSources := map[string]map[string]bool{}
	prev := ""
	for i, q := range g.Quotes {
		if _, ok := g.Sources[q.Source]; !ok {
			t.Fatalf("quote %d: source %q not in sources", i, q.Source)
		}
		if q.Source < prev {
			t.Fatalf("quote %d: source %s out of article order", i, q.Source)
		}
		prev = q.Source
		if q.Text == "" || q.Speaker == "" || q.Kind != "utterance" && q.Kind != "fragment" {
			t.Fatalf("quote %d incomplete: %+v", i, q)
		}
		if q.Cluster != nil {
			if _, ok := g.Clusters[*q.Cluster]; !ok {
				t.Fatalf("quote %d: cluster %q not in clusters", i, *q.Cluster)
			}
			if clusterSources[*q.Cluster] == nil {
				clusterSources[*q.Cluster] = map[string]bool{}
			}
			clusterSources[*q.Cluster][q.Source] = true
		}
	}
	for id, cl := range g.Clusters {
		if cl.Material == nil || g.Material[id] != *cl.Material {
			t.Errorf("cluster %s: material %v, material map says %v", id, cl.Material, g.Material[id])
		}
		if len(clusterSources[id]) < 2 {
			t.Errorf("cluster %s is quoted by %d sources, want at least 2", id, len(clusterSources[id]))
		}
	}
	if len(g.Material) != len(g.Clusters) {
		t.Errorf("%d material entries for %d clusters", len(g.Material), len(g.Clusters))
	}
	for _, id := range g.SpeakerConflict {
		if !g.Material[id] {
			t.Errorf("speaker conflict %s is not material", id)
		}
	}
}

// articleBody is the part of an article where quotations may stand, with
// HTML tags dropped and entities decoded.
func articleBody(a Article) string {
	s := string(a.Content)
	switch a.Format {
	case FormatHTML:
		start, end := strings.Index(s, "<article>"), strings.Index(s, "</article>")
		s = html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(s[start:end], "\n"))
	case FormatMarkdown:
		s = s[strings.Index(s[4:], "---\n")+8:]
	}
	return s
}

// TestQuotesStandInArticles finds every gold quotation, in order, between
// marks in its article, and checks no quotation mark is left over.
func TestQuotesStandInArticles(t *testing.T) {
	c := mustGenerate(t, moderate)
	byName := map[string]Article{}
	for _, a := range c.Articles {
		byName[a.Name] = a
	}
	bodies := map[string]string{}
	pos := map[string]int{}
	for _, q := range c.Gold.Quotes {
		a := byName[q.Source]
		body, ok := bodies[q.Source]
		if !ok {
			body = articleBody(a)
		}
		rest := body[pos[q.Source]:]
		i := strings.Index(rest, q.Text)
		if i < 1 {
			t.Fatalf("%s: quote %q not found after offset %d", q.Source, q.Text, pos[q.Source])
		}
		open := rest[:i]
		if !strings.HasSuffix(open, "\"") && !strings.HasSuffix(open, "\u201c") && !strings.HasSuffix(open, "\u2018") {
			t.Fatalf("%s: %q is not preceded by an opening mark", q.Source, q.Text)
		}
		after := rest[i+len(q.Text):]
		closed := strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "\u201d") || strings.HasPrefix(after, "\u2019")
		if !closed && !strings.HasPrefix(after, "\n") {
			t.Fatalf("%s: %q is neither closed nor at a paragraph end: %q", q.Source, q.Text, after[:min(10, len(after))])
		}
		if next := strings.TrimLeft(after, "\n"); !closed && !strings.HasPrefix(next, open[len(strings.TrimRight(open, "\"\u201c\u2018")):]) {
			t.Fatalf("%s: open quotation %q is not followed by a paragraph reopening it: %q", q.Source, q.Text, next[:min(20, len(next))])
		}
		// Blank the quotation and its marks so that leftovers show.
		_, mark := lastRune(open)
		end := i + len(q.Text)
		if closed {
			_, n := firstRune(after)
			end += n
		}
		start := pos[q.Source] + i - mark
		body = body[:start] + strings.Repeat("_", end+pos[q.Source]-start) + body[pos[q.Source]+end:]
		bodies[q.Source] = body
		pos[q.Source] += end
	}
	for name, body := range bodies {
		if strings.ContainsAny(body, "\"\u201c\u201d\u2018"+innerOpen+innerClose) {
			t.Errorf("%s: quotation marks not in gold:\n%s", name, body)
		}
	}
	if len(bodies) != len(c.Articles) {
		t.Errorf("%d of %d articles have quotations", len(bodies), len(c.Articles))
	}
}

func lastRune(s string) (rune, int) {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i]&0xC0 != 0x80 {
			return []rune(s[i:])[0], len(s) - i
		}
	}
	return 0, 0
}

func firstRune(s string) (rune, int) {
	for i, r := range s {
		if i == 0 {
			return r, len(string(r))
		}
	}
	return 0, 0
}

// TestVariety checks a moderate corpus has every change, layout, mark
// style and attribution form.
func TestVariety(t *testing.T) {
	c := mustGenerate(t, moderate)
	var diffs, text strings.Builder
	for _, cl := range c.Gold.Clusters {
		diffs.WriteString(strings.Join(cl.Differences, "\n") + "\n")
	}
	for _, a := range c.Articles {
		text.WriteString(articleBody(a))
	}
	for _, want := range []string{"inserted '", "deleted '", "substituted '", "reordered '", "contraction '",
		"different translation", "joined with", "speaker: credited", "excerpt: '", "split by its attribution",
		"runs over two paragraphs", "case: ", "punctuation: ", "trailing punctuation"} {
		if !strings.Contains(diffs.String(), want) {
			t.Errorf("no cluster difference %q", want)
		}
	}
	body := text.String()
	for _, want := range []string{"\u201c", "\u2018", "\"", "According to ", " said: ", ",\" said ", "\u2019s ", "'s ", "O'Connell", "\u201990s", "told reporters that",
		"Advertisement", "contributed to this report", ", the ", " she ", " he "} {
		if !strings.Contains(body, want) {
			t.Errorf("no article contains %q", want)
		}
	}
	var material, cosmetic int
	for _, cl := range c.Gold.Clusters {
		if cl.Material {
			material++
		} else {
			cosmetic++
		}
	}
	kinds := map[string]int{}
	for _, q := range c.Gold.Quotes {
		kinds[q.Kind]++
	}
	t.Logf("%d articles, %d quotes %v, %d clusters (%d material), %d speaker conflicts",
		len(c.Articles), len(c.Gold.Quotes), kinds, len(c.Gold.Clusters), material, len(c.Gold.SpeakerConflict))
	if material < len(c.Gold.Clusters)/4 || cosmetic < len(c.Gold.Clusters)/4 || len(c.Gold.SpeakerConflict) == 0 {
		t.Errorf("unbalanced verdicts: %d material, %d cosmetic, %d conflicts", material, cosmetic, len(c.Gold.SpeakerConflict))
	}
	if kinds["fragment"] < len(c.Gold.Quotes)/20 {
		t.Errorf("only %d fragments", kinds["fragment"])
	}
}

func TestFormats(t *testing.T) {
	c := mustGenerate(t, Config{Stories: 3, Outlets: 4, Seed: 1, Formats: []string{FormatText, FormatHTML, FormatMarkdown}})
	seen := map[string]int{}
	for _, a := range c.Articles {
		seen[a.Format]++
		s := string(a.Content)
		switch a.Format {
		case FormatHTML:
			for _, want := range []string{"<!DOCTYPE html>", "<article>", "</article>", `<meta property="og:site_name" content="`,
				`<meta property="article:published_time" content="` + a.Date, "<nav>", "<aside", "Most read", "<footer>", "<script>"} {
				if !strings.Contains(s, want) {
					t.Errorf("%s lacks %q", a.Name, want)
				}
			}
		case FormatMarkdown:
			for _, want := range []string{"---\noutlet: ", "\ntitle: \"", "\ndate: " + a.Date + "\n", "\nurl: https://", "\n---\n\n"} {
				if !strings.Contains(s, want) {
					t.Errorf("%s lacks %q", a.Name, want)
				}
			}
		default:
			if strings.Contains(s, "<") || strings.HasPrefix(s, "---") {
				t.Errorf("%s: plain text holds markup", a.Name)
			}
		}
		if !strings.HasSuffix(a.Name, "."+extensions[a.Format]) {
			t.Errorf("%s: extension does not match format %s", a.Name, a.Format)
		}
	}
	if len(seen) != 3 {
		t.Errorf("formats used: %v, want all three", seen)
	}
}

func TestBadConfig(t *testing.T) {
	for _, cfg := range []Config{{}, {Stories: 1}, {Outlets: 2}, {Stories: -1, Outlets: 2}, {Stories: 1, Outlets: 1, Formats: []string{"pdf"}}} {
		if _, err := Generate(cfg); err == nil {
			t.Errorf("Generate(%+v) gave no error", cfg)
		}
		if err := Write(t.TempDir(), cfg); err == nil {
			t.Errorf("Write(%+v) gave no error", cfg)
		}
	}
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	if err := Write(filepath.Join(file, "sub"), Config{Stories: 1, Outlets: 1}); err == nil {
		t.Error("Write under a plain file gave no error")
	}
}

func TestOneOutlet(t *testing.T) {
	c := mustGenerate(t, Config{Stories: 5, Outlets: 1, Seed: 2})
	g := parseGold(t, goldBytes(t, c))
	if len(g.Clusters) != 0 || len(g.Quotes) == 0 {
		t.Errorf("one outlet: %d clusters, %d quotes; want none and some", len(g.Clusters), len(g.Quotes))
	}
}

// TestManyOutlets needs more outlets than there are names.
func TestManyOutlets(t *testing.T) {
	c := mustGenerate(t, Config{Stories: 1, Outlets: len(outletNames) + 3, Seed: 2})
	names := map[string]bool{}
	for _, a := range c.Articles {
		if names[a.Outlet] {
			t.Fatalf("outlet %q used twice", a.Outlet)
		}
		names[a.Outlet] = true
	}
}

// TestGolden pins a tiny corpus byte for byte; run with -update after an
// intended change.
func TestGolden(t *testing.T) {
	c := mustGenerate(t, Config{Stories: 1, Outlets: 3, Seed: 42, Formats: []string{FormatText, FormatMarkdown, FormatHTML}})
	var b bytes.Buffer
	for _, a := range c.Articles {
		b.WriteString("=== " + a.Name + "\n")
		b.Write(a.Content)
	}
	b.WriteString("=== gold.json\n")
	b.Write(goldBytes(t, c))
	golden.Check(t, filepath.Join("testdata", "tiny.golden"), b.Bytes())
}

func FuzzGenerate(f *testing.F) {
	f.Add(uint64(1), uint8(2), uint8(3))
	f.Add(uint64(99), uint8(1), uint8(1))
	f.Fuzz(func(t *testing.T, seed uint64, stories, outlets uint8) {
		cfg := Config{Stories: 1 + int(stories%3), Outlets: 1 + int(outlets%6), Seed: seed, Formats: []string{FormatHTML, FormatText}}
		c := mustGenerate(t, cfg)
		for _, a := range c.Articles {
			if bytes.ContainsAny(a.Content, innerOpen+innerClose) {
				t.Fatalf("%s holds a placeholder mark", a.Name)
			}
		}
		for _, q := range c.Gold.Quotes {
			if strings.TrimSpace(q.Text) != q.Text || q.Text == "" {
				t.Fatalf("%s: quote %q has edge spaces", q.Source, q.Text)
			}
		}
		parseGold(t, goldBytes(t, c))
	})
}

// benchSetup gives the benchmarks' corpus configuration and reports its
// bytes per operation.
func benchSetup(b *testing.B) Config {
	cfg := Config{Stories: 100, Outlets: 10, Seed: 1, Formats: []string{FormatText, FormatHTML, FormatMarkdown}}
	var size int64
	for _, a := range mustGenerate(b, cfg).Articles {
		size += int64(len(a.Content))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	return cfg
}

func BenchmarkGenerate(b *testing.B) {
	cfg := benchSetup(b)
	for b.Loop() {
		mustGenerate(b, cfg)
	}
}

func BenchmarkWrite(b *testing.B) {
	cfg := benchSetup(b)
	dir := b.TempDir()
	for b.Loop() {
		if err := Write(dir, cfg); err != nil {
			b.Fatal(err)
		}
	}
}

func TestVocabulary(t *testing.T) {
	for name, list := range map[string][]entry{"nouns": nouns, "adjectives": adjectives, "verbs": verbs} {
		seen := map[string]bool{}
		for _, e := range list {
			if e.w == "" || e.alt == "" || strings.ContainsAny(e.w+e.alt, ":,") || seen[e.w] {
				t.Errorf("%s: bad or repeated entry %+v", name, e)
			}
			seen[e.w] = true
		}
	}
	if n := len(nouns) + len(adjectives) + len(verbs); n < 400 {
		t.Errorf("only %d topic words", n)
	}
	seen := map[string]bool{}
	for _, s := range surnames {
		if seen[s] {
			t.Errorf("surname %s listed twice", s)
		}
		seen[s] = true
	}
}

// TestFirstNamesInNoList checks that the generator's first names are in
// none of the vocabularies attribution reads, so that generated scores do
// not test names the code already knows.
func TestFirstNamesInNoList(t *testing.T) {
	files, err := filepath.Glob("../../quotes/vocab/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no vocabularies found: %v", err)
	}
	known := map[string]string{}
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if !strings.HasPrefix(line, "#") {
				for _, w := range strings.Fields(strings.ToLower(line)) {
					known[w] = filepath.Base(fn)
				}
			}
		}
	}
	for _, list := range [][]string{femaleNames, maleNames, neutralNames} {
		for _, n := range list {
			if f, ok := known[strings.ToLower(n)]; ok {
				t.Errorf("generated first name %s is in %s", n, f)
			}
		}
	}
}

// TestStoriesShareFewPhrases checks that quotations from different stories
// share few six-word sequences, so matching across stories by accident is rare.
func TestStoriesShareFewPhrases(t *testing.T) {
	c := mustGenerate(t, Config{Stories: 150, Outlets: 2, Seed: 11})
	owner := map[string]string{}
	shared := map[string]bool{}
	for _, q := range c.Gold.Quotes {
		story := q.Source[:5]
		w := strings.Fields(normWords(q.Text))
		for i := 0; i+6 <= len(w); i++ {
			k := strings.Join(w[i:i+6], " ")
			if o, ok := owner[k]; ok && o != story {
				shared[k] = true
			}
			owner[k] = story
		}
	}
	frac := float64(len(shared)) / float64(len(owner))
	t.Logf("%d distinct 6-grams, %d in more than one story (%.1f%%)", len(owner), len(shared), 100*frac)
	if frac > 0.05 {
		t.Errorf("%.1f%% of 6-grams shared across stories, want at most 5%%", 100*frac)
	}
}
