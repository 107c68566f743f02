package lsp

import (
	"fmt"
	"html"
	"path/filepath"
	"strings"

	"github.com/quotecheck/quotecheck"
	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/check"
	"github.com/quotecheck/quotecheck/sources"
	protocol "github.com/tliron/glsp/protocol_3_16"
)

// codeActions offers, for each quotation in the range that differs from
// its source in its words, to put the source's words in, and then, for
// each quotation reported, to accept it as it stands.
func (s *Server) codeActions(p *protocol.CodeActionParams) []protocol.CodeAction {
	out, accept := []protocol.CodeAction{}, []protocol.CodeAction{}
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return out
	}
	kind, yes := protocol.CodeActionKindQuickFix, true
	isHTML := map[string]bool{".html": true, ".htm": true, ".xhtml": true}[strings.ToLower(filepath.Ext(d.name))]
	for _, l := range d.findings {
		if l.Status == check.StatusConfirmed || !l.touches(p.Range) {
			continue
		}
		if a, ok := acceptAction(d, l, isHTML); ok {
			accept = append(accept, a)
		}
		if l.Status != check.StatusDiffers {
			continue
		}
		words, ok := sourceWording(l.SourceText, l.Text)
		if !ok {
			continue
		}
		pieces := strings.Split(words, strings.TrimSpace(check.Joiner))
		if len(pieces) != len(l.parts) {
			continue // the parts' bounds are lost in the source's words
		}
		var edits []protocol.TextEdit
		for i, r := range l.parts {
			piece := strings.TrimSpace(pieces[i])
			if isHTML {
				piece = html.EscapeString(piece)
			}
			edits = append(edits, protocol.TextEdit{Range: r, NewText: piece})
		}
		title := strings.Join(strings.Fields(strings.Join(pieces, " … ")), " ")
		out = append(out, protocol.CodeAction{
			Title:       fmt.Sprintf("Use the wording of %s: %q", filepath.Base(l.Source), title),
			Kind:        &kind,
			Diagnostics: diagnostics([]located{l}),
			IsPreferred: &yes,
			Edit:        &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{d.uri: edits}},
		})
	}
	return append(out, accept...)
}

// acceptAction puts a <!-- quotecheck-disable-next-line --> comment on
// a line of its own above the quotation, in a Markdown or HTML document,
// as an editor marks a deliberate edit: check then accepts the quotation
// as it stands.
func acceptAction(d *document, l located, isHTML bool) (protocol.CodeAction, bool) {
	ext := strings.ToLower(filepath.Ext(d.name))
	if !isHTML && ext != ".md" && ext != ".markdown" {
		return protocol.CodeAction{}, false
	}
	kind := protocol.CodeActionKindQuickFix
	at := protocol.Position{Line: l.parts[0].Start.Line}
	line := d.text[d.lines.offset(at):]
	indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
	edit := protocol.TextEdit{Range: protocol.Range{Start: at, End: at}, NewText: indent + "<!-- quotecheck-disable-next-line -->\n"}
	return protocol.CodeAction{
		Title:       "Accept this quotation as it stands (quotecheck-disable-next-line)",
		Kind:        &kind,
		Diagnostics: diagnostics([]located{l}),
		Edit:        &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{d.uri: {edit}}},
	}, true
}

// sourceWording gives the source's words for the stretch of it a draft
// quotation covers, with the draft's own spacing and punctuation where
// the words agree; ok is false when they are the draft's words already
// (a finding on the speaker alone, say).
func sourceWording(source, draft string) (string, bool) {
	if source == "" {
		return "", false
	}
	var b strings.Builder
	for _, sp := range align.Spans(source, draft) {
		if sp.Op != align.SpanInserted {
			b.WriteString(sp.Text)
		}
	}
	words := strings.Join(strings.Fields(b.String()), " ")
	return words, words != "" && words != strings.Join(strings.Fields(draft), " ")
}

// touches tells whether a range shares a position with one of the
// finding's parts.
func (l located) touches(r protocol.Range) bool {
	for _, p := range l.parts {
		if overlaps(p, r) {
			return true
		}
	}
	return false
}

// overlaps tells whether two ranges share a position (an empty range
// counts when it touches the other).
func overlaps(a, b protocol.Range) bool {
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

func before(a, b protocol.Position) bool {
	return a.Line < b.Line || (a.Line == b.Line && a.Character < b.Character)
}

// hover describes the quotation under the cursor: its verdict, the
// source's passage, outlet and place, and for a transcript the turn and
// the question it answers.
func (s *Server) hover(p *protocol.HoverParams) *protocol.Hover {
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return nil
	}
	at := protocol.Range{Start: p.Position, End: p.Position}
	for _, l := range d.findings {
		for _, r := range l.parts {
			if overlaps(r, at) {
				r := r
				return &protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: describe(l, d.wire)}, Range: &r}
			}
		}
	}
	return nil
}

// describe gives the Markdown a hover shows for a finding.
func describe(l located, w *quotecheck.Wire) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**quotecheck: %s** (%s)\n\n%s\n", l.Status, l.Severity, l.Message)
	if l.Source == "" {
		return b.String()
	}
	if l.SourceText != "" {
		fmt.Fprintf(&b, "\n> %s\n", strings.Join(strings.Fields(l.SourceText), " "))
	}
	src := wireSource(w, l.Source)
	b.WriteString("\n")
	if src != nil && src.Outlet != "" {
		fmt.Fprintf(&b, "%s", src.Outlet)
		if src.Title != "" {
			fmt.Fprintf(&b, ", *%s*", src.Title)
		}
		if src.Date != "" {
			fmt.Fprintf(&b, ", %s", src.Date)
		}
		b.WriteString(" — ")
	}
	fmt.Fprintf(&b, "`%s:%d:%d`\n", l.Source, l.SourceLine, l.SourceColumn)
	if src != nil && src.Transcript != nil {
		b.WriteString(turnNote(src, l.SourceLine, l.SourceColumn))
	}
	return b.String()
}

// wireSource finds the wire source with path.
func wireSource(w *quotecheck.Wire, path string) *sources.Source {
	if w == nil {
		return nil
	}
	for _, s := range w.Corpus.Sources {
		if s.Path == path {
			return s
		}
	}
	return nil
}

// turnNote names the transcript turn that holds a file position, and the
// question it answers when a questioner's turn comes just before it.
func turnNote(src *sources.Source, line, col int) string {
	turns := src.Transcript.Turns
	at := -1
	for i, t := range turns {
		if len(t.Spans) == 0 {
			continue
		}
		p := src.Locate(t.Spans[0].Start)
		if p.Line > line || (p.Line == line && p.Column > col) {
			break
		}
		at = i
	}
	if at < 0 {
		return ""
	}
	t := turns[at]
	note := fmt.Sprintf("\nTurn %d of %d, %s", at+1, len(turns), t.Label)
	if t.Time != "" {
		note += " (" + t.Time + ")"
	}
	if at > 0 && turns[at-1].Reporter {
		q := strings.Join(strings.Fields(turns[at-1].Text(src.Text)), " ")
		note += fmt.Sprintf(", answering %s: %q", turns[at-1].Label, q)
	}
	return note + "\n"
}
