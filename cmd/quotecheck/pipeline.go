package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// collection is what the articles under some paths hold.
type collection struct {
	Sources  []*sources.Source
	Quotes   []quotes.Quote
	Warnings []quotes.Warning
	Failed   int // files (or records) that could not be read
}

// article is one source with what extraction found in it.
type article struct {
	src    *sources.Source
	quotes []quotes.Quote
	warns  []quotes.Warning
}

// loadCorpus reads the articles under paths and extracts their quotations,
// files in parallel. Problems with single files are printed to stderr and
// counted in Failed; the error is set only when no article could be read.
func loadCorpus(ctx context.Context, paths []string, stdin io.Reader, stderr io.Writer) (*collection, error) {
	c := &collection{}
	err := eachArticle(ctx, paths, stdin, stderr, func(a article) error {
		c.Sources = append(c.Sources, a.src)
		c.Quotes = append(c.Quotes, a.quotes...)
		c.Warnings = append(c.Warnings, a.warns...)
		return nil
	}, &c.Failed)
	return c, err
}

// eachArticle loads and extracts every article under paths in parallel and
// calls emit for each, in input order, as soon as its turn comes.
func eachArticle(ctx context.Context, paths []string, stdin io.Reader, stderr io.Writer, emit func(article) error, failed *int) error {
	srcs := loadSources(ctx, paths, stdin, stderr, failed)
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(srcs) == 0 {
		return errors.New("no articles could be read")
	}
	bar := newProgress(stderr, len(srcs), "extracting")
	defer bar.Finish()
	ex := extractor()
	return parallelOrdered(ctx, len(srcs), func(i int) article {
		qs, ws := ex.Extract(srcs[i])
		return article{src: srcs[i], quotes: qs, warns: ws}
	}, func(a article) error {
		bar.Add(1)
		for _, w := range a.warns {
			fmt.Fprintf(stderr, "%s: warning: %s\n", position(w.Path, w.Line, w.Column), w.Message)
		}
		return emit(a)
	})
}

// loadSources lists and reads the files under paths in parallel, reporting
// each one that fails, and gives the sources their IDs.
func loadSources(ctx context.Context, paths []string, stdin io.Reader, stderr io.Writer, failed *int) []*sources.Source {
	files, errs := sources.Files(paths)
	report := func(err error) {
		*failed++
		fmt.Fprintf(stderr, "quotecheck: %v\n", err)
	}
	for _, err := range errs {
		report(err)
	}
	opts := sources.Options{Stdin: stdin}
	type loaded struct {
		srcs []*sources.Source
		err  error
	}
	var all []*sources.Source
	_ = parallelOrdered(ctx, len(files), func(i int) loaded {
		srcs, err := sources.Load(files[i], opts)
		return loaded{srcs, err}
	}, func(l loaded) error {
		if l.err != nil {
			for _, err := range splitErrors(l.err) {
				report(err)
			}
		}
		all = append(all, l.srcs...)
		return nil
	})
	sources.Assign(all)
	return all
}

// splitErrors unpacks an error joined with errors.Join.
func splitErrors(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// parallelOrdered runs work(0..n-1) on all cores and passes the results to
// emit in index order; it stops at the first emit error or when ctx ends.
func parallelOrdered[T any](ctx context.Context, n int, work func(int) T, emit func(T) error) error {
	workers := min(runtime.GOMAXPROCS(0), max(n, 1))
	results := make([]chan T, n)
	for i := range results {
		results[i] = make(chan T, 1)
	}
	next := make(chan int)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] <- work(i)
			}
		}()
	}
	go func() {
		defer close(next)
		for i := 0; i < n; i++ {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	err := emitInOrder(ctx, results, emit)
	cancel()
	wg.Wait()
	return err
}

func emitInOrder[T any](ctx context.Context, results []chan T, emit func(T) error) error {
	for _, ch := range results {
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

var (
	extractorOnce sync.Once
	sharedEx      *quotes.Extractor
)

// extractor gives the process's one Extractor, so the language model loads once.
func extractor() *quotes.Extractor {
	extractorOnce.Do(func() { sharedEx = quotes.NewExtractor() })
	return sharedEx
}

// position formats path:line:col, leaving out what is unknown.
func position(path string, line, col int) string {
	switch {
	case line <= 0:
		return path
	case col <= 0:
		return fmt.Sprintf("%s:%d", path, line)
	}
	return fmt.Sprintf("%s:%d:%d", path, line, col)
}

// failedInputs is the error for a run in which some inputs could not be read.
func failedInputs(n int) error {
	if n == 0 {
		return nil
	}
	return &ExitError{Code: ExitFailure, Err: fmt.Errorf("%d input%s could not be read (see above)", n, plural(n))}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
