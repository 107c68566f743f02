package report

import (
	"github.com/quotecheck/quotecheck/sources"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/check"
)

// SARIF 2.1.0, only the parts quotecheck writes.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID               string       `json:"id"`
	Name             string       `json:"name"`
	ShortDescription sarifMessage `json:"shortDescription"`
	DefaultConfig    sarifDefault `json:"defaultConfiguration"`
}

type sarifDefault struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	ID               int                   `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI         string        `json:"uri"`
	URIBaseID   string        `json:"uriBaseId,omitempty"`
	Description *sarifMessage `json:"description,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

// SARIFSchema is the schema URI written in SARIF output.
const SARIFSchema = "https://json.schemastore.org/sarif-2.1.0.json"

// InformationURI is where the SARIF output says to read about quotecheck.
const InformationURI = "https://github.com/quotecheck/quotecheck"

// sarifRules are the rules results refer to, by index.
func sarifRules() []sarifRule {
	return []sarifRule{
		{ID: check.StatusDiffers, Name: "QuotationDiffers",
			ShortDescription: sarifMessage{"A source has this quotation with other words or credits it to someone else."},
			DefaultConfig:    sarifDefault{"error"}},
		{ID: check.StatusNotFound, Name: "QuotationNotFound",
			ShortDescription: sarifMessage{"No source has this quotation."},
			DefaultConfig:    sarifDefault{"warning"}},
	}
}

// sarifLevel maps a severity to a SARIF result level.
func sarifLevel(s align.Severity) string {
	switch s {
	case align.Error:
		return "error"
	case align.Warning:
		return "warning"
	case align.Info:
		return "note"
	}
	return "none"
}

// SRCRoot is the uriBaseId that relative artifact URIs are relative to:
// the directory quotecheck ran in, which code-scanning services take for
// the repository root.
const SRCRoot = "%SRCROOT%"

// sarifArtifactFor gives a path's artifact location: a relative path as a
// percent-encoded URI reference relative to SRCRoot, a path outside it or
// absolute as a file:// URI, and standard input ("-") as "-".
func sarifArtifactFor(path string) sarifArtifact {
	if path == "-" {
		return sarifArtifact{URI: "-", Description: &sarifMessage{"standard input"}}
	}
	if sources.IsURL(path) {
		return sarifArtifact{URI: path} // a page read by URL
	}
	slash := filepath.ToSlash(filepath.Clean(path))
	if !filepath.IsAbs(path) && slash != ".." && !strings.HasPrefix(slash, "../") {
		return sarifArtifact{URI: escapeSegments(slash), URIBaseID: SRCRoot}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	abs = filepath.ToSlash(abs)
	if !strings.HasPrefix(abs, "/") {
		abs = "/" + abs // a Windows drive: file:///C:/...
	}
	return sarifArtifact{URI: "file://" + escapeSegments(abs)}
}

// escapeSegments percent-encodes each segment of a slash-separated path
// (spaces, non-ASCII letters, "%", "#", "?", and ":" so that no segment
// reads as a URI scheme), keeping the slashes.
func escapeSegments(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = strings.ReplaceAll(url.PathEscape(s), ":", "%3A")
	}
	return strings.Join(segs, "/")
}

func writeSARIF(w io.Writer, c *Check, version string) error {
	if version == "" {
		version = "devel"
	}
	driver := sarifDriver{Name: "quotecheck", InformationURI: InformationURI, Version: version, Rules: sarifRules()}
	run := sarifRun{Tool: sarifTool{Driver: driver}, ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	for i := range c.Findings {
		f := &c.Findings[i]
		if f.Status == check.StatusConfirmed {
			continue
		}
		r := sarifResult{
			RuleID: f.Status, Level: sarifLevel(f.Severity), Message: sarifMessage{f.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: sarifArtifactFor(f.Path),
				Region:           sarifRegion{StartLine: f.Line, StartColumn: f.Column}}}},
			PartialFingerprints: map[string]string{"quotecheck/v1": f.Fingerprint},
		}
		if f.Status == check.StatusNotFound {
			r.RuleIndex = 1
		}
		if f.Source != "" {
			art := sarifArtifactFor(f.Source)
			if link := TextFragmentLink(f.Source, f.SourceText); link != "" {
				art.URI = link // a click lands on the words in the page
			}
			r.RelatedLocations = []sarifLocation{{ID: 1, Message: &sarifMessage{"wire copy"},
				PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: art,
					Region: sarifRegion{StartLine: max(f.SourceLine, 1), StartColumn: max(f.SourceColumn, 1)}}}}
		}
		run.Results = append(run.Results, r)
	}
	return writeJSON(w, sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}
