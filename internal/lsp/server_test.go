package lsp

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotecheck/quotecheck/internal/golden"
	"github.com/quotecheck/quotecheck/sources"
	"github.com/sourcegraph/jsonrpc2"
	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// pipe is one end of a two-way connection made of two io.Pipes.
type pipe struct {
	io.Reader
	io.WriteCloser
}

func (p pipe) Close() error { return p.WriteCloser.Close() }

// client is a JSON-RPC client speaking to a server over pipes, as an
// editor does over the server's standard streams.
type client struct {
	t     testing.TB
	conn  *jsonrpc2.Conn
	diags chan published
	shown chan string // window/showMessage messages
	srv   *Server
}

// published is a publishDiagnostics notification as the client reads it.
type published struct {
	URI         protocol.DocumentUri `json:"uri"`
	Diagnostics []diagnostic         `json:"diagnostics"`
}

// diagnostic is a published diagnostic as the client reads it.
type diagnostic struct {
	Range    protocol.Range `json:"range"`
	Severity int            `json:"severity"`
	Code     string         `json:"code"`
	Source   string         `json:"source"`
	Message  string         `json:"message"`
}

func startServer(t testing.TB, root string) *client {
	t.Helper()
	clientR, serverW := io.Pipe()
	serverR, clientW := io.Pipe()
	srv := New()
	srv.Web = sources.NewWeb(sources.WebOptions{CacheDir: t.TempDir()})
	clock := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	srv.now = func() time.Time { return clock }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, pipe{serverR, serverW}) }()
	c := &client{t: t, diags: make(chan published, 16), shown: make(chan string, 16), srv: srv}
	handler := jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
		if req.Method == string(protocol.ServerTextDocumentPublishDiagnostics) {
			var p published
			if err := json.Unmarshal(*req.Params, &p); err != nil {
				t.Errorf("publishDiagnostics: %v", err)
			}
			c.diags <- p
		}
		if req.Method == string(protocol.ServerWindowShowMessage) {
			var p protocol.ShowMessageParams
			if err := json.Unmarshal(*req.Params, &p); err != nil {
				t.Errorf("showMessage: %v", err)
			}
			c.shown <- p.Message
		}
		return nil, nil
	})
	c.conn = jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(pipe{clientR, clientW}, jsonrpc2.VSCodeObjectCodec{}), handler)
	t.Cleanup(func() {
		var none any
		if err := c.conn.Call(ctx, "shutdown", nil, &none); err != nil {
			t.Errorf("shutdown: %v", err)
		}
		_ = c.conn.Notify(ctx, "exit", nil)
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Serve: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("the server did not stop on exit")
		}
		cancel()
		c.conn.Close()
	})
	rootURI := fileURI(root)
	var init protocol.InitializeResult
	c.call("initialize", protocol.InitializeParams{RootURI: &rootURI}, &init)
	if init.ServerInfo == nil || init.ServerInfo.Name != "quotecheck" {
		t.Fatalf("initialize: server info %+v", init.ServerInfo)
	}
	c.notify("initialized", struct{}{})
	return c
}

// advance moves the server's clock on, past the time it trusts the
// wire's files without looking at them.
func (c *client) advance() { c.advanceBy(recheckEvery + time.Second) }

// advanceBy moves the server's clock on by d.
func (c *client) advanceBy(d time.Duration) {
	c.srv.mu.Lock()
	now := c.srv.now().Add(d)
	c.srv.now = func() time.Time { return now }
	c.srv.mu.Unlock()
}

func (c *client) call(method string, params, result any) {
	c.t.Helper()
	if err := c.conn.Call(context.Background(), method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// published waits for the diagnostics of uri.
func (c *client) published(uri protocol.DocumentUri) []diagnostic {
	c.t.Helper()
	for {
		select {
		case p := <-c.diags:
			if p.URI != uri {
				continue
			}
			return p.Diagnostics
		case <-time.After(20 * time.Second):
			c.t.Fatalf("no diagnostics for %s", uri)
		}
	}
}

func (c *client) open(uri protocol.DocumentUri, text string) []diagnostic {
	c.t.Helper()
	c.notify("textDocument/didOpen", protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{URI: uri, LanguageID: "markdown", Version: 1, Text: text}})
	return c.published(uri)
}

func (c *client) change(uri protocol.DocumentUri, version int, text string) []diagnostic {
	c.t.Helper()
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": version},
		"contentChanges": []map[string]any{{"text": text}},
	})
	return c.published(uri)
}

