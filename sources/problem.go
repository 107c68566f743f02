package sources

import (
	"errors"
	"fmt"
)

// Severities of a Problem.
const (
	ProblemError   = "error"   // the input, or part of it, was not read
	ProblemWarning = "warning" // the input was read, with a caveat
)

// Problem is an input that could not be read, or was read with a caveat,
// as reports list it.
type Problem struct {
	Path     string `json:"path"`
	Line     int    `json:"line,omitempty"`
	Column   int    `json:"column,omitempty"`
	Severity string `json:"severity"` // ProblemError or ProblemWarning
	Message  string `json:"message"`
}

// String gives path:line:column: message, leaving out what is unknown.
func (p Problem) String() string {
	switch {
	case p.Line <= 0:
		return fmt.Sprintf("%s: %s", p.Path, p.Message)
	case p.Column <= 0:
		return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Message)
	}
	return fmt.Sprintf("%s:%d:%d: %s", p.Path, p.Line, p.Column, p.Message)
}

// Warning is a caveat about an input that was still read (or skipped on
// purpose): a byte that was not UTF-8, a special file in a directory, a
// duplicate. Files and Load return it among their errors.
type Warning struct {
	Path   string
	Line   int // 0 when it concerns the whole file
	Column int // 0 when unknown
	Msg    string
}

func (w *Warning) Error() string {
	return Problem{Path: w.Path, Line: w.Line, Column: w.Column, Message: w.Msg}.String()
}

// ProblemOf describes an error returned by Files, Load or Parse.
func ProblemOf(err error) Problem {
	var w *Warning
	if errors.As(err, &w) {
		return Problem{Path: w.Path, Line: w.Line, Column: w.Column, Severity: ProblemWarning, Message: w.Msg}
	}
	var e *Error
	if errors.As(err, &e) {
		return Problem{Path: e.Path, Line: e.Line, Severity: ProblemError, Message: e.Err.Error()}
	}
	return Problem{Severity: ProblemError, Message: err.Error()}
}

// Flatten lists the errors joined (errors.Join) in err.
func Flatten(err error) []error { return flatten(err) }
