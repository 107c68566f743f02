package quotecheck

import (
	"os"
	"path/filepath"

	"context"
	"fmt"
	"github.com/quotecheck/quotecheck/check"
	"math"
	"strings"
	"testing"
)

// TestCheckNilConfig: a nil configuration means the defaults, also when
// the wire copy holds a transcript (whose speakers a configuration may
// rename).
func TestCheckNilConfig(t *testing.T) {
	ctx := context.Background()
	wire, err := Load(ctx, []string{"testdata/transcripts/briefing-2026-02-12.md"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	draft, err := Load(ctx, []string{"testdata/transcripts/articles"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if fs := Check(nil, wire, draft); len(fs) == 0 {
		t.Error("no findings for the fixture articles")
	}
}

// denseInputs are articles of one quotation (or quotation mark) every few
// bytes: the densest a file can be.
var denseInputs = []struct {
	name string
	make func(n int) string
}{
	{"mark-flood", func(n int) string { return strings.Repeat(`"`, n) }},
	{"empty-pairs", func(n int) string { return strings.Repeat(`"" `, n/3) }},
	{"ellipsis-pairs", func(n int) string { return strings.Repeat(`"…" `, n/6) }},
	{"one-letter", func(n int) string { return strings.Repeat(`"a" `, n/4) }},
	{"one-word-lines", func(n int) string { return repeatLines("\"Yes %d,\" he said.\n", n) }},
	{"comma-flood", func(n int) string { return strings.Repeat(",", n) }},
	{"word-flood", func(n int) string { return strings.Repeat("a ", n/2) }},
	{"news", syntheticArticle},
}

// TestMemoryPerByteDense: extracting a file takes at most MemoryPerByte
// bytes of heap per byte of it, whatever the density of quotations, so
// that the memory budget holds for hostile files too.
func TestMemoryPerByteDense(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's own allocations make heap figures meaningless")
	}
	const size = 256 << 10
	dir := t.TempDir()
	warm := write(t, dir, "warm.txt", syntheticArticle(4096))
	if _, err := Load(context.Background(), []string{warm}, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, in := range denseInputs {
		p := write(t, dir, in.name+".txt", in.make(size))
		var c *Corpus
		perByte := math.Inf(1)
		for range 3 { // the least of three: a busy machine's collector only adds
			peak := peakHeap(func() {
				c, _ = Load(context.Background(), []string{p}, Options{Workers: 1})
			})
			perByte = min(perByte, float64(peak)/size)
		}
		t.Logf("%-15s %6d quotations, peak heap %5.1f B per input byte", in.name, len(c.Quotes), perByte)
		if perByte > MemoryPerByte {
			t.Errorf("%s: %.1f bytes of heap per input byte, over MemoryPerByte (%d)", in.name, perByte, MemoryPerByte)
		}
	}
}

// repeatLines repeats a numbered line up to about n bytes.
func repeatLines(format string, n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, format, i)
	}
	return b.String()
}

// BenchmarkExtractMemoryDense reports the peak heap extraction takes per
// byte of the densest files (heap-B/B), to hold against MemoryPerByte.
func BenchmarkExtractMemoryDense(b *testing.B) {
	const size = 1 << 20
	for _, in := range denseInputs {
		b.Run(in.name, func(b *testing.B) {
			p := write(b, b.TempDir(), "dense.txt", in.make(size))
			for b.Loop() {
				peak := peakHeap(func() {
					if _, err := Load(context.Background(), []string{p}, Options{Workers: 1}); err != nil {
						b.Fatal(err)
					}
				})
				b.ReportMetric(float64(peak)/size, "heap-B/B")
			}
		})
	}
}

// TestDraftNotCheckedAgainstItself: a draft that is among the wire copy,
// also through a symbolic link, is not confirmed by itself.
func TestDraftNotCheckedAgainstItself(t *testing.T) {
	dir := t.TempDir()
	own := write(t, dir, "wire/own.txt", "Ferry to run all night\n\n\"We will keep every crossing open until dawn,\" said Mara Lindqvist.\n")
	write(t, dir, "wire/other.txt", "Council meets\n\n\"The budget is settled for this year,\" said Tomas Berg.\n")
	link := filepath.Join(dir, "draft.txt")
	if err := os.Symlink(own, link); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	wire, err := Load(ctx, []string{filepath.Join(dir, "wire")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{own, link} {
		draft, err := Load(ctx, []string{path}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range Check(nil, wire, draft) {
			if f.Status == check.StatusConfirmed {
				t.Errorf("draft %s: %q confirmed by %s, itself", path, f.Text, f.Source)
			}
		}
	}
}