func fileURI(path string) protocol.DocumentUri {
	return protocol.DocumentUri("file://" + filepath.ToSlash(path))
}

// workspace lays out a project: wire copy named by a glob in the root's
// .quotecheck.yaml, and a folder with its own configuration naming a
// briefing transcript.
func workspace(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for _, dir := range []string{".git", "wire", "briefing"} {
		if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	copyFile(t, "../../testdata/example/wire/coast-daily-2025-03-02.txt", filepath.Join(root, "wire", "coast-daily-2025-03-02.txt"))
	copyFile(t, "../../testdata/example/wire/harbour-gazette-2025-03-02.txt", filepath.Join(root, "wire", "harbour-gazette-2025-03-02.txt"))
	copyFile(t, "../../testdata/transcripts/briefing-2026-02-12.md", filepath.Join(root, "briefing", "transcript-2026-02-12.md"))
	writeFile(t, filepath.Join(root, ".quotecheck.yaml"), "against:\n  - wire/*.txt\n")
	writeFile(t, filepath.Join(root, "briefing", ".quotecheck.yaml"), "against: transcript-*.md\n")
	return root
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, to, string(b))
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// The draft's line starts with characters of two and four UTF-8 bytes
// (one UTF-16 unit each) and one outside the Basic Multilingual Plane
// (two UTF-16 units): the range is counted in UTF-16 units.
const misquote = "# Bridge closure\n\n" +
	"Ünïcödé 🎉 note: \"Nobody told us anything until this evening,\" said Tomas Reyes, a baker.\n"

func TestServerDiagnosesAndClears(t *testing.T) {
	root := workspace(t)
	c := startServer(t, root)
	uri := fileURI(filepath.Join(root, "draft.md"))

	ds := c.open(uri, misquote)
	if len(ds) != 1 {
		t.Fatalf("diagnostics: %+v", ds)
	}
	d := ds[0]
	// "Ünïcödé 🎉 note: \"" is 7+1+2+1+5+1+1 = 18 UTF-16 units
	want := protocol.Range{Start: protocol.Position{Line: 2, Character: 18}, End: protocol.Position{Line: 2, Character: 18 + 43}}
	if d.Range != want {
		t.Errorf("range %+v, want %+v", d.Range, want)
	}
	if d.Severity != int(protocol.DiagnosticSeverityError) || d.Code != "substituted" || d.Source != "quotecheck" {
		t.Errorf("severity %d, code %q, source %q", d.Severity, d.Code, d.Source)
	}
	if !strings.Contains(d.Message, "until this [-morning-][+evening+]") {
		t.Errorf("message %q", d.Message)
	}

	fixed := strings.Replace(misquote, "this evening,", "this morning,", 1)
	if ds := c.change(uri, 2, fixed); len(ds) != 0 {
		t.Errorf("after the fix: %+v", ds)
	}
}

func TestServerCodeActionAndHover(t *testing.T) {
	root := workspace(t)
	c := startServer(t, root)
	uri := fileURI(filepath.Join(root, "draft.md"))
	ds := c.open(uri, misquote)
	if len(ds) != 1 {
		t.Fatalf("diagnostics: %+v", ds)
	}

	var actions []protocol.CodeAction
	c.call("textDocument/codeAction", protocol.CodeActionParams{TextDocument: protocol.TextDocumentIdentifier{URI: uri},
		Range: protocol.Range{Start: protocol.Position{Line: 2, Character: 30}, End: protocol.Position{Line: 2, Character: 30}}}, &actions)
	if len(actions) != 2 || actions[0].Edit == nil || actions[1].Edit == nil {
		t.Fatalf("code actions: %+v", actions)
	}
	accept := actions[1].Edit.Changes[uri]
	if len(accept) != 1 || accept[0].Range.Start != (protocol.Position{Line: 2}) || accept[0].NewText != "<!-- quotecheck-disable-next-line -->\n" {
		t.Errorf("accept: %+v", accept)
	}
	edits := actions[0].Edit.Changes[uri]
	if len(edits) != 1 || edits[0].NewText != "Nobody told us anything until this morning," || edits[0].Range != ds[0].Range {
		t.Errorf("edits: %+v", edits)
	}
	if want := `Use the wording of coast-daily-2025-03-02.txt: "Nobody told us anything until this morning,"`; actions[0].Title != want {
		t.Errorf("title %q, want %q", actions[0].Title, want)
	}

	// accepting the quotation leaves it unreported
	accepted := "# Bridge closure\n\n<!-- quotecheck-disable-next-line -->\n" + strings.TrimPrefix(misquote, "# Bridge closure\n\n")
	if ds := c.change(uri, 2, accepted); len(ds) != 0 {
		t.Errorf("after accepting: %+v", ds)
	}

	// applying the edit gives a draft that is confirmed
	l := newLines(misquote)
	start, end := l.offset(edits[0].Range.Start), l.offset(edits[0].Range.End)
	if ds := c.change(uri, 3, misquote[:start]+edits[0].NewText+misquote[end:]); len(ds) != 0 {
		t.Errorf("after the code action: %+v", ds)
	}
	var hover struct {
		Contents protocol.MarkupContent `json:"contents"`
		Range    protocol.Range         `json:"range"`
	}
	c.call("textDocument/hover", protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: uri}, Position: protocol.Position{Line: 2, Character: 20}}}, &hover)
	for _, want := range []string{
		"**quotecheck: confirmed**",
		"> Nobody told us anything until this morning,\n",
		"harbour-gazette, *Harbour bridge to close for repairs*, 2025-03-02 — `" + filepath.Join(root, "wire", "harbour-gazette-2025-03-02.txt") + ":7:44`",
	} {
		if !strings.Contains(hover.Contents.Value, want) {
			t.Errorf("hover lacks %q:\n%s", want, hover.Contents.Value)
		}
	}
}

