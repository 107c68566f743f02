package main

import (
	"fmt"
	"strings"
	"testing"
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
