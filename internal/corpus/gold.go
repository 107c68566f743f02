package corpus

import (
	"encoding/json"
	"io"
	"strings"
	"unicode"
)

// Gold is the ground truth for a corpus, in the order of the articles.
type Gold struct {
	Sources         []SourceInfo
	Quotes          []Quote
	Clusters        []Cluster
	SpeakerConflict []string // clusters whose outlets credit different people
}

// SourceInfo is one article's outlet and date.
type SourceInfo struct {
	File, Outlet, Date string
}

// Cluster is an utterance that more than one outlet quotes: what changed
// between the outlets' versions and whether any change alters its meaning.
type Cluster struct {
	ID          string
	Differences []string
	Material    bool
}

// finishClusters names the clusters of one story's quotations (an
// utterance quoted by two or more outlets) and judges each.
func finishClusters(qs []Quote) ([]Cluster, []string) {
	outlets := map[*utterance]map[string]bool{}
	var order []*utterance
	for _, q := range qs {
		if q.utt == nil {
			continue
		}
		if outlets[q.utt] == nil {
			outlets[q.utt] = map[string]bool{}
			order = append(order, q.utt)
		}
		outlets[q.utt][q.Source] = true
	}
	var clusters []Cluster
	var conflicts []string
	for _, u := range order {
		if len(outlets[u]) < 2 {
			continue
		}
		c, conflict := judge(u, qs)
		clusters = append(clusters, c)
		if conflict {
			conflicts = append(conflicts, u.id)
		}
	}
	for i := range qs {
		if qs[i].utt != nil && len(outlets[qs[i].utt]) >= 2 {
			qs[i].Cluster = qs[i].utt.id
		}
	}
	return clusters, conflicts
}

// judge compares the printed versions of u: material when the speakers
// differ, a full version is not a verbatim excerpt of the longest, or an
// excerpt is in no full version.
func judge(u *utterance, qs []Quote) (Cluster, bool) {
	c := Cluster{ID: u.id, Differences: []string{}}
	seenDiff := map[string]bool{}
	speakers := map[string]bool{}
	text := map[*version]string{}
	var vers []*version
	for _, q := range qs {
		if q.utt != u {
			continue
		}
		speakers[q.Speaker] = true
		if _, ok := text[q.ver]; !ok {
			vers = append(vers, q.ver)
		}
		text[q.ver] += " " + normWords(q.Text)
	}
	var full, frags []string
	for _, v := range vers {
		for _, d := range v.diffs {
			if !seenDiff[d] {
				seenDiff[d] = true
				c.Differences = append(c.Differences, d)
			}
		}
		t := " " + strings.TrimSpace(text[v]) + " "
		if v.layout == layFragment {
			frags = append(frags, t)
		} else {
			full = append(full, t)
		}
	}
	c.Material = len(speakers) > 1
	longest := ""
	for _, f := range full {
		if len(f) > len(longest) {
			longest = f
		}
	}
	for _, f := range full {
		// a full version that is a verbatim excerpt of the longest (one
		// sentence of a two-sentence remark) changes nothing that was said
		c.Material = c.Material || !strings.Contains(longest, f)
	}
	for _, f := range frags {
		in := len(full) == 0
		for _, t := range full {
			in = in || strings.Contains(t, f)
		}
		c.Material = c.Material || !in
	}
	return c, len(speakers) > 1
}

var curlySingles = strings.NewReplacer("\u2019", "'", "\u2018", "'")

// normWords lower-cases text and keeps only its words (apostrophes inside
// words kept, quotation marks and other punctuation dropped), as the
// scorer compares quotations.
func normWords(s string) string {
	s = curlySingles.Replace(strings.ToLower(s))
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-'
	})
	out := f[:0]
	for _, w := range f {
		w = strings.Trim(w, "'-")
		if w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// goldWriter writes gold.json in pieces as stories are generated, so a
// large corpus never has to be held in memory: sources, quotes and
// clusters go to separate streams joined at the end.
type goldWriter struct {
	sources, quotes   io.Writer
	nSources, nQuotes int
	clusters          []Cluster
	conflicts         []string
}

func (g *goldWriter) addSource(s SourceInfo) error {
	return writeEntry(g.sources, &g.nSources, "  ", jsonStr(s.File)+": {\n   \"outlet\": "+jsonStr(s.Outlet)+",\n   \"date\": "+jsonStr(s.Date)+"\n  }")
}

func (g *goldWriter) addQuote(q Quote) error {
	cluster := "null"
	if q.Cluster != "" {
		cluster = jsonStr(q.Cluster)
	}
	return writeEntry(g.quotes, &g.nQuotes, "  ", "{\n   \"source\": "+jsonStr(q.Source)+",\n   \"text\": "+jsonStr(q.Text)+
		",\n   \"speaker\": "+jsonStr(q.Speaker)+",\n   \"kind\": "+jsonStr(q.Kind)+",\n   \"cluster\": "+cluster+"\n  }")
}

func clusterJSON(w io.Writer, n *int, c Cluster) error {
	diffs := make([]string, len(c.Differences))
	for i, d := range c.Differences {
		diffs[i] = "\n    " + jsonStr(d)
	}
	list := "[]"
	if len(diffs) > 0 {
		list = "[" + strings.Join(diffs, ",") + "\n   ]"
	}
	return writeEntry(w, n, "  ", jsonStr(c.ID)+": {\n   \"differences\": "+list+",\n   \"material\": "+boolStr(c.Material)+"\n  }")
}

func writeEntry(w io.Writer, n *int, indent, body string) error {
	sep := ",\n"
	if *n == 0 {
		sep = "\n"
	}
	*n++
	_, err := io.WriteString(w, sep+indent+body)
	return err
}

// finish writes gold.json to w: the sources and quotes pieces read back
// from the given readers, then the clusters, material map and conflicts.
func (g *goldWriter) finish(w io.Writer, note string, sources, quotes io.Reader) error {
	clusters := g.clusters
	var err error
	put := func(s string) {
		if err == nil {
			_, err = io.WriteString(w, s)
		}
	}
	copyIn := func(r io.Reader) {
		if err == nil {
			_, err = io.Copy(w, r)
		}
	}
	put("{\n \"note\": " + jsonStr(note) + ",\n \"sources\": {")
	copyIn(sources)
	put(closer(g.nSources, "}") + ",\n \"quotes\": [")
	copyIn(quotes)
	put(closer(g.nQuotes, "]") + ",\n \"clusters\": {")
	var cw strings.Builder
	n := 0
	for _, c := range clusters {
		if e := clusterJSON(&cw, &n, c); e != nil {
			return e
		}
	}
	put(cw.String() + closer(len(clusters), "}") + ",\n \"material\": {")
	for i, c := range clusters {
		sep := ",\n  "
		if i == 0 {
			sep = "\n  "
		}
		put(sep + jsonStr(c.ID) + ": " + boolStr(c.Material))
	}
	put(closer(len(clusters), "}") + ",\n \"speaker_conflict\": [")
	for i, id := range g.conflicts {
		sep := ",\n  "
		if i == 0 {
			sep = "\n  "
		}
		put(sep + jsonStr(id))
	}
	put(closer(len(g.conflicts), "]") + "\n}\n")
	return err
}

func closer(n int, c string) string {
	if n == 0 {
		return c
	}
	return "\n " + c
}

func jsonStr(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}

func boolStr(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