func TestServerHoverTranscriptTurn(t *testing.T) {
	root := workspace(t)
	c := startServer(t, root)
	uri := fileURI(filepath.Join(root, "briefing", "note.md"))
	ds := c.open(uri, "\"They make that call, not you,\" Dana Whitfield said of the labor board.\n")
	if len(ds) != 1 || ds[0].Range.Start != (protocol.Position{Line: 0, Character: 1}) {
		t.Fatalf("diagnostics: %+v", ds)
	}
	var hover struct {
		Contents protocol.MarkupContent `json:"contents"`
	}
	c.call("textDocument/hover", protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: uri}, Position: protocol.Position{Line: 0, Character: 5}}}, &hover)
	golden.CheckString(t, "testdata/hover-transcript.golden", strings.ReplaceAll(hover.Contents.Value, root, "ROOT"))
	if want := `answering Q: "Is the state still planning to fine the union?"`; !strings.Contains(hover.Contents.Value, want) {
		t.Errorf("hover lacks %q:\n%s", want, hover.Contents.Value)
	}
}

// Wire copy added under the configuration's glob is read on the next
// check once the server looks at the files again.
func TestServerReloadsWire(t *testing.T) {
	root := workspace(t)
	c := startServer(t, root)
	uri := fileURI(filepath.Join(root, "late.md"))
	draft := "\"The night bus will run until midnight,\" said driver Ines Okafor.\n"
	ds := c.open(uri, draft)
	if len(ds) != 1 || ds[0].Code != "not-found" {
		t.Fatalf("before: %+v", ds)
	}
	writeFile(t, filepath.Join(root, "wire", "late-2025-03-03.txt"), "Buses\n\n\"The night bus will run until midnight,\" said driver Ines Okafor.\n")
	if ds := c.change(uri, 2, draft); len(ds) != 1 {
		t.Fatalf("the wire was read again before its time: %+v", ds)
	}
	c.advance()
	if ds := c.change(uri, 3, draft); len(ds) != 0 {
		t.Errorf("after the wire changed: %+v", ds)
	}
}

