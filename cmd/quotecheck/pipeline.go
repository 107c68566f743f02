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
// calls emit for each, in input order, as soon as its turn comes. Only a
// few files are in flight at once, so memory does not grow with the input.
func eachArticle(ctx context.Context, paths []string, stdin io.Reader, stderr io.Writer, emit func(article) error, failed *int) error {
	files, errs := sources.Files(paths)
	report := func(err error) {
		*failed++
		fmt.Fprintf(stderr, "quotecheck: %v\n", err)
	}
	for _, err := range errs {
		report(err)
	}
	ids := sources.FileIDs(files)
	opts := sources.Options{Stdin: stdin}
	bar := newProgress(stderr, len(files), "extracting")
	defer bar.Finish()
	ex := extractor()
	emitted := 0
	err := parallelOrdered(ctx, len(files), func(i int) loadedFile {
		return extractFile(ex, files[i], ids[i], opts)
	}, func(lf loadedFile) error {
		bar.Add(1)
		if lf.err != nil {
			for _, err := range splitErrors(lf.err) {
				report(err)
			}
		}
		for _, a := range lf.articles {
			for _, w := range a.warns {
				fmt.Fprintf(stderr, "%s: warning: %s\n", position(w.Path, w.Line, w.Column), w.Message)
			}
			emitted++
			if err := emit(a); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil && emitted == 0 {
		err = errors.New("no articles could be read")
	}
	return err
}

// loadedFile is what one file held: its articles, extracted, and any
// problem reading it.
type loadedFile struct {
	articles []article
	err      error
}

// extractFile loads one file, names its sources, and extracts each.
func extractFile(ex *quotes.Extractor, path, id string, opts sources.Options) loadedFile {
	srcs, err := sources.Load(path, opts)
	sources.Name(srcs, id)
	lf := loadedFile{err: err}
	for _, src := range srcs {
		if src.Transcript != nil { // a transcript is the record quotations are checked against, not quoted text
			lf.articles = append(lf.articles, article{src: src})
			continue
		}
		qs, ws := ex.Extract(src)
		lf.articles = append(lf.articles, article{src: src, quotes: qs, warns: ws})
	}
	return lf
}

// splitErrors unpacks an error joined with errors.Join.
func splitErrors(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// parallelOrdered runs work(0..n-1) on all cores and passes the results to
// emit in index order, with at most a few results waiting at a time; it
// stops at the first emit error or when ctx ends.
func parallelOrdered[T any](ctx context.Context, n int, work func(int) T, emit func(T) error) error {
	workers := min(runtime.GOMAXPROCS(0), max(n, 1))
	results := make([]chan T, n)
	for i := range results {
		results[i] = make(chan T, 1)
	}
	next := make(chan int)
	window := make(chan struct{}, 4*workers) // results waiting to be emitted
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
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	err := emitInOrder(ctx, results, func(r T) error {
		<-window
		return emit(r)
	})
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
