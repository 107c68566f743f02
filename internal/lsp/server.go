// Package lsp is quotecheck's language server: it checks the quotations
// of the Markdown, HTML and text documents an editor has open against
// the wire copy that .quotecheck.yaml names (its against: list), and
// gives the findings of `quotecheck check` as diagnostics, a code action
// that puts the source's wording in, and a hover that shows the source.
//
// It speaks the Language Server Protocol 3.16 over one stream (standard
// input and output for `quotecheck lsp`), with the protocol types and
// method dispatch of github.com/tliron/glsp and the JSON-RPC 2.0
// connection of github.com/sourcegraph/jsonrpc2.
package lsp

import (
	"context"
	"fmt"
	"io"
	"log"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"

	"github.com/quotecheck/quotecheck/check"
	"github.com/quotecheck/quotecheck/sources"
	"github.com/sourcegraph/jsonrpc2"
	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// Name is the server's name, as initialize gives it.
const Name = "quotecheck"

// Server is a language server for one client connection.
type Server struct {
	// Version is given to the client in initialize's serverInfo.
	Version string
	// Log receives the server's log lines (problems reading sources,
	// configuration errors); nil discards them.
	Log io.Writer
	// Web fetches the sources 'against:' names by URL; nil fetches with
	// the defaults, cached in sources.DefaultCacheDir.
	Web *sources.Web

	mu      sync.Mutex
	handler protocol.Handler
	conn    *jsonrpc2.Conn
	root    string // the workspace's directory, for documents that are not files
	docs    map[protocol.DocumentUri]*document
	wires   map[string]*wireState // by configuration file
	told    map[string]string     // the last configuration problem shown, by configuration file
	now     func() time.Time
}

// New makes a server.
func New() *Server {
	s := &Server{docs: map[protocol.DocumentUri]*document{}, wires: map[string]*wireState{}, told: map[string]string{}, now: time.Now}
	s.handler = protocol.Handler{
		Initialize:            s.initialize,
		Initialized:           func(*glsp.Context, *protocol.InitializedParams) error { return nil },
		Shutdown:              func(*glsp.Context) error { return nil },
		Exit:                  func(*glsp.Context) error { return nil },
		SetTrace:              func(*glsp.Context, *protocol.SetTraceParams) error { return nil },
		CancelRequest:         func(*glsp.Context, *protocol.CancelParams) error { return nil },
		TextDocumentDidOpen:   s.didOpen,
		TextDocumentDidChange: s.didChange,
		TextDocumentDidSave:   s.didSave,
		TextDocumentDidClose:  s.didClose,
		TextDocumentCodeAction: func(_ *glsp.Context, p *protocol.CodeActionParams) (any, error) {
			return s.codeActions(p), nil
		},
		TextDocumentHover: func(_ *glsp.Context, p *protocol.HoverParams) (*protocol.Hover, error) {
			return s.hover(p), nil
		},
	}
	return s
}

// Serve answers the client on stream until the client exits, the stream
// ends or ctx does. Requests are handled one at a time, in order.
func (s *Server) Serve(ctx context.Context, stream io.ReadWriteCloser) error {
	h := jsonrpc2.HandlerWithError(s.handle)
	logger := log.New(io.Discard, "", 0)
	if s.Log != nil {
		logger = log.New(s.Log, "quotecheck lsp: ", 0)
	}
	conn := jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(stream, jsonrpc2.VSCodeObjectCodec{}), h, jsonrpc2.SetLogger(logger))
	select {
	case <-conn.DisconnectNotify():
	case <-ctx.Done():
		conn.Close()
		return ctx.Err()
	}
	return nil
}

// handle dispatches one request or notification to the protocol handler,
// as glsp's own server does, and closes the connection on exit. A panic
// in a handler is logged and answered as an error, so that one bad
// document does not stop the server.
func (s *Server) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (r any, err error) {
	defer func() {
		if p := recover(); p != nil {
			s.logf("internal error handling %s: %v\n%s", req.Method, p, debug.Stack())
			r, err = nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: fmt.Sprintf("quotecheck: internal error: %v", p)}
		}
	}()
	gctx := glsp.Context{
		Method: req.Method,
		Notify: func(method string, params any) { _ = conn.Notify(ctx, method, params) },
		Call:   func(string, any, any) {}, // the server asks the client nothing
	}
	if req.Params != nil {
		gctx.Params = *req.Params
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.conn = conn
	r, validMethod, validParams, err := s.handler.Handle(&gctx)

	switch {
	case req.Method == "exit":
		return nil, conn.Close()
	case !validMethod:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "method not supported: " + req.Method}
	case !validParams:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: fmt.Sprint(err)}
	case err != nil:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidRequest, Message: err.Error()}
	}
	return r, nil
}

func (s *Server) initialize(_ *glsp.Context, p *protocol.InitializeParams) (any, error) {
	switch {
	case len(p.WorkspaceFolders) > 0:
		s.root = uriPath(p.WorkspaceFolders[0].URI)
	case p.RootURI != nil:
		s.root = uriPath(*p.RootURI)
	case p.RootPath != nil:
		s.root = *p.RootPath
	}
	caps := s.handler.CreateServerCapabilities()
	full, yes := protocol.TextDocumentSyncKindFull, true
	caps.TextDocumentSync = &protocol.TextDocumentSyncOptions{OpenClose: &yes, Change: &full, Save: true}
	version := s.Version
	return protocol.InitializeResult{Capabilities: caps, ServerInfo: &protocol.InitializeResultServerInfo{Name: Name, Version: &version}}, nil
}

// configFor gives the configuration file that governs a document: the
// .quotecheck.yaml found from its directory up, else from the workspace's.
func (s *Server) configFor(path string) string {
	if path != "" {
		if c := check.FindConfig(filepath.Dir(path)); c != "" {
			return c
		}
	}
	if s.root != "" {
		return check.FindConfig(s.root)
	}
	return ""
}

func (s *Server) notify(method string, params any) {
	if s.conn != nil {
		_ = s.conn.Notify(context.Background(), method, params)
	}
}

// tell shows the user a problem with a configuration once, until it
// changes.
func (s *Server) tell(config string, err error) {
	msg := ""
	if err != nil {
		msg = "quotecheck: " + err.Error()
	}
	if s.told[config] == msg {
		return
	}
	s.told[config] = msg
	if msg != "" {
		s.logf("%v", err) // the log has its own prefix
		s.notify(protocol.ServerWindowShowMessage, protocol.ShowMessageParams{Type: protocol.MessageTypeWarning, Message: msg})
	}
}

func (s *Server) logf(format string, args ...any) {
	if s.Log != nil {
		fmt.Fprintf(s.Log, "quotecheck lsp: "+format+"\n", args...)
	}
}