// A handler that panics is answered with an error, and the server goes on.
func TestServerSurvivesPanic(t *testing.T) {
	root := workspace(t)
	c := startServer(t, root)
	c.srv.mu.Lock()
	c.srv.handler.TextDocumentHover = func(*glsp.Context, *protocol.HoverParams) (*protocol.Hover, error) {
		var d *document
		return &protocol.Hover{Contents: d.text}, nil // a nil dereference
	}
	c.srv.mu.Unlock()
	var hover any
	err := c.conn.Call(context.Background(), "textDocument/hover", protocol.HoverParams{}, &hover)
	if err == nil || !strings.Contains(err.Error(), "internal error") {
		t.Errorf("hover: %v", err)
	}
	if ds := c.open(fileURI(filepath.Join(root, "draft.md")), misquote); len(ds) != 1 {
		t.Errorf("after the panic: %+v", ds)
	}
}

// A bad configuration is shown once, naming file, line and key, and the
// document gets no diagnostics; a document of another language is not
// checked; closing a document clears its diagnostics.
func TestServerConfigProblemsAndClose(t *testing.T) {
	root := workspace(t)
	writeFile(t, filepath.Join(root, ".quotecheck.yaml"), "against: wire/\nfail_on: sometimes\n")
	c := startServer(t, root)
	uri := fileURI(filepath.Join(root, "draft.md"))
	if ds := c.open(uri, misquote); len(ds) != 0 {
		t.Errorf("diagnostics with a bad configuration: %+v", ds)
	}
	select {
	case msg := <-c.shown:
		if want := `.quotecheck.yaml:2: fail_on: unknown value "sometimes"`; !strings.Contains(msg, want) {
			t.Errorf("shown %q, want it to hold %q", msg, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the bad configuration was not shown")
	}
	if ds := c.change(uri, 2, misquote+"\n"); len(ds) != 0 {
		t.Errorf("diagnostics with a bad configuration: %+v", ds)
	}
	select {
	case msg := <-c.shown:
		t.Errorf("shown again: %q", msg)
	default:
	}

	writeFile(t, filepath.Join(root, ".quotecheck.yaml"), "against: wire/\n")
	c.advance()
	if ds := c.change(uri, 3, misquote); len(ds) != 1 {
		t.Errorf("after the configuration was mended: %+v", ds)
	}
	c.notify("textDocument/didOpen", protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: fileURI(filepath.Join(root, "main.go")), LanguageID: "go", Version: 1, Text: "package main // \"Nobody told us,\" said Reyes.\n"}})
	c.notify("textDocument/didClose", protocol.DidCloseTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: uri}})
	if ds := c.published(uri); len(ds) != 0 {
		t.Errorf("after close: %+v", ds)
	}
	c.srv.mu.Lock()
	n := len(c.srv.docs)
	c.srv.mu.Unlock()
	if n != 0 {
		t.Errorf("%d documents held after close (the Go file should never be)", n)
	}
}

// A document that is no file yet is checked against the workspace's
// configuration, its format taken from its language.
func TestServerUntitledDocument(t *testing.T) {
	root := workspace(t)
	c := startServer(t, root)
	uri := protocol.DocumentUri("untitled:Untitled-1")
	ds := c.open(uri, misquote)
	if len(ds) != 1 || ds[0].Range.Start != (protocol.Position{Line: 2, Character: 18}) {
		t.Errorf("diagnostics: %+v", ds)
	}
}

