package quotecheck

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// syntheticArticle is about size bytes of quotation-dense news prose.
func syntheticArticle(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "The council met on day %d to discuss the harbour. \"We will keep one lane open for buses number %d,\" said Mara Lindqvist, the transport director. Others disagreed with her plan.\n\n", i, i)
	}
	return b.String()
}

// peakHeap runs f and gives the most heap it held above what was in use
// before, sampled with runtime.MemStats. The collector runs often
// meanwhile (GOGC=10), so that the figure follows live memory rather than
// how far garbage got ahead of a busy machine's collector.
func peakHeap(f func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	var peak atomic.Uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > base && m.HeapAlloc-base > peak.Load() {
				peak.Store(m.HeapAlloc - base)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(done)
	<-stopped
	return peak.Load()
}

// TestMemoryBoundedByBudget: however many workers there are, the files in
// flight stay within the memory budget, so peak memory stays under a
// fixed figure plus a small multiple of the largest file (here the budget
// allows one file at a time; eight workers would otherwise run eight).
func TestMemoryBoundedByBudget(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's own allocations make heap figures meaningless")
	}
	const size, files = 256 << 10, 8
	dir := t.TempDir()
	for i := range files {
		write(t, dir, fmt.Sprintf("a%d.txt", i), syntheticArticle(size))
	}
	budget := int64(MemoryPerByte * size)
	n := 0
	peak := peakHeap(func() {
		err := Each(context.Background(), []string{dir}, Options{Workers: files, MemoryBudget: budget}, func(a Article) error {
			n += len(a.Quotes)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
	const fixed = 4 << 20
	limit := uint64(fixed + 2*MemoryPerByte*size)
	t.Logf("peak heap %.1f MB for %d files of %d KB (%d quotations); limit %.1f MB", float64(peak)/(1<<20), files, size>>10, n, float64(limit)/(1<<20))
	if peak > limit {
		t.Errorf("peak heap %.1f MB, over the bound of %.1f MB (4 MB + 2 × %d × the largest file)", float64(peak)/(1<<20), float64(limit)/(1<<20), MemoryPerByte)
	}
}

// TestDefaultMemoryBudget: the default budget is half the Go memory limit
// when one is set below the machine's memory.
func TestDefaultMemoryBudget(t *testing.T) {
	old := debug.SetMemoryLimit(100 << 20)
	defer debug.SetMemoryLimit(old)
	if got := DefaultMemoryBudget(); got != 50<<20 {
		t.Errorf("with GOMEMLIMIT 100 MiB: budget %d, want 50 MiB", got)
	}
	debug.SetMemoryLimit(math.MaxInt64)
	if got := DefaultMemoryBudget(); got < 64<<20 {
		t.Errorf("budget %d from the machine, want at least 64 MiB", got)
	}
}

// BenchmarkExtractMemory reports the peak heap extraction takes per byte
// of a file (heap-B/B), the figure MemoryPerByte estimates.
func BenchmarkExtractMemory(b *testing.B) {
	const size = 1 << 20
	p := write(b, b.TempDir(), "big.txt", syntheticArticle(size))
	for b.Loop() {
		peak := peakHeap(func() {
			if _, err := Load(context.Background(), []string{p}, Options{}); err != nil {
				b.Fatal(err)
			}
		})
		b.ReportMetric(float64(peak)/size, "heap-B/B")
	}
}

// TestReleasedTextIsFreed: once extracted, an article's text is not kept
// alive by its quotations (which are cut from it) or its metadata.
func TestReleasedTextIsFreed(t *testing.T) {
	filler := strings.Repeat("The harbour committee discussed budgets at length and adjourned. ", (512<<10)/66)
	head := "Harbour bridge to close\n\n\"We will keep one lane open,\" said Mara Lindqvist.\n\n"
	dir := t.TempDir()
	p := write(t, dir, "long.txt", head+filler+"\n")
	// warm up: whatever is loaded once a process (the language model)
	if _, err := Load(context.Background(), []string{write(t, dir, "short.txt", head)}, Options{}); err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	c, err := Load(context.Background(), []string{p}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	held := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	if len(c.Quotes) != 1 || held > 128<<10 {
		t.Errorf("%d quotations; %d KB still held after extracting a 512 KB article, want under 128 KB", len(c.Quotes), held>>10)
	}
	runtime.KeepAlive(c)
}
