package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// heapFloor is the heap below which the collector does not run. A run
// over many articles keeps little alive (an article or two per worker and
// the quotations found), and at the default setting (GOGC=100) the
// collector would run each time a few megabytes were allocated: about a
// sixth of the CPU time of `extract` on generated articles.
const heapFloor = 32 << 20

// minHeapGoal is the Go runtime's smallest heap goal at GOGC=100 (4 MiB);
// at GOGC=p it is minHeapGoal*p/100.
const minHeapGoal = 4 << 20

// keepHeapFloor has the collector run when the heap reaches twice its
// live size, as GOGC=100 does, or floor bytes, whichever is more, setting
// GOGC anew after every collection (as the Go compiler sets its starting
// heap). It does nothing when the GOGC environment variable is set; a
// memory limit (GOMEMLIMIT) still holds.
func keepHeapFloor(floor uint64) {
	if os.Getenv("GOGC") != "" {
		return
	}
	set := func() { debug.SetGCPercent(gcPercentFor(liveHeap(), floor)) }
	set()
	afterEachGC(set)
}

// gcPercentFor gives the GOGC that puts the next collection at floor
// bytes of heap when live bytes are alive, or at twice live when that is
// more (GOGC=100).
func gcPercentFor(live, floor uint64) int {
	live = max(live, 1)
	if floor <= 2*live {
		return 100
	}
	return int(min((floor-live)*100/live, floor*100/minHeapGoal))
}

// liveHeap gives the heap bytes marked alive by the last collection, 0
// before the first.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// afterEachGC calls f after each collection, on the runtime's cleanup
// goroutine.
func afterEachGC(f func()) {
	type sentinel struct{ _ *int } // holds a pointer: never batched with other small objects
	var arm func()
	arm = func() {
		runtime.AddCleanup(new(sentinel), func(struct{}) {
			f()
			arm()
		}, struct{}{})
	}
	arm()
}
