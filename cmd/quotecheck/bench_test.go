package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"testing"

	"github.com/quotecheck/quotecheck/internal/corpus"
)

// BenchmarkDiffGenerated runs the whole `quotecheck diff --format json` in
// process on generated corpora of growing size (10 outlets a story, all
// three formats), to show how time and memory grow with the article count.
func BenchmarkDiffGenerated(b *testing.B) {
	for _, articles := range []int{1000, 2000, 4000} {
		b.Run(fmt.Sprintf("articles=%d", articles), func(b *testing.B) {
			dir := b.TempDir()
			cfg := corpus.Config{Stories: articles / 10, Outlets: 10, Seed: 1, Formats: []string{"text", "html", "markdown"}}
			if err := corpus.Write(dir, cfg); err != nil {
				b.Fatal(err)
			}
			os.Remove(dir + "/gold.json")
			b.SetBytes(dirSize(b, dir))
			b.ReportAllocs()
			for b.Loop() {
				m := &Main{Stdin: bytes.NewReader(nil), Stdout: io.Discard, Stderr: io.Discard}
				if err := m.Run(context.Background(), []string{"diff", "--format", "json", dir}); err != nil && exitCode(err) != ExitFindings {
					b.Fatal(err)
				}
			}
		})
	}
}

func dirSize(b *testing.B, dir string) int64 {
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, e := range entries {
		if info, err := e.Info(); err == nil {
			n += info.Size()
		}
	}
	return n
}
