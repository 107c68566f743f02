package lsp

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/check"
	"github.com/quotecheck/quotecheck/internal/corpus"
)

// benchWorkspace writes 50 generated wire articles (10 stories, five
// outlets each) under root/wire and gives a Markdown draft of about
// 2,000 words made of a sixth outlet's articles on the same stories, so
// that its quotations are the wire's, some reworded.
func benchWorkspace(b testing.TB, stories int) (root, draft string) {
	b.Helper()
	c, err := corpus.Generate(corpus.Config{Stories: stories, Outlets: 6, Seed: 22, Formats: []string{"text"}})
	if err != nil {
		b.Fatal(err)
	}
	root = b.TempDir()
	for _, dir := range []string{".git", "wire"} {
		if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
			b.Fatal(err)
		}
	}
	byStory := map[string]int{}
	var paras []string
	for _, a := range c.Articles {
		story, _, _ := strings.Cut(a.Name, "-")
		byStory[story]++
		if byStory[story] <= 5 {
			if err := os.WriteFile(filepath.Join(root, "wire", a.Name), a.Content, 0o644); err != nil {
				b.Fatal(err)
			}
			continue
		}
		paras = append(paras, strings.Split(strings.TrimSpace(string(a.Content)), "\n\n")[1:]...) // without the headline
	}
	if err := os.WriteFile(filepath.Join(root, ".quotecheck.yaml"), []byte("against: wire/*.txt\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	words, n := []string{"# Draft"}, 0
	for i := 0; n < 200*stories; i++ {
		p := paras[i%len(paras)]
		words = append(words, p)
		n += len(strings.Fields(p))
	}
	return root, strings.Join(words, "\n\n") + "\n"
}

// The server's diagnostics are the findings `check` reports on the same
// draft: same severities, kinds (as the code) and messages, in order.
func TestDiagnosticsAgreeWithCheck(t *testing.T) {
	root, draft := benchWorkspace(t, 4)
	path := filepath.Join(root, "draft.md")
	if err := os.WriteFile(path, []byte(draft), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := check.LoadConfig(filepath.Join(root, ".quotecheck.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := quotecheck.CheckPaths(context.Background(), cfg, cfg.Against, []string{path}, quotecheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, f := range res.Findings {
		if f.Status != check.StatusConfirmed && f.Severity > align.None {
			want = append(want, fmt.Sprintf("%d %s %s %s", f.Line-1, f.Severity, strings.Join(f.Kinds(), ","), f.Message))
		}
	}
	c := startServer(t, root)
	var got []string
	for _, d := range c.open(fileURI(path), draft) {
		sev := map[int]string{1: "error", 2: "warning", 3: "info"}[d.Severity]
		got = append(got, fmt.Sprintf("%d %s %s %s", d.Range.Start.Line, sev, d.Code, d.Message))
	}
	t.Logf("%d findings reported", len(want))
	if len(want) < 3 {
		t.Fatalf("check found only %d quotations to report; the draft tests little", len(want))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\ncheck:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// BenchmarkDiagnostics times a 2,000-word draft's diagnostics against 50
// wire articles once they are loaded: a didChange sent by a JSON-RPC
// client over pipes until the diagnostics are back.
func BenchmarkDiagnostics(b *testing.B) {
	root, draft := benchWorkspace(b, 10)
	c := startServer(b, root)
	uri := fileURI(filepath.Join(root, "draft.md"))
	ds := c.open(uri, draft)
	version := 2
	for b.Loop() {
		c.change(uri, version, draft)
		version++
	}
	c.srv.mu.Lock()
	defer c.srv.mu.Unlock()
	wire := c.srv.wires[filepath.Join(root, ".quotecheck.yaml")]
	b.ReportMetric(float64(len(wire.wire.Corpus.Sources)), "wire-articles")
	b.ReportMetric(float64(len(strings.Fields(draft))), "draft-words")
	b.ReportMetric(float64(len(ds)), "diagnostics")
	b.ReportMetric(float64(len(c.srv.docs[uri].findings)), "quotations")
}
