package report

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/check"
	"github.com/quotecheck/quotecheck/sources"
)

// Check is the result of `quotecheck check`.
type Check struct {
	Findings []check.Finding   `json:"findings"`
	Summary  CheckSummary      `json:"summary"`
	Problems []sources.Problem `json:"problems,omitempty"` // inputs not read, or read with a caveat
}

// CheckSummary counts a check's findings.
type CheckSummary struct {
	Drafts     int            `json:"drafts"`
	Sources    int            `json:"sources"`
	Quotations int            `json:"quotations"` // findings reported (after ignore rules and baseline)
	Statuses   map[string]int `json:"statuses"`   // by status, every status present
	Severities map[string]int `json:"severities"` // by severity, every severity present
	Baselined  int            `json:"baselined"`  // findings left out because the baseline has them
	Suppressed int            `json:"suppressed"` // quotations the drafts' own quotecheck comments accept
	FailOn     string         `json:"fail_on"`
	ExitCode   int            `json:"exit_code"`
	Config     string         `json:"config,omitempty"` // the configuration file used; "" for none
}

// SummarizeCheck counts findings by status and severity.
func SummarizeCheck(fs []check.Finding) CheckSummary {
	s := CheckSummary{
		Quotations: len(fs),
		Statuses:   map[string]int{check.StatusConfirmed: 0, check.StatusDiffers: 0, check.StatusNotFound: 0},
		Severities: map[string]int{},
	}
	for sev := align.None; sev <= align.Error; sev++ {
		s.Severities[sev.String()] = 0
	}
	for _, f := range fs {
		s.Statuses[f.Status]++
		s.Severities[f.Severity.String()]++
	}
	return s
}

// String gives the summary in one sentence, for people.
func (s CheckSummary) String() string {
	return fmt.Sprintf("%d quotation(s) in %d draft(s) against %d source(s): %d confirmed, %d differ, %d not found (%d error(s), %d warning(s), %d info); %d in baseline",
		s.Quotations, s.Drafts, s.Sources, s.Statuses[check.StatusConfirmed], s.Statuses[check.StatusDiffers],
		s.Statuses[check.StatusNotFound], s.Severities["error"], s.Severities["warning"], s.Severities["info"], s.Baselined) + s.suppressedNote()
}

// suppressedNote mentions quotations the drafts' comments accepted, if any.
func (s CheckSummary) suppressedNote() string {
	if s.Suppressed == 0 {
		return ""
	}
	return fmt.Sprintf(", %d accepted by quotecheck comments in the draft", s.Suppressed)
}

// CheckOptions tunes WriteCheck.
type CheckOptions struct {
	All   bool // also list confirmed quotations in the line, table and github formats
	Width int  // table width in columns; 0 for DefaultWidth
	// Version is quotecheck's version, for SARIF's driver.version; "" for "devel".
	Version string
}

// WriteCheck writes a check's findings in format: line, json, table, sarif
// or github (see check.Formats).
func WriteCheck(w io.Writer, format string, c *Check, opts CheckOptions) error {
	return filtered(w, escModeOf(format, false), func(w io.Writer) error {
		return writeCheck(w, format, c, opts)
	})
}

func writeCheck(w io.Writer, format string, c *Check, opts CheckOptions) error {
	switch format {
	case "", "line":
		return writeCheckLines(w, c, opts)
	case "json":
		return writeJSON(w, struct {
			Generator string `json:"generator"`
			*Check
		}{sources.GeneratorMark, c})
	case "table":
		return writeCheckTable(w, c, opts)
	case "sarif":
		return writeSARIF(w, c, opts.Version)
	case "github":
		return writeCheckGitHub(w, c, opts)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(check.Formats(), ", "))
}

func checkShown(f *check.Finding, opts CheckOptions) bool {
	return opts.All || f.Status != check.StatusConfirmed
}

// checkLevel names a finding's severity; confirmed quotations are "ok".
func checkLevel(f *check.Finding) string {
	if f.Status == check.StatusConfirmed {
		return "ok"
	}
	return f.Severity.String()
}

func writeCheckLines(w io.Writer, c *Check, opts CheckOptions) error {
	for i := range c.Findings {
		f := &c.Findings[i]
		if !checkShown(f, opts) {
			continue
		}
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", EscapePath(f.Path), f.Line, f.Column, checkLevel(f), checkOneLine(f.Message)); err != nil {
			return err
		}
	}
	return nil
}

// checkOneLine keeps a message on one line.
func checkOneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func writeCheckTable(w io.Writer, c *Check, opts CheckOptions) error {
	t := newTable(w, opts.Width, 4)
	t.Header("Location", "Status", "Severity", "Source", "Quotation")
	names := sourceNames(c.Findings)
	for i := range c.Findings {
		f := &c.Findings[i]
		if !checkShown(f, opts) {
			continue
		}
		src := ""
		if f.Source != "" {
			src = fmt.Sprintf("%s:%d:%d", EscapePath(names[f.Source]), f.SourceLine, f.SourceColumn)
		}
		text := f.Text
		if f.Status == check.StatusDiffers && f.Inline != "" {
			text = f.Inline
		}
		for _, d := range f.Differences {
			if d.Kind == align.KindSpeaker && d.Severity > align.None {
				text += fmt.Sprintf(" (%s there, %s here)", d.Canonical, d.Version)
			}
		}
		loc := fmt.Sprintf("%s:%d:%d", EscapePath(f.Path), f.Line, f.Column)
		if err := t.Append(loc, f.Status, checkLevel(f), src, checkOneLine(text)); err != nil {
			return err
		}
	}
	return t.Render()
}

func writeCheckGitHub(w io.Writer, c *Check, opts CheckOptions) error {
	for i := range c.Findings {
		f := &c.Findings[i]
		cmd := map[align.Severity]string{align.Error: "error", align.Warning: "warning", align.Info: "notice"}[f.Severity]
		if cmd == "" && opts.All {
			cmd = "notice" // a confirmed quotation, listed as asked
		}
		if cmd == "" || !checkShown(f, opts) {
			continue
		}
		_, err := fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", cmd,
			ghProperty(filepath.ToSlash(f.Path)), f.Line, f.Column,
			ghProperty("quotecheck "+f.Status), ghData(f.Message))
		if err != nil {
			return err
		}
	}
	return nil
}

// sourceNames gives the name the table shows for each source of the
// findings: its base name, or its whole path when another source has the
// same base name (two agencies' story.txt).
func sourceNames(fs []check.Finding) map[string]string {
	paths := map[string][]string{} // base name → distinct paths
	for i := range fs {
		p := fs[i].Source
		if b := filepath.Base(p); p != "" && !slices.Contains(paths[b], p) {
			paths[b] = append(paths[b], p)
		}
	}
	names := map[string]string{}
	for b, ps := range paths {
		for _, p := range ps {
			names[p] = b
			if len(ps) > 1 {
				names[p] = p
			}
		}
	}
	return names
}

// ghData escapes a workflow command's message as GitHub's toolkit does.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command's property value.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
