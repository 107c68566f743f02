package report

import (
	"io"
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
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
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
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

// SARIFSchema is the schema URI written in SARIF output.
const SARIFSchema = "https://json.schemastore.org/sarif-2.1.0.json"

// InformationURI is where the SARIF output says to read about quotecheck.
const InformationURI = "https://github.com/quotecheck/quotecheck"

var sarifRules = []sarifRule{
	{ID: check.StatusDiffers, Name: "QuotationDiffers",
		ShortDescription: sarifMessage{"A source has this quotation with other words or credits it to someone else."},
		DefaultConfig:    sarifDefault{"error"}},
	{ID: check.StatusNotFound, Name: "QuotationNotFound",
		ShortDescription: sarifMessage{"No source has this quotation."},
		DefaultConfig:    sarifDefault{"warning"}},
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

func sarifURI(path string) string {
	return strings.TrimPrefix(filepath.ToSlash(path), "./")
}

func writeSARIF(w io.Writer, c *Check) error {
	run := sarifRun{
		Tool:    sarifTool{Driver: sarifDriver{Name: "quotecheck", InformationURI: InformationURI, Rules: sarifRules}},
		Results: []sarifResult{},
	}
	for i := range c.Findings {
		f := &c.Findings[i]
		if f.Status == check.StatusConfirmed {
			continue
		}
		r := sarifResult{
			RuleID: f.Status, Level: sarifLevel(f.Severity), Message: sarifMessage{f.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: sarifArtifact{sarifURI(f.Path)},
				Region:           sarifRegion{StartLine: f.Line, StartColumn: f.Column}}}},
			PartialFingerprints: map[string]string{"quotecheck/v1": f.Fingerprint},
		}
		if f.Status == check.StatusNotFound {
			r.RuleIndex = 1
		}
		if f.Source != "" {
			r.RelatedLocations = []sarifLocation{{ID: 1, Message: &sarifMessage{"wire copy"},
				PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: sarifArtifact{sarifURI(f.Source)},
					Region: sarifRegion{StartLine: max(f.SourceLine, 1), StartColumn: max(f.SourceColumn, 1)}}}}
		}
		run.Results = append(run.Results, r)
	}
	return writeJSON(w, sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}
