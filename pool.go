package quotecheck

import (
	"context"
	"sync"
)

// pool runs work on several goroutines and passes the results on in
// input order, holding at most a few results ahead of the emitter and at
// most budget bytes of estimated working memory in flight.
type pool struct {
	workers int
	budget  *budget
}

// run runs work(i) for each i of costs (the estimated memory of each) and
// passes the results to emit in index order; it stops at the first emit
// error or when ctx ends.
func (p pool) run(ctx context.Context, costs []int64, work func(int) loadedFile, emit func(loadedFile) error) error {
	n := len(costs)
	workers := Options{Workers: p.workers}.workers(n)
	results := make([]chan loadedFile, n)
	for i := range results {
		results[i] = make(chan loadedFile, 1)
	}
	next := make(chan int)
	window := make(chan struct{}, 4*workers) // results waiting to be emitted
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				r := work(i)
				p.budget.release(costs[i])
				results[i] <- r
			}
		})
	}
	go p.feed(ctx, costs, window, next)
	err := emitInOrder(ctx, results, func(r loadedFile) error {
		<-window
		return emit(r)
	})
	if ctx.Err() != nil && err == ctx.Err() {
		// interrupted: return at once; files being extracted finish in
		// the background (their results go to buffered channels)
		return err
	}
	cancel()
	wg.Wait()
	return err
}

// feed hands out indexes while the window and the budget allow.
func (p pool) feed(ctx context.Context, costs []int64, window chan struct{}, next chan<- int) {
	defer close(next)
	for i, c := range costs {
		select {
		case window <- struct{}{}:
		case <-ctx.Done():
			return
		}
		if !p.budget.acquire(ctx, c) {
			return
		}
		select {
		case next <- i:
		case <-ctx.Done():
			p.budget.release(c)
			return
		}
	}
}

func emitInOrder(ctx context.Context, results []chan loadedFile, emit func(loadedFile) error) error {
	for _, ch := range results {
		if err := ctx.Err(); err != nil {
			return err
		}
		select {
		case r := <-ch:
			if err := emit(r); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// budget is a count of bytes shared by the workers.
type budget struct {
	mu    sync.Mutex
	total int64
	used  int64
	freed chan struct{} // signalled when bytes are released
	peak  int64         // the most ever in use, for tests
}

func newBudget(total int64) *budget {
	return &budget{total: max(total, 1), freed: make(chan struct{}, 1)}
}

// clip caps a cost at the whole budget, so that any file can run (alone).
func (b *budget) clip(n int64) int64 { return min(n, b.total) }

// acquire waits until n bytes are free (or ctx ends: false) and takes them.
func (b *budget) acquire(ctx context.Context, n int64) bool {
	n = b.clip(n)
	for {
		b.mu.Lock()
		if b.used+n <= b.total {
			b.used += n
			b.peak = max(b.peak, b.used)
			b.mu.Unlock()
			return true
		}
		b.mu.Unlock()
		select {
		case <-b.freed:
		case <-ctx.Done():
			return false
		}
	}
}

// release gives back n bytes taken with acquire.
func (b *budget) release(n int64) {
	b.mu.Lock()
	b.used -= b.clip(n)
	b.mu.Unlock()
	select {
	case b.freed <- struct{}{}:
	default:
	}
}
