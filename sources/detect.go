package sources

import (
	"path/filepath"
	"strings"
)

// Format names, as Source.Format gives them.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
	FormatJSON     = "json"
	FormatJSONL    = "jsonl"
	FormatVTT      = "vtt" // WebVTT captions, read as a transcript
	FormatSRT      = "srt" // SubRip captions, read as a transcript
)

// formatByExt maps file extensions to formats.
var formatByExt = map[string]string{
	".txt": FormatText, ".text": FormatText,
	".md": FormatMarkdown, ".markdown": FormatMarkdown,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML,
	".json": FormatJSON, ".jsonl": FormatJSONL, ".ndjson": FormatJSONL,
	".vtt": FormatVTT, ".srt": FormatSRT,
}

// detectFormat names a file's format by its extension, else by its
// content: HTML markup, Markdown front matter, JSON, or plain text.
func detectFormat(path, text string) string {
	if f, ok := formatByExt[strings.ToLower(filepath.Ext(path))]; ok {
		return f
	}
	return sniffFormat(text)
}

func sniffFormat(text string) string {
	head := strings.TrimLeft(text[:min(len(text), 1024)], " \t\r\n")
	lower := strings.ToLower(head)
	switch {
	case strings.HasPrefix(lower, "<!doctype html"), strings.HasPrefix(lower, "<html"),
		strings.HasPrefix(lower, "<?xml") && strings.Contains(lower, "<html"):
		return FormatHTML
	case frontOpen.MatchString(text):
		return FormatMarkdown
	case strings.HasPrefix(head, "["):
		return FormatJSON
	case strings.HasPrefix(head, "{"):
		return FormatJSON // a JSON reader treats several objects as JSON Lines
	}
	return FormatText
}