// The quick fix on a quotation interrupted by its attribution edits each
// part and leaves the attribution alone.
func TestServerCodeActionInterrupted(t *testing.T) {
	root := workspace(t)
	c := startServer(t, root)
	uri := fileURI(filepath.Join(root, "draft.md"))
	text := "\"Nobody told us anything,\" said Tomas Reyes, \"until this evening.\"\n"
	ds := c.open(uri, text)
	if len(ds) != 1 {
		t.Fatalf("diagnostics: %+v", ds)
	}
	var actions []protocol.CodeAction
	c.call("textDocument/codeAction", protocol.CodeActionParams{TextDocument: protocol.TextDocumentIdentifier{URI: uri}, Range: ds[0].Range}, &actions)
	if len(actions) != 2 {
		t.Fatalf("code actions: %+v", actions)
	}
	edits := actions[0].Edit.Changes[uri]
	l := newLines(text)
	got := text
	for i := len(edits) - 1; i >= 0; i-- {
		got = got[:l.offset(edits[i].Range.Start)] + edits[i].NewText + got[l.offset(edits[i].Range.End):]
	}
	if want := "\"Nobody told us anything,\" said Tomas Reyes, \"until this morning.\"\n"; got != want || len(edits) != 2 {
		t.Errorf("%d edits give %q, want %q", len(edits), got, want)
	}
	if ds := c.change(uri, 2, got); len(ds) != 0 {
		t.Errorf("after the code action: %+v", ds)
	}
}

// An article named by URL in 'against:' is fetched (from a local test
// server), and fetched again once the server has kept it refetchEvery,
// so that a corrected page shows.
func TestServerFetchesURLSources(t *testing.T) {
	page := func(words string) string {
		return "<!doctype html><html><head><title>Dock reopens</title><meta property=\"og:site_name\" content=\"Bay Courier\"></head><body><article><h1>Dock reopens</h1>" +
			"<p>Ferries will return to the east dock on Monday, the city said on Thursday, after the winter storms.</p>" +
			"<p>\"" + words + ",\" Mayor Tomas Reyna said.</p>" +
			"<p>The sea wall repairs will continue at night, the harbour office said in a statement.</p></article></body></html>"
	}
	var mu sync.Mutex
	body := page("We will open the dock on Monday and keep it open all season")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, body)
	}))
	defer srv.Close()
	root := workspace(t)
	writeFile(t, filepath.Join(root, ".quotecheck.yaml"), "against:\n  - "+srv.URL+"/dock.html\n")
	c := startServer(t, root)
	uri := fileURI(filepath.Join(root, "dock.md"))
	draft := "\"We will open the dock on Tuesday and keep it open all season,\" said Mayor Tomas Reyna.\n"
	ds := c.open(uri, draft)
	if len(ds) != 1 || !strings.Contains(ds[0].Message, "differs from "+srv.URL+"/dock.html") {
		t.Fatalf("diagnostics: %+v", ds)
	}

	mu.Lock()
	body = page("We will open the dock on Tuesday and keep it open all season")
	mu.Unlock()
	c.advance()
	if ds := c.change(uri, 2, draft); len(ds) != 1 {
		t.Fatalf("fetched again before its time: %+v", ds)
	}
	c.advanceBy(refetchEvery)
	if ds := c.change(uri, 3, draft); len(ds) != 0 {
		t.Errorf("after the page was corrected: %+v", ds)
	}
}

// A configuration problem is written to the log with the log's own
// prefix, not the editor message's "quotecheck: " after it.
func TestServerLogsProblemPrefixedOnce(t *testing.T) {
	root := workspace(t)
	writeFile(t, filepath.Join(root, ".quotecheck.yaml"), "fail_on: error\n")
	c := startServer(t, root)
	var log strings.Builder
	c.srv.mu.Lock()
	c.srv.Log = &log
	c.srv.mu.Unlock()
	c.open(fileURI(filepath.Join(root, "draft.md")), misquote)
	select {
	case <-c.shown:
	case <-time.After(5 * time.Second):
		t.Fatal("the configuration without against was not shown")
	}
	c.srv.mu.Lock()
	got := log.String()
	c.srv.mu.Unlock()
	if want := "quotecheck lsp: " + filepath.Join(root, ".quotecheck.yaml") + " names no wire copy"; !strings.HasPrefix(got, want) {
		t.Errorf("log %q, want it to start %q", got, want)
	}
}
