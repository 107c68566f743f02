// Package align matches the same utterance across sources and classifies
// every difference in its wording.
package align

// Severity ranks how much a difference matters.
type Severity int

// Severities, least to worst.
const (
	None Severity = iota
	Info
	Warning
	Error
)

// Difference kinds: the names are a contract read by CI users and scorers.
const (
	KindCase        = "case"
	KindPunctuation = "punctuation"
	KindTypography  = "typography"
	KindEditorial   = "editorial"
	KindPartial     = "partial"
	KindInserted    = "inserted"
	KindDeleted     = "deleted"
	KindSubstituted = "substituted"
	KindReordered   = "reordered"
	KindDivergent   = "divergent"
	KindSpeaker     = "speaker"
)

// Difference is one way a version's wording departs from the canonical wording.
type Difference struct {
	Kind      string   `json:"kind"`
	Subkind   string   `json:"subkind,omitempty"` // e.g. "contraction" for a substituted contraction
	Severity  Severity `json:"severity"`
	Canonical string   `json:"canonical"` // the canonical words involved ("" for an insertion)
	Version   string   `json:"version"`   // the version's words involved ("" for a deletion)
	Position  int      `json:"position"`  // 0-based word index in the canonical wording
	Line      int      `json:"line"`      // file position of the difference in the version's source
	Column    int      `json:"column"`
}

// Version is how one source printed an utterance.
type Version struct {
	Quote       string       `json:"quote"`  // ID of the version's first quotation
	Quotes      []string     `json:"quotes"` // IDs of all its quotations (several when split)
	Source      string       `json:"source"`
	Text        string       `json:"text"` // the version's words, parts joined with " … " when split
	Speaker     string       `json:"speaker"`
	Canonical   bool         `json:"canonical,omitempty"` // this version gives the canonical wording
	Severity    Severity     `json:"severity"`
	Differences []Difference `json:"differences"`
	Inline      string       `json:"inline"` // the version with differences marked: "you'll see [-it-] shortly"
	Spans       []Span       `json:"spans"`  // the same as data: the runs of the wording, each same, deleted or inserted
}

// Utterance is one thing someone said, as every source printed it.
type Utterance struct {
	ID           string    `json:"id"`
	Speaker      string    `json:"speaker"`
	Canonical    string    `json:"canonical"`
	Severity     Severity  `json:"severity"` // the worst of its versions'
	SingleSource bool      `json:"single_source"`
	Quotes       []string  `json:"quotes"`
	Versions     []Version `json:"versions"`
}
