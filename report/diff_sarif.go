package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"

	"github.com/quotecheck/quotecheck/align"
)

// diffSARIFRule is the one rule diff's SARIF results refer to.
var diffSARIFRule = sarifRule{ID: "wording-differs", Name: "WordingDiffers",
	ShortDescription: sarifMessage{"This source words a quotation other sources share differently from the canonical wording."},
	DefaultConfig:    sarifDefault{"error"}}

// writeDiffSARIF writes one SARIF result for each version of a shared
// utterance that differs from the canonical wording, at the version's
// place, with the canonical version's place as its related location.
func writeDiffSARIF(w io.Writer, v *diffView, version string) error {
	if version == "" {
		version = "devel"
	}
	driver := sarifDriver{Name: "quotecheck", InformationURI: InformationURI, Version: version, Rules: []sarifRule{diffSARIFRule}}
	run := sarifRun{Tool: sarifTool{Driver: driver}, ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	for _, u := range v.shared {
		canon, hasCanon := canonicalVersion(u)
		for _, ver := range u.Versions {
			q, ok := v.quotes[ver.Quote]
			if ver.Canonical || ver.Severity == align.None || !ok {
				continue
			}
			r := sarifResult{
				RuleID: diffSARIFRule.ID, Level: sarifLevel(ver.Severity),
				Message: sarifMessage{fmt.Sprintf("%s quotes %s as %q where the canonical wording is %q: %s",
					v.outlet(ver.Source), orUnknown(u.Speaker), ver.Text, u.Canonical, summary(ver))},
				Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
					ArtifactLocation: sarifArtifactFor(q.Path),
					Region:           sarifRegion{StartLine: max(q.Line, 1), StartColumn: max(q.Column, 1)}}}},
				PartialFingerprints: map[string]string{"quotecheck/v1": diffFingerprint(q.Path, u.Canonical, ver.Text)},
			}
			if cq, ok := v.quotes[canon.Quote]; hasCanon && ok {
				r.RelatedLocations = []sarifLocation{{ID: 1, Message: &sarifMessage{"canonical wording (" + v.outlet(canon.Source) + ")"},
					PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: sarifArtifactFor(cq.Path),
						Region: sarifRegion{StartLine: max(cq.Line, 1), StartColumn: max(cq.Column, 1)}}}}
			}
			run.Results = append(run.Results, r)
		}
	}
	return writeJSON(w, sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

// canonicalVersion gives the utterance's version that has the canonical wording.
func canonicalVersion(u align.Utterance) (align.Version, bool) {
	for _, ver := range u.Versions {
		if ver.Canonical {
			return ver, true
		}
	}
	return align.Version{}, false
}

// diffFingerprint identifies a result across runs by what it is about,
// not where in the file it is.
func diffFingerprint(path, canonical, text string) string {
	h := sha256.Sum256([]byte(path + "\x00" + canonical + "\x00" + text))
	return hex.EncodeToString(h[:8])
}
