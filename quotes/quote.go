// Package quotes finds the quotations in an article and says who said each
// one and where it stands.
package quotes

// Kinds of quotation.
const (
	KindUtterance = "utterance" // words presented as someone's speech
	KindFragment  = "fragment"  // a few words lifted into the writer's sentence, or a scare quote
)

// How a speaker was found.
const (
	MethodExplicit     = "explicit"     // named in the attribution ("Psaki said")
	MethodPronoun      = "pronoun"      // "she added", resolved to a person
	MethodRole         = "role"         // "the president said", resolved to a person
	MethodContinuation = "continuation" // no attribution: continues the previous quotation's speaker
	MethodOrganisation = "organisation" // an organisation is the subject ("the club said in a statement")
)

// Quote is one quotation: the characters between one pair of marks.
type Quote struct {
	ID            string `json:"id"`     // "<source id>/q<n>", n counting from 1 in order of position
	Source        string `json:"source"` // the Source's ID
	Path          string `json:"path"`
	Text          string `json:"text"`           // exactly the characters between the marks, less white space next to a mark (« non » gives "non")
	Speaker       string `json:"speaker"`        // canonical name; "" when unknown
	Role          string `json:"role"`           // title or role stripped from the name ("White House press secretary")
	SpeakerMethod string `json:"speaker_method"` // one of the Method constants, "" when unknown
	Kind          string `json:"kind"`           // KindUtterance or KindFragment
	Utterance     string `json:"utterance"`      // ID of the first quotation of the utterance this one is part of (its own ID when alone)
	Line          int    `json:"line"`           // file position of the first character of Text
	Column        int    `json:"column"`
	Offset        int    `json:"offset"`
	Paragraph     int    `json:"paragraph"`         // 1-based paragraph number within the article
	Open          string `json:"open"`              // the opening mark as printed
	Close         string `json:"close"`             // the closing mark as printed; "" when unclosed
	Context       string `json:"context,omitempty"` // the sentence(s) around the quotation, for matching short quotes
	// Lead is, for a quotation of at most ShortWords words, its paragraph
	// and the two before it (see Lead): kept after the article's text is
	// released, to tell which question a short answer answers.
	Lead string `json:"-"`

	Start int `json:"-"` // byte offset of Text within Source.Text
	End   int `json:"-"`
}

// Warning is a problem found while scanning an article that did not stop
// the scan, such as an unbalanced quotation mark.
type Warning struct {
	Path    string `json:"path"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

func (w Warning) Error() string {
	return w.Path + ":" + itoa(w.Line) + ":" + itoa(w.Column) + ": " + w.Message
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
