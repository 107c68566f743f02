package lsp

import (
	"context"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/check"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// document is an open document and what its last check found.
type document struct {
	uri      protocol.DocumentUri
	path     string // the file it is, "" when it is no file
	name     string // what its findings are checked as: the path, or a name whose extension gives its format
	version  protocol.Integer
	text     string
	lines    *lines
	wire     *quotecheck.Wire // what it was last checked against
	findings []located
}

// located is a finding with its place in the document.
type located struct {
	check.Finding
	parts []protocol.Range // each part of the quotation, the words between its marks
	at    int              // the part the finding points to: where it differs
}

// extByLanguage gives the file extension whose format a language
// identifier stands for, for documents whose name says nothing.
var extByLanguage = map[string]string{"markdown": ".md", "html": ".html", "plaintext": ".txt"}

// checkedExt are the file extensions of documents the server checks.
var checkedExt = map[string]bool{".md": true, ".markdown": true, ".html": true, ".htm": true, ".xhtml": true, ".txt": true, ".text": true}

// uriPath gives the file path of a file: URI, or "" for any other.
func uriPath(uri protocol.DocumentUri) string {
	u, err := url.Parse(string(uri))
	if err != nil || u.Scheme != "file" {
		return ""
	}
	p := u.Path
	if len(p) >= 3 && p[0] == '/' && p[2] == ':' && isLetter(p[1]) {
		p = p[1:] // file:///C:/drafts/a.md is C:/drafts/a.md
	}
	return filepath.FromSlash(p)
}

func isLetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// newDocument makes a document, or nil when it is of a kind not checked.
func newDocument(item protocol.TextDocumentItem) *document {
	d := &document{uri: item.URI, path: uriPath(item.URI), version: item.Version}
	d.name = d.path
	if d.name == "" {
		u, _ := url.Parse(string(item.URI))
		if u != nil {
			d.name = strings.TrimPrefix(u.Opaque+u.Path, "/")
		}
	}
	ext := strings.ToLower(filepath.Ext(d.name))
	if !checkedExt[ext] {
		lang, ok := extByLanguage[item.LanguageID]
		if !ok {
			return nil
		}
		d.name += lang
	}
	d.setText(item.Text)
	return d
}

func (d *document) setText(text string) {
	d.text, d.lines = text, newLines(text)
}

func (s *Server) didOpen(_ *glsp.Context, p *protocol.DidOpenTextDocumentParams) error {
	d := newDocument(p.TextDocument)
	if d == nil {
		return nil
	}
	s.docs[d.uri] = d
	if s.configFor(d.path) == "" {
		s.logf("%s: no %s in its folder or above (nor in the workspace's): nothing to check it against", d.name, check.ConfigName)
	}
	s.check(d)
	return nil
}

func (s *Server) didChange(_ *glsp.Context, p *protocol.DidChangeTextDocumentParams) error {
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return nil
	}
	text := d.text
	for _, c := range p.ContentChanges {
		text = applyChange(text, c)
	}
	d.setText(text)
	d.version = p.TextDocument.Version
	s.check(d)
	return nil
}

// didSave checks every open document again when the saved one may be
// wire copy or configuration; a saved draft is checked as it stands.
func (s *Server) didSave(_ *glsp.Context, p *protocol.DidSaveTextDocumentParams) error {
	for _, st := range s.wires {
		st.checked = st.checked.AddDate(-1, 0, 0) // look at the files again on the next check
	}
	for _, d := range s.docs {
		s.check(d)
	}
	return nil
}

func (s *Server) didClose(_ *glsp.Context, p *protocol.DidCloseTextDocumentParams) error {
	if _, ok := s.docs[p.TextDocument.URI]; ok {
		delete(s.docs, p.TextDocument.URI)
		s.notify(protocol.ServerTextDocumentPublishDiagnostics, protocol.PublishDiagnosticsParams{URI: p.TextDocument.URI, Diagnostics: []protocol.Diagnostic{}})
	}
	return nil
}

// check checks a document against the wire of its configuration and
// publishes the diagnostics.
func (s *Server) check(d *document) {
	d.findings, d.wire = nil, nil
	config := s.configFor(d.path)
	if config != "" {
		st, _ := s.wireFor(context.Background(), config)
		s.tell(config, st.err)
		if st.wire != nil {
			d.wire = st.wire
			d.findings = s.locate(d, st.wire)
		}
	}
	version := protocol.UInteger(max(d.version, 0))
	s.notify(protocol.ServerTextDocumentPublishDiagnostics, protocol.PublishDiagnosticsParams{URI: d.uri, Version: &version, Diagnostics: diagnostics(d.findings)})
}

// locate checks the document's text and places each finding in it.
func (s *Server) locate(d *document, w *quotecheck.Wire) []located {
	res, err := w.CheckArticle(d.name, []byte(d.text))
	if err != nil {
		s.logf("%s: %v", d.name, err)
	}
	if res == nil || res.Drafts == nil {
		return nil
	}
	srcs := map[string]*sources.Source{}
	for _, src := range res.Drafts.Sources {
		srcs[src.ID] = src
	}
	qs := map[string]quotes.Quote{}
	for _, q := range res.Drafts.Quotes {
		qs[q.ID] = q
	}
	var out []located
	for _, f := range res.Findings {
		l := located{Finding: f}
		for _, id := range f.Quotes {
			q, ok := qs[id]
			src := srcs[q.Source]
			if !ok || src == nil {
				continue
			}
			start, end := q.Offset, src.Locate(q.End).Offset
			if end < start {
				end = start + len(q.Text)
			}
			if q.Line < f.Line || (q.Line == f.Line && q.Column <= f.Column) {
				l.at = len(l.parts)
			}
			l.parts = append(l.parts, protocol.Range{Start: d.lines.position(start), End: d.lines.position(end)})
		}
		if len(l.parts) > 0 {
			out = append(out, l)
		}
	}
	return out
}

// severities maps the severity of a finding to a diagnostic's.
var severities = map[align.Severity]protocol.DiagnosticSeverity{
	align.Error:   protocol.DiagnosticSeverityError,
	align.Warning: protocol.DiagnosticSeverityWarning,
	align.Info:    protocol.DiagnosticSeverityInformation,
}

// diagnostics gives a diagnostic for each finding `check` reports as one:
// a quotation that differs from its source or is in none, at a severity
// above none. Its code is the finding's kinds, its range the words of the
// part of the quotation that differs.
func diagnostics(ls []located) []protocol.Diagnostic {
	out := []protocol.Diagnostic{}
	source := Name
	for _, l := range ls {
		sev, ok := severities[l.Severity]
		if !ok || l.Status == check.StatusConfirmed {
			continue
		}
		code := &protocol.IntegerOrString{Value: strings.Join(l.Kinds(), ",")}
		out = append(out, protocol.Diagnostic{Range: l.parts[l.at], Severity: &sev, Code: code, Source: &source,
			Message: l.Message, Data: map[string]string{"status": l.Status, "fingerprint": l.Fingerprint}})
	}
	return out
}
