// Package eval scores quotecheck's findings against a hand annotation of
// articles (a gold.json), with the figures the project's scorer reports.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
)

// Gold is a hand annotation: every quotation in a set of articles, who said
// it, and which quotations are one utterance across sources.
type Gold struct {
	Quotes          []GoldQuote     `json:"quotes"`
	Material        map[string]bool `json:"material"` // cluster → whether its differences matter
	SpeakerConflict []string        `json:"speaker_conflict"`
}

// GoldQuote is one annotated quotation.
type GoldQuote struct {
	Source  string  `json:"source"` // the article's file name
	Text    string  `json:"text"`   // exactly what stands between the marks
	Speaker string  `json:"speaker"`
	Kind    string  `json:"kind"`    // utterance or fragment
	Cluster *string `json:"cluster"` // shared utterance id; nil when no other source has it
}

// ClusterID gives the quotation's cluster, "" when it has none.
func (g GoldQuote) ClusterID() string {
	if g.Cluster == nil {
		return ""
	}
	return *g.Cluster
}

// ReadGold reads a gold.json file.
func ReadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseGold(b, path)
}

// ParseGold parses a gold annotation; name is used in errors.
func ParseGold(b []byte, name string) (*Gold, error) {
	g := &Gold{}
	if err := json.Unmarshal(b, g); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if len(g.Quotes) == 0 {
		return nil, fmt.Errorf("%s: no quotes", name)
	}
	return g, nil
}

// Sources lists the annotated articles' file names, sorted, once each.
func (g *Gold) Sources() []string {
	seen := map[string]bool{}
	var out []string
	for _, q := range g.Quotes {
		if !seen[q.Source] {
			seen[q.Source] = true
			out = append(out, q.Source)
		}
	}
	sortStrings(out)
	return out
}
