package main

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
)

// TestParallelOrdered checks results come in input order, that no more
// than the window is in flight ahead of the emitter, and that an emit
// error stops the run.
func TestParallelOrdered(t *testing.T) {
	var started, emittedN atomic.Int64
	var maxAhead int64
	var got []int
	err := parallelOrdered(context.Background(), 200, func(i int) int {
		started.Add(1)
		return i
	}, func(i int) error {
		if ahead := started.Load() - emittedN.Load(); ahead > maxAhead {
			maxAhead = ahead
		}
		emittedN.Add(1)
		got = append(got, i)
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
	if maxAhead > 64 {
		t.Errorf("%d results in flight ahead of the emitter; the window should bound it", maxAhead)
	}
	stop := errors.New("stop")
	n := 0
	err = parallelOrdered(context.Background(), 1000, func(i int) int { return i }, func(int) error {
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
