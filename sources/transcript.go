package sources

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// KindTranscript is Source.Kind for a transcript: a record of who said
// what, verbatim, rather than an article quoting people.
const KindTranscript = "transcript"

// Transcript is the speech of a transcript source as a sequence of turns.
type Transcript struct {
	Form  string // labels (turns opened by speaker labels), court (with Q. and A. turns), vtt or srt
	Turns []Turn

	stamped bool // a time stamp stands on a line of its own
}

// Turn is one speaker's unbroken speech in a transcript.
type Turn struct {
	Label    string // as printed, without the colon: "MS. PSAKI", "Q", "THE COURT", "Jen Psaki" (a caption voice)
	Speaker  string // the person the label stands for ("Jen Psaki"); the label itself when it stands for no one person
	Reporter bool   // a question from the press or an examining lawyer ("Q"): never the official's words
	Role     bool   // the label names a role, not a person ("SENIOR ADMINISTRATION OFFICIAL", "THE COURT"): it may stand for several people
	Time     string // the latest time stamp or caption time before the turn ("12:36 P.M. EDT", "00:01:04.500")
	// Spans are the byte ranges of Source.Text that hold the turn's words
	// (the label, caption timings and markup are outside them).
	Spans []Span
}

// Span is a byte range [Start, End) of a Source's Text.
type Span struct{ Start, End int }

// Text gives the turn's words as they stand in text, spans joined by a space.
func (t *Turn) Text(text string) string {
	var b strings.Builder
	for i, s := range t.Spans {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[s.Start:s.End])
	}
	return b.String()
}

var (
	// labelLine is a speaker label opening a line in capitals, as
	// government, broadcast and court transcripts print them: "MS. PSAKI:",
	// "THE PRESIDENT:", "SENIOR ADMINISTRATION OFFICIAL:", "STEPHANOPOULOS:",
	// "MR. O'BRIEN:". At most six words; the colon is followed by space.
	labelLine = regexp.MustCompile(`^[ \t\x{a0}]*((?:[A-Z][A-Z'’.\-]*|[A-Z]\.)(?:[ \t\x{a0}]+(?:[A-Z][A-Z'’.\-]*|OF|DE|VAN|[A-Z]\.)){0,5})[ \t\x{a0}]*:(?:[ \t\x{a0}]+|$)`)
	// mixedLabel is a label in ordinary case ("Jen Psaki:"), read only in
	// a file that says it is a transcript.
	mixedLabel = regexp.MustCompile(`^[ \t\x{a0}]*([A-Z][\p{L}'’.\-]*(?:[ \t\x{a0}]+[A-Z][\p{L}'’.\-]*){0,3})[ \t\x{a0}]*:[ \t\x{a0}]+`)
	// timedLabel is a speaker label with a time stamp, as transcription
	// services print turns: "Jen Psaki: (03:15)", "Speaker 2 (01:02:07):",
	// "Jen Psaki: [00:03:15]". The time makes the ordinary-case name safe
	// to read as a label.
	timedLabel = regexp.MustCompile(`^[ \t]*(\p{Lu}[\p{L}'’.\-]*(?:[ \t]+[\p{L}\d'’.\-]+){0,4}?)[ \t]*(?:[(\[]((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?)[)\]][ \t]*:|:[ \t]*[(\[]((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?)[)\]])[ \t]*`)
	// questionLine is a reporter's or examiner's question: "Q", "Q:" or
	// "Q." then space; answerLine is a witness's answer "A." or "A:".
	questionLine = regexp.MustCompile(`^[ \t\x{a0}]*Q(?:[.:][ \t\x{a0}]*|[ \t\x{a0}]+)`)
	answerLine   = regexp.MustCompile(`^[ \t\x{a0}]*A[.:][ \t\x{a0}]+`)
	// timeLine is a time stamp on a line of its own: "12:36 P.M. EDT",
	// "END 1:34 P.M. EDT", "10:02 a.m.".
	timeLine = regexp.MustCompile(`^[ \t\x{a0}]*(?:END[ \t\x{a0}]+)?(\d{1,2}:\d{2}[ \t\x{a0}]*(?:[AaPp]\.?[Mm]\.?)(?:[ \t\x{a0}]+[A-Z]{2,4})?)[ \t\x{a0}]*$`)
)

// struck is text struck through in a transcript's Markdown or HTML
// ("~~misspoke~~", "<s>misspoke</s>", "<del>…</del>"): a correction, not
// words that were said.
var struck = regexp.MustCompile(`~~[^~\n]+~~|<(s|del|strike)>[^<]*</(?:s|del|strike)>`)

// minLabelTurns is how many lines must open with a capitalised speaker
// label (or a Q/A mark) for a file to read as a transcript by its form;
// one is enough in a file with a time stamp line ("3:26 P.M. EDT"), as a
// speech by one person is printed.
const minLabelTurns = 3

