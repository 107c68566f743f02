// Package align matches the same utterance across sources and classifies
// every difference in its wording.
package align

import "slices"

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
	KindExtended    Kind = "extended"
	KindDisfluency  Kind = "disfluency"
	KindInserted    Kind = "inserted"
	KindDeleted     Kind = "deleted"
	KindSubstituted Kind = "substituted"
	KindReordered   Kind = "reordered"
	KindDivergent   Kind = "divergent"
	KindSpeaker     Kind = "speaker"
)

// Subkinds a difference may carry (Difference.Subkind), each a row of
// kindTable under its kind.
const (
	SubkindCompound    = "compound"    // typography: a compound spelt another way
	SubkindSentence    = "sentence"    // partial: whole sentences more or less at an edge
	SubkindCut         = "cut"         // deleted, inserted: a whole sentence cut short or run on
	SubkindContraction = "contraction" // substituted: "we are" / "we're"
	SubkindInferred    = "inferred"    // speaker: a credit that rests on an inference names someone else
	SubkindAmbiguous   = "ambiguous"   // speaker: the same, but the inferred credit's sentences name the other person too
)

// kindRow is one kind or kind-subkind with its default severity and what
// it means.
type kindRow struct {
	kind     Kind
	subkind  string
	severity Severity
	doc      string
}

// kindTable is every difference kind and subkind with its default
// severity and what it means, in the order reports and help list them.
// It is the one place severities are decided: align gives every
// difference its row's severity, and check's policy (.quotecheck.yaml)
// overrides it by the same keys. Adding a kind is adding a row here.
var kindTable = []kindRow{
	{KindCase, "", Info, `a word's capitals differ ("It takes" / "it takes")`},
	{KindPunctuation, "", Info, "marks between words differ"},
	{KindTypography, "", Info, "curly or straight marks, dashes"},
	{KindTypography, SubkindCompound, Info, `a compound spelt another way ("under-investment" / "underinvestment")`},
	{KindEditorial, "", Info, `an editor's marked change: "[a person's]", "..." for an omission`},
	{KindPartial, "", Info, "a verbatim excerpt: words left out at an edge"},
	{KindPartial, SubkindSentence, Info, "a verbatim excerpt that leaves out whole sentences at an edge"},
	{KindExtended, "", Info, "words at an edge that only this source prints: the canonical wording rests on it alone there"},
	{KindDisfluency, "", Info, "only a repeated word, false start, filler or stage direction left out"},
	{KindInserted, "", Error, "words the canonical wording does not have"},
	{KindInserted, SubkindCut, Error, "a whole sentence run on past where the canonical wording ends it"},
	{KindDeleted, "", Error, "words left out of the middle"},
	{KindDeleted, SubkindCut, Error, "a whole sentence cut short: a full stop where the phrase ran on"},
	{KindSubstituted, "", Error, `other words ("pay the price" / "pay a price")`},
	{KindSubstituted, SubkindContraction, Error, `the same words with or without a contraction ("we are" / "we're")`},
	{KindReordered, "", Error, "the same words in another order"},
	{KindDivergent, "", Warning, "too differently worded to diff (often two translations)"},
	{KindSpeaker, "", Error, "two explicit credits name different people"},
	{KindSpeaker, SubkindInferred, Info, "inferred credit differs: a credit from a pronoun, role or the quotation before names someone else; a guess is never an alarm"},
	{KindSpeaker, SubkindAmbiguous, Info, "inferred credit differs: the pronoun or role could be the other person, named beside it"},
}

// Kinds lists every difference kind, in report order.
func Kinds() []Kind {
	var out []Kind
	for _, row := range kindTable {
		if row.subkind == "" {
			out = append(out, row.kind)
		}
	}
	return out
}

// KindKeys lists every kind and kind-subkind as configuration keys name
// them ("substituted", "substituted-contraction"), in report order.
func KindKeys() []string {
	out := make([]string, len(kindTable))
	for i, row := range kindTable {
		out[i] = Difference{Kind: row.kind, Subkind: row.subkind}.Key()
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
func (k Kind) Severity() Severity { return DefaultSeverity(k, "") }

// ChangesWords reports whether a difference of this kind means the version
// holds words, or an order of words, its source does not: inserted,
// deleted, substituted and reordered, whatever severity a configuration
// gives them. A quotation with such a difference is never confirmed.
func (k Kind) ChangesWords() bool {
	switch k {
	case KindInserted, KindDeleted, KindSubstituted, KindReordered:
		return true
	}
	return false
}

// ChangesWords reports whether any of ds changes words (Kind.ChangesWords).
func ChangesWords(ds []Difference) bool {
	return slices.ContainsFunc(ds, func(d Difference) bool { return d.Kind.ChangesWords() })
}

// DefaultSeverity gives the default severity of a kind and subkind: the
// subkind's row, else the kind's (None for an unknown kind).
func DefaultSeverity(k Kind, subkind string) Severity {
	sev := None
	for _, row := range kindTable {
		if row.kind == k && (row.subkind == "" || row.subkind == subkind) {
			sev = row.severity
			if row.subkind != "" {
				return sev
			}
		}
	}
	return sev
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

// newDifference makes a difference of a kind and subkind at its default
// severity.
func newDifference(k Kind, subkind string) Difference {
	return Difference{Kind: k, Subkind: subkind, Severity: DefaultSeverity(k, subkind)}
}

// withDefaultSeverities sets every difference's severity from kindTable.
func withDefaultSeverities(ds []locatedDiff) {
	for i := range ds {
		ds[i].Severity = DefaultSeverity(ds[i].Kind, ds[i].Subkind)
	}
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
	// Timeline is the history of its wording: each distinct wording in
	// order of first publication, with the one it most likely comes from.
	Timeline []TimelineEntry `json:"timeline"`
}

// Key names the difference as configuration keys do: "kind-subkind"
// ("substituted-contraction"), or the kind alone when it has no subkind.
func (d Difference) Key() string {
	if d.Subkind == "" {
		return string(d.Kind)
	}
	return string(d.Kind) + "-" + d.Subkind
}
