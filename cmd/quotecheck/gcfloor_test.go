package main

import (
	"runtime"
	"testing"
)

func TestGCPercentFor(t *testing.T) {
	const mib = 1 << 20
	for _, tc := range []struct {
		live, floor uint64
		want        int
	}{
		{0, 32 * mib, 800},         // before the first collection: the runtime's minimum goal, 4 MiB x 8
		{2 * mib, 32 * mib, 800},   // 2 MiB x 9 = 18 MiB: the minimum goal, 32 MiB, comes later
		{10 * mib, 32 * mib, 220},  // 10 MiB + 22 MiB
		{16 * mib, 32 * mib, 100},  // twice the live heap is the floor
		{300 * mib, 32 * mib, 100}, // a large heap: the default
		{10 * mib, 0, 100},         // no floor
	} {
		if got := gcPercentFor(tc.live, tc.floor); got != tc.want {
			t.Errorf("gcPercentFor(%d MiB, %d MiB) = %d, want %d", tc.live/mib, tc.floor/mib, got, tc.want)
		}
	}
}

func TestAfterEachGC(t *testing.T) {
	done := make(chan struct{}, 8)
	afterEachGC(func() {
		select {
		case done <- struct{}{}:
		default:
		}
	})
	for round := range 2 { // called again after the first call: it re-arms
		for gcs := 0; len(done) == 0; gcs++ {
			if gcs == 100 {
				t.Fatalf("round %d: f not called after 100 collections", round+1)
			}
			runtime.GC()
			runtime.Gosched()
		}
		<-done
	}
}