// labelStops are words in capitals that open lines of articles and
// documents without naming a speaker ("NOTE:", "UPDATE:"): a line whose
// label is one of these does not start a turn.
var labelStops = map[string]bool{
	"NOTE": true, "UPDATE": true, "UPDATED": true, "CORRECTION": true, "EDITOR'S NOTE": true, "WATCH": true,
	"READ MORE": true, "RELATED": true, "PHOTO": true, "VIDEO": true, "SOURCE": true, "SOURCES": true, "WARNING": true,
	"PS": true, "P.S.": true, "TIP": true, "ALSO": true, "SEE ALSO": true, "FILE": true,
}

// transcriptFront is what front matter can say about a transcript.
type transcriptFront struct {
	Outlet   string            // the outlet front matter names, if any
	Kind     string            `yaml:"kind"`
	Speakers map[string]string `yaml:"speakers"`
}

// frontMatter gives the YAML between a file's front-matter lines, if it has them.
func frontMatter(text string) (string, bool) {
	m := frontOpen.FindStringIndex(text)
	if m == nil {
		return "", false
	}
	end := frontClose.FindStringIndex(text[m[1]:])
	if end == nil {
		return "", false
	}
	return text[m[1] : m[1]+end[0]], true
}

// decodeFrontExtras reads the outlet, kind and speakers keys of front matter.
func decodeFrontExtras(front string) transcriptFront {
	var f transcriptFront
	var raw struct {
		Outlet   any            `yaml:"outlet"`
		Kind     any            `yaml:"kind"`
		Speakers map[string]any `yaml:"speakers"`
	}
	if yaml.Unmarshal([]byte(front), &raw) != nil {
		return f
	}
	if s, ok := raw.Outlet.(string); ok {
		f.Outlet = s
	}
	if s, ok := raw.Kind.(string); ok {
		f.Kind = strings.ToLower(strings.TrimSpace(s))
	}
	for k, v := range raw.Speakers {
		if s, ok := v.(string); ok {
			if f.Speakers == nil {
				f.Speakers = map[string]string{}
			}
			f.Speakers[normLabel(k)] = strings.TrimSpace(s)
		}
	}
	return f
}

// mayHaveKind reports whether front matter can hold a kind key: only if
// the word is printed in it, or an escape could spell it. Front matter
// without one is decoded only for a file read as a transcript.
func mayHaveKind(front string) bool {
	return strings.Contains(front, "kind") || strings.Contains(front, "\\")
}

// attachTranscript makes src a transcript when its front matter says so
// (kind: transcript) or its lines open with speaker labels; the turns are
// read from src.Text.
func attachTranscript(src *Source, fileText string) {
	raw, hasFront := frontMatter(fileText)
	var front transcriptFront
	decoded := hasFront && mayHaveKind(raw)
	if decoded {
		front = decodeFrontExtras(raw)
	}
	declared := front.Kind == KindTranscript
	if front.Kind != "" && !declared {
		return
	}
	if !declared && !turnOpensNear(src.Text, maxPreambleWords+maxLabelWords+len(strings.Fields(src.Title))+1) {
		return // an article: no turn after a short preamble (see transcriptForm)
	}
	tr := readTurns(src.Text, declared)
	if tr == nil || (!declared && !transcriptForm(tr, src)) {
		return
	}
	if hasFront && !decoded {
		front = decodeFrontExtras(raw)
	}
	src.Kind, src.Transcript = KindTranscript, tr
	src.Published = transcriptPublished(src.Date, tr)
	if front.Outlet == "" {
		src.Outlet = transcriptOutlet(src.Date)
	}
	resolveSpeakers(tr, src.Title, src.Text, front.Speakers)
}

// transcriptPublished gives a transcript's publication time: its date
// with the first time stamp line ("11:04 A.M. PST") when the date has no
// time of its own.
func transcriptPublished(date string, tr *Transcript) string {
	p := Published(date)
	if len(p) != len("2006-01-02") {
		return p
	}
	for _, t := range tr.Turns {
		if t.Time != "" {
			return stampedTime(p, t.Time)
		}
	}
	return p
}

// maxPreambleWords is the most words a transcript recognised by its form
// may have before its first turn, besides its title: a venue and a time
// ("James S. Brady Press Briefing Room", "12:36 P.M. EDT"). An article
// that prints an interview as questions and answers introduces it in
// prose first, and stays an article.
const maxPreambleWords = 30

// transcriptForm reports whether turns read from an undeclared file make
// it a transcript: enough labelled turns, or one in a time-stamped file,
// after no more than a short preamble.
func transcriptForm(tr *Transcript, src *Source) bool {
	n := countLabelled(tr)
	if n < minLabelTurns && !(tr.stamped && n > 0) {
		return false
	}
	first := tr.Turns[0].Spans
	if len(first) == 0 {
		return false
	}
	pre := src.Text[:first[0].Start]
	if src.Title != "" {
		pre = strings.Replace(pre, src.Title, "", 1)
	}
	return len(strings.Fields(pre)) <= maxPreambleWords+len(strings.Fields(tr.Turns[0].Label))
}

