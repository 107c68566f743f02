package quotecheck

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
)

// TestPoolOrderedAndBounded checks results come in input order, that no
// more than the window is in flight ahead of the emitter, that the
// memory budget is never exceeded, and that an emit error stops the run.
func TestPoolOrderedAndBounded(t *testing.T) {
	var started, emittedN, inFlight, maxInFlight atomic.Int64
	var maxAhead int64
	var got []int
	costs := make([]int64, 200)
	for i := range costs {
		costs[i] = 30
	}
	p := pool{workers: 8, budget: newBudget(100)} // room for 3 at a time
	err := p.run(context.Background(), costs, func(i int) loadedFile {
		started.Add(1)
		n := inFlight.Add(1)
		for {
			m := maxInFlight.Load()
			if n <= m || maxInFlight.CompareAndSwap(m, n) {
				break
			}
		}
		inFlight.Add(-1)
		return loadedFile{articles: make([]Article, i)}
	}, func(lf loadedFile) error {
		if ahead := started.Load() - emittedN.Load(); ahead > maxAhead {
			maxAhead = ahead
		}
		emittedN.Add(1)
		got = append(got, len(lf.articles))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("result %d came as %d", i, v)
		}
	}
	if len(got) != 200 {
		t.Fatalf("got %d results", len(got))
	}
	// The window holds 4 × 8 results waiting; the one being emitted has
	// already left it, so a file may start meanwhile: 33 at the most. (The
	// bound was 32, which a busy machine's scheduling broke now and then.)
	if maxAhead > 4*8+1 {
		t.Errorf("%d results in flight ahead of the emitter; the window should bound it", maxAhead)
	}
	if n := maxInFlight.Load(); n > 3 {
		t.Errorf("%d files extracted at once; a budget of 100 bytes at 30 each allows 3", n)
	}
	if p.budget.peak > 100 || p.budget.used != 0 {
		t.Errorf("budget peak %d (limit 100), %d still taken at the end", p.budget.peak, p.budget.used)
	}
	stop := errors.New("stop")
	n := 0
	err = pool{budget: newBudget(1 << 20)}.run(context.Background(), make([]int64, 1000), func(int) loadedFile { return loadedFile{} }, func(loadedFile) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("emit error: err %v after %d emits, want stop after 3", err, n)
	}
}

// TestPoolHugeFileRunsAlone: a file whose estimate exceeds the whole
// budget still runs (alone) rather than waiting forever.
func TestPoolHugeFileRunsAlone(t *testing.T) {
	p := pool{workers: 4, budget: newBudget(10)}
	n := 0
	err := p.run(context.Background(), []int64{5, 1000, 5}, func(int) loadedFile { return loadedFile{} }, func(loadedFile) error { n++; return nil })
	if err != nil || n != 3 {
		t.Fatalf("err %v, %d results; want 3", err, n)
	}
}
