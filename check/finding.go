// Package check checks the quotations of drafts against wire copy: each
// quotation is confirmed, differs from what a source printed, or is found in
// no source. It is the library behind `quotecheck check`.
package check

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/quotecheck/quotecheck/align"
)

// Statuses of a finding.
const (
	StatusConfirmed = "confirmed" // a source has the same words (info-level differences at most)
	StatusDiffers   = "differs"   // a source has the utterance with other words or another speaker
	StatusNotFound  = "not-found" // no source has it
)

// Finding is the verdict on one quotation (one utterance, when the draft
// interrupts it) of a draft.
type Finding struct {
	Path     string         `json:"path"`
	Line     int            `json:"line"` // the part of the quotation that differs, else its start
	Column   int            `json:"column"`
	Text     string         `json:"text"` // the draft's words, parts joined with " … "
	Speaker  string         `json:"speaker"`
	Kind     string         `json:"kind"` // utterance or fragment
	Status   string         `json:"status"`
	Severity align.Severity `json:"severity"`
	Message  string         `json:"message"`

	Source        string             `json:"source,omitempty"` // path of the matching source
	SourceLine    int                `json:"source_line,omitempty"`
	SourceColumn  int                `json:"source_column,omitempty"`
	SourceText    string             `json:"source_text,omitempty"`
	SourceSpeaker string             `json:"source_speaker,omitempty"`
	Differences   []align.Difference `json:"differences"`
	Inline        string             `json:"inline,omitempty"` // the draft's words with [-wire-] and [+draft+] marks
	Quotes        []string           `json:"quotes"`           // IDs of the draft's quotations
	Fingerprint   string             `json:"fingerprint"`
}

// Kinds gives the sorted, distinct kinds that make the finding what it is:
// the kinds of differences at warning or above, or the status when there are
// none.
func (f *Finding) Kinds() []string {
	var kinds []string
	for _, d := range f.Differences {
		if d.Severity >= align.Warning && !slices.Contains(kinds, string(d.Kind)) {
			kinds = append(kinds, string(d.Kind))
		}
	}
	if len(kinds) == 0 {
		return []string{f.Status}
	}
	slices.Sort(kinds)
	return kinds
}

// Fingerprint identifies a finding by what it says, not where it stands in
// its draft: the draft (its path relative to the repository root, see
// DraftKey), the normalised text, the base name of its source and its
// kinds. It survives the draft's lines moving; it does not follow the
// finding into a copy of the draft, so a copy neither hides a misquote
// nor revives a finding accepted elsewhere.
func Fingerprint(f *Finding) string {
	src := ""
	if f.Source != "" {
		src = filepath.Base(f.Source)
	}
	h := sha256.Sum256([]byte(DraftKey(f.Path) + "\x00" + Normalize(f.Text) + "\x00" + src + "\x00" + strings.Join(f.Kinds(), ",")))
	return hex.EncodeToString(h[:16])
}

// DraftKey names a draft the same wherever the repository is checked out
// and whatever directory quotecheck runs in: its path relative to the
// root of the repository it is in, with forward slashes; outside a
// repository, its path as given, cleaned.
func DraftKey(path string) string {
	if path == "" || path == "-" {
		return path
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(filepath.Clean(path))
	}
	dir := filepath.Dir(abs)
	root, ok := repoRoots.Load(dir)
	if !ok {
		root, _ = repoRoots.LoadOrStore(dir, RepoRoot(dir))
	}
	if r := root.(string); r != "" {
		if rel, err := filepath.Rel(r, abs); err == nil {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(filepath.Clean(path))
}

// repoRoots caches RepoRoot by directory: a run fingerprints many
// findings of few directories.
var repoRoots sync.Map

// Normalize folds text for comparison: its words as align compares them
// (align.Words), joined with single spaces.
func Normalize(s string) string {
	return strings.Join(align.Words(s), " ")
}