// maxLabelWords is the most words a speaker label has (labelLine).
const maxLabelWords = 6

// turnOpensNear reports whether a line opening a turn (see readTurns)
// stands before the text's words pass limit: the test that spares an
// article, whose first label would come too late for transcriptForm,
// the reading of every line.
func turnOpensNear(text string, limit int) bool {
	words := 0
	for line := range strings.Lines(text) {
		line = strings.TrimRight(line, "\r\n")
		if mayBeTimed(line) && timedLabel.MatchString(line) {
			return true
		}
		if _, _, _, ok := turnStart(line, false); ok {
			return true
		}
		if words += fieldCount(line); words > limit {
			return false
		}
	}
	return false
}

// mayBeTimed reports whether line holds what timedLabel needs, a colon
// and a bracket, so that most lines are ruled out without the regexp.
func mayBeTimed(line string) bool {
	return strings.IndexByte(line, ':') >= 0 && strings.ContainsAny(line, "([")
}

// fieldCount is len(strings.Fields(s)), without making the list.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

func countLabelled(tr *Transcript) int {
	n := 0
	for _, t := range tr.Turns {
		if t.Label != "" {
			n++
		}
	}
	return n
}

// readTurns splits text into labelled turns, line by line: a label line
// starts a turn, a time stamp ends one, and every other line continues
// the current turn. Text before the first label (a venue, a time) is no
// turn. mixed also accepts labels in ordinary case.
func readTurns(text string, mixed bool) *Transcript {
	tr := &Transcript{Form: "labels"}
	var cur *Turn
	clock := ""
	hasQA := false
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		if m := timeLine.FindStringSubmatch(line); m != nil {
			clock, cur, tr.stamped = strings.TrimSpace(m[1]), nil, true
		} else if m := timedLabel.FindStringSubmatchIndex(line); m != nil {
			clock, tr.stamped = line[max(m[4], m[6]):max(m[5], m[7])], true
			tr.Turns = append(tr.Turns, Turn{Label: line[m[2]:m[3]], Time: clock})
			cur = &tr.Turns[len(tr.Turns)-1]
			addSpan(text, cur, off+m[1], end)
		} else if label, body, reporter, ok := turnStart(line, mixed); ok {
			hasQA = hasQA || label == "A"
			tr.Turns = append(tr.Turns, Turn{Label: label, Reporter: reporter, Time: clock})
			cur = &tr.Turns[len(tr.Turns)-1]
			addSpan(text, cur, off+body, end)
		} else if cur != nil {
			addSpan(text, cur, off, end)
		}
		off = end + 1
	}
	if hasQA {
		tr.Form = "court"
	}
	if len(tr.Turns) == 0 {
		return nil
	}
	return tr
}

// turnStart reads a line that opens a turn: its label, the offset of the
// speech after it, and whether it is a question.
func turnStart(line string, mixed bool) (label string, body int, reporter, ok bool) {
	if m := questionLine.FindStringIndex(line); m != nil && m[1] < len(line) && startsSpeech(line[m[1]:]) {
		return "Q", m[1], true, true
	}
	if m := answerLine.FindStringIndex(line); m != nil {
		return "A", m[1], false, true
	}
	if m := labelLine.FindStringSubmatchIndex(line); m != nil {
		l := strings.TrimSpace(line[m[2]:m[3]])
		if !labelStops[l] && hasLetters(l, 2) {
			return l, m[1], false, true
		}
	}
	if mixed {
		if m := mixedLabel.FindStringSubmatchIndex(line); m != nil && !labelStops[strings.ToUpper(line[m[2]:m[3]])] {
			return strings.TrimSpace(line[m[2]:m[3]]), m[1], false, true
		}
	}
	return "", 0, false, false
}

// startsSpeech reports whether s opens with a capital, digit, quotation
// mark or dash, as speech after a "Q" does (and "Q fever" does not).
func startsSpeech(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'—–-.…(", r)
}

func hasLetters(s string, n int) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			n--
		}
	}
	return n <= 0
}

// addSpan adds text[start:end], trimmed of spaces and without struck
// text, to the turn.
func addSpan(text string, t *Turn, start, end int) {
	base := start
	for _, m := range struck.FindAllStringIndex(text[base:end], -1) {
		addSpan(text, t, start, base+m[0]) // struck-through words were not said
		start = base + m[1]
	}
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	if start == end {
		return
	}
	if n := len(t.Spans); n > 0 && strings.TrimSpace(text[t.Spans[n-1].End:start]) == "" {
		t.Spans[n-1].End = end // the next line of one paragraph
		return
	}
	t.Spans = append(t.Spans, Span{start, end})
}

// transcriptOutlet names a transcript among the outlets of a report:
// "transcript 2021-03-18".
func transcriptOutlet(date string) string {
	if date == "" {
		return "transcript"
	}
	return "transcript " + date
}
