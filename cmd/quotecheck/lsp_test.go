package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
)

// frame gives a JSON-RPC message with its Content-Length header, as an
// editor writes it to the server's standard input.
func frame(msg string) string {
	return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(msg), msg)
}

// quotecheck lsp answers on standard output and stops when its input ends.
func TestLSPServesStdio(t *testing.T) {
	in := frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}`) +
		frame(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`) +
		frame(`{"jsonrpc":"2.0","method":"exit"}`)
	stdout, stderr, code := run(t, in, "lsp")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{`"id":1,"result":{"capabilities":{"textDocumentSync":{"openClose":true,"change":1,"save":true}`, `"hoverProvider":true`, `"codeActionProvider":true`, `"serverInfo":{"name":"quotecheck"`, `"id":2,"result":null`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %s:\n%s", want, stdout)
		}
	}
}

func TestLSPTakesNoArguments(t *testing.T) {
	_, stderr, code := run(t, "", "lsp", "draft.md")
	if code != 2 || !strings.Contains(stderr, "lsp: takes no arguments") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// An editor keeps the server's standard input open and waits for each
// answer: quotecheck lsp must send it at once, even though the program's
// standard output is buffered (as main buffers it).
func TestLSPAnswersWhileInputOpen(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	m := &Main{Stdin: inR, Stdout: bufio.NewWriterSize(outW, 64*1024), Stderr: io.Discard}
	done := make(chan error, 1)
	go func() { done <- m.Run(context.Background(), []string{"lsp"}) }()
	go func() {
		_, _ = io.WriteString(inW, frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}`))
	}()
	got := make(chan string, 1)
	go func() {
		buf := make([]byte, 4096)
		n, _ := outR.Read(buf)
		got <- string(buf[:n])
	}()
	select {
	case s := <-got:
		if !strings.HasPrefix(s, "Content-Length: ") {
			t.Errorf("answer to initialize = %q, want a framed message", s)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no answer to initialize while standard input stays open")
	}
	go func() { _, _ = io.Copy(io.Discard, outR) }()
	_, _ = io.WriteString(inW, frame(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`)+frame(`{"jsonrpc":"2.0","method":"exit"}`))
	_ = inW.Close()
	if err := <-done; err != nil {
		t.Errorf("lsp ended with %v", err)
	}
}

// Editors' language clients often start a server with --stdio (the
// transport quotecheck lsp always uses): it is accepted.
func TestLSPAcceptsStdio(t *testing.T) {
	in := frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}`) +
		frame(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`) +
		frame(`{"jsonrpc":"2.0","method":"exit"}`)
	stdout, stderr, code := run(t, in, "lsp", "--stdio")
	if code != 0 || !strings.Contains(stdout, `"serverInfo":{"name":"quotecheck"`) {
		t.Errorf("lsp --stdio: exit %d, stderr %q, stdout %q", code, stderr, stdout)
	}
}
