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

// Kind names a kind of difference. The names are a contract read by CI
// users and scorers; every kind is a row of kindTable.
type Kind string

// Difference kinds.
const (
	KindCase        Kind = "case"
	KindPunctuation Kind = "punctuation"
	KindTypography  Kind = "typography"
	KindEditorial   Kind = "editorial"
	KindPartial     Kind = "partial"
	KindDisfluency  Kind = "disfluency"
	KindInserted    Kind = "inserted"
	KindDeleted     Kind = "deleted"
	KindSubstituted Kind = "substituted"
	KindReordered   Kind = "reordered"
	KindDivergent   Kind = "divergent"
	KindSpeaker     Kind = "speaker"
)

// kindTable is every difference kind with its default severity and what
// it means, in the order reports and help list them. Adding a kind is
// adding a row here.
var kindTable = []struct {
	kind     Kind
	severity Severity
	doc      string
}{
	{KindCase, Info, `a word's capitals differ ("It takes" / "it takes")`},
	{KindPunctuation, Info, "marks between words differ"},
	{KindTypography, Info, "curly or straight marks, dashes, a compound spelt another way"},
	{KindEditorial, Info, `an editor's marked change: "[a person's]", "..." for an omission`},
	{KindPartial, Info, "a verbatim excerpt: words left out at an edge"},
	{KindDisfluency, Info, "only a repeated word, false start, filler or stage direction left out"},
	{KindInserted, Error, "words the canonical wording does not have"},
	{KindDeleted, Error, "words left out of the middle, or the end of a whole sentence"},
	{KindSubstituted, Error, `other words ("pay the price" / "pay a price"); subkind contraction for "we are" / "we're"`},
	{KindReordered, Error, "the same words in another order"},
	{KindDivergent, Warning, "too differently worded to diff (often two translations)"},
	{KindSpeaker, Error, "the words are credited to someone else"},
}

// Kinds lists every difference kind, in report order.
func Kinds() []Kind {
	out := make([]Kind, len(kindTable))
	for i, row := range kindTable {
		out[i] = row.kind
	}
	return out
}

// ParseKind reads a kind's name; ok is false for a name no kind has.
func ParseKind(name string) (k Kind, ok bool) {
	for _, row := range kindTable {
		if string(row.kind) == name {
			return row.kind, true
		}
	}
	return "", false
}

// Severity gives the kind's default severity (None for an unknown kind).
func (k Kind) Severity() Severity {
	for _, row := range kindTable {
		if row.kind == k {
			return row.severity
		}
	}
	return None
}

// Doc says in a phrase what the kind means ("" for an unknown kind).
func (k Kind) Doc() string {
	for _, row := range kindTable {
		if row.kind == k {
			return row.doc
		}
	}
	return ""
}

// Difference is one way a version's wording departs from the canonical wording.
type Difference struct {
	Kind      Kind     `json:"kind"`
	Subkind   string   `json:"subkind,omitempty"` // e.g. "contraction" for a substituted contraction
	Severity  Severity `json:"severity"`
	Canonical string   `json:"canonical"` // the canonical words involved ("" for an insertion)
	Version   string   `json:"version"`   // the version's words involved ("" for a deletion)
	Position  int      `json:"position"`  // 0-based word index in the canonical wording
	Line      int      `json:"line"`      // file position of the difference in the version's source
	Column    int      `json:"column"`
	// RefLine and RefColumn place the canonical words in a transcript, when
	// a transcript gives the canonical wording.
	RefLine   int `json:"ref_line,omitempty"`
	RefColumn int `json:"ref_column,omitempty"`
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
	// Transcript is what a transcript among the sources says of the
	// utterance: the passage it matches, or that the speaker never said it.
	Transcript *TranscriptCheck `json:"transcript,omitempty"`
}

// Key names the difference as configuration keys do: "kind-subkind"
// ("substituted-contraction"), or the kind alone when it has no subkind.
func (d Difference) Key() string {
	if d.Subkind == "" {
		return string(d.Kind)
	}
	return string(d.Kind) + "-" + d.Subkind
}
