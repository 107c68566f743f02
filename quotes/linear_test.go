package quotes

import (
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/sources"
)

// adversarial lists hostile inputs, each made to size bytes by repeating a
// unit. Each would take time quadratic in its size if a search ran back or
// forward without bound.
var adversarial = []struct {
	name string
	make func(size int) string
}{
	{"mark-flood", func(n int) string { return strings.Repeat(`"`, n) }},
	{"curly-flood", func(n int) string { return repeatTo("“”‘’«»", n) }},
	{"apostrophe-flood", func(n int) string { return strings.Repeat(`'`, n) }},
	{"pairs", func(n int) string { return repeatTo(`"a" `, n) }},
	{"unbalanced-openers", func(n int) string { return repeatTo(`“a `, n) }},
	{"stray-closers", func(n int) string { return repeatTo(`a” `, n) }},
	{"deep-nesting", func(n int) string { return nested(n) }},
	{"possessives", func(n int) string { return "‘We said the four words " + repeatTo("the cats’ toys ", n) }},
	{"elisions", func(n int) string { return repeatTo("‘twas ‘tis 'n' '90s ", n) }},
	{"long-word-after-mark", func(n int) string { return repeatTo("‘", n/2) + strings.Repeat("a", n/2) }},
	{"giant-paragraph", func(n int) string {
		return repeatTo(`"We are ready," Jane Smith said. "It will work." The plan was "sound," she added. `, n)
	}},
	{"giant-sentence", func(n int) string { return repeatTo(`the "plan" and `, n) }},
}

// repeatTo repeats unit up to about n bytes.
func repeatTo(unit string, n int) string { return strings.Repeat(unit, max(1, n/len(unit))) }

// nested opens quotations of alternating marks, then closes them all.
func nested(n int) string {
	k := max(1, n/8)
	return strings.Repeat("“a ‘b ", k/2) + strings.Repeat("’ c” ", k/2)
}

// pronounParagraph is one paragraph of quotations attributed by pronouns.
func pronounParagraph(n int) string {
	return "Jane Smith spoke first. " + repeatTo(`"We are ready," she said. "It will work," she added. `, n)
}

// workOf gives the steps Extract counts for text.
func workOf(text string) int64 {
	before := workDone.Load()
	NewExtractor().Extract(sources.FromText("t", text))
	return workDone.Load() - before
}

// TestLinearWork holds the work of extraction linear in the input: for each
// hostile input, four times the bytes costs at most about four times the
// steps.
func TestLinearWork(t *testing.T) {
	const small, large = 20_000, 80_000
	for _, tc := range adversarial {
		t.Run(tc.name, func(t *testing.T) {
			a, b := tc.make(small), tc.make(large)
			wa, wb := workOf(a), workOf(b)
			ratio := float64(wb) / float64(wa)
			t.Logf("%d bytes: %d steps; %d bytes: %d steps (×%.2f)", len(a), wa, len(b), wb, ratio)
			if size := float64(len(b)) / float64(len(a)); ratio > size*1.25 {
				t.Errorf("%d bytes took %d steps, %d bytes %d steps: ×%.1f for ×%.1f the input", len(a), wa, len(b), wb, ratio, size)
			}
		})
	}
}

// TestWarningsCapped lists the first maxWarnings warnings of a file and a
// count of the rest, not one line per stray mark.
func TestWarningsCapped(t *testing.T) {
	_, ws := extract(strings.Repeat("a” ", 1000))
	if len(ws) != maxWarnings+1 {
		t.Fatalf("got %d warnings, want %d", len(ws), maxWarnings+1)
	}
	if last := ws[maxWarnings]; last.Message != "900 more unbalanced quotation marks from here on, not listed" || last.Column != 3*maxWarnings+2 {
		t.Errorf("last warning %v", last)
	}
}

// TestContextOfGiantSentence checks that the bounded walk gives the same
// context as a whole-sentence one: the sentence cut around the quotation.
func TestContextOfGiantSentence(t *testing.T) {
	text := strings.Repeat("and the plan ", 100) + `the "core" of it ` + strings.Repeat("and more ", 100) + "."
	qs, _ := extract(text)
	if len(qs) != 1 {
		t.Fatalf("got %d quotations", len(qs))
	}
	mid := strings.Index(text, "core") + 2
	if want := text[mid-maxContext/2 : mid+maxContext/2]; qs[0].Context != want {
		t.Errorf("context %q, want %q", qs[0].Context, want)
	}
	short, _ := extract(`He said "yes" twice. Then "no" once.`)
	if len(short) != 2 || short[0].Context != `He said "yes" twice.` || short[1].Context != `Then "no" once.` {
		t.Errorf("contexts %+v", short)
	}
}

// bytesOf gives the bytes extraction allocates for text: a measure of
// the work attribution does, whose loops do not count into workDone.
func bytesOf(text string) uint64 {
	runtime.GC()
	runtime.GC() // two collections empty tokenPool: its slices would hide what an input costs
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	NewExtractor().Extract(sources.FromText("t", text))
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestLinearAllocation holds end-to-end extraction, attribution included,
// linear in what it allocates on every hostile input and on one giant
// paragraph of pronoun-attributed quotations: a short quotation's lead
// once took its whole line (×16 the bytes for ×4 the input).
func TestLinearAllocation(t *testing.T) {
	const linearSlack = 64 << 10
	const small, large = 20_000, 80_000
	cases := append(adversarial[:len(adversarial):len(adversarial)], struct {
		name string
		make func(size int) string
	}{"pronoun-paragraph", pronounParagraph})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, b := bytesOf(tc.make(small)), bytesOf(tc.make(large))
			// A few kilobytes either way (a map growing, a pooled slice
			// taken anew) are no growth law: only a difference over
			// linearSlack counts.
			if ratio := float64(b) / float64(a); ratio > 4*1.5 && b-min(a, b) > linearSlack {
				t.Errorf("×%.1f the bytes allocated for ×4 the input (%d → %d)", ratio, a, b)
			}
		})
	}
}

func BenchmarkAdversarial(b *testing.B) {
	cases := append(adversarial[:len(adversarial):len(adversarial)], struct {
		name string
		make func(size int) string
	}{"pronoun-paragraph", pronounParagraph})
	for _, tc := range cases {
		for _, size := range []int{100_000, 400_000} {
			text := tc.make(size)
			b.Run(tc.name+"/"+strconv.Itoa(size/1000)+"KB", func(b *testing.B) {
				ex := NewExtractor()
				src := sources.FromText("bench", text)
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					ex.Extract(src)
				}
			})
		}
	}
}
