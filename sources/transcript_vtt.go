package sources

import (
	"errors"
	"regexp"
	"strings"
)

var (
	// cueTiming is a caption's timing line: "00:01:04.500 --> 00:01:07.000"
	// (WebVTT, hours optional) or "00:01:04,500 --> 00:01:07,000" (SRT).
	cueTiming = regexp.MustCompile(`^[ \t]*((?:\d+:)?\d{2}:\d{2}[.,]\d{3})[ \t]+-->[ \t]+(?:\d+:)?\d{2}:\d{2}[.,]\d{3}`)
	// voiceTag is a WebVTT voice span's start: "<v Jen Psaki>", "<v.loud Jen Psaki>".
	voiceTag = regexp.MustCompile(`<v(?:\.[\w.\-]+)?[ \t]+([^>]+)>`)
	// cueTag is any other cue markup: "</v>", "<i>", "<00:01:05.000>", "<c.yellow>".
	cueTag = regexp.MustCompile(`</?[a-z0-9:.\-]*(?:[ \t][^>]*)?>`)
	// srtSpeaker opens a caption line with a speaker: "JEN PSAKI:", ">> PSAKI:", "[Jen Psaki]", "- Jen Psaki:".
	srtSpeaker = regexp.MustCompile(`^[ \t]*(?:>>|-)?[ \t]*(?:\[([^\]]{2,40})\]|([A-Z][\p{L}'’.\-]*(?:[ \t]+[A-Z][\p{L}'’.\-]*){0,3})[ \t]*:)[ \t]*`)
)

// captionForm names the caption format of a file ("vtt", "srt"), by its
// extension or its opening lines; "" when it is not captions.
func captionForm(path, text string) string {
	lower := strings.ToLower(path)
	head := strings.TrimLeft(text[:min(len(text), 512)], " \t\r\n")
	switch {
	case strings.HasSuffix(lower, ".vtt") || strings.HasPrefix(head, "WEBVTT"):
		return "vtt"
	case strings.HasSuffix(lower, ".srt"):
		return "srt"
	}
	first, rest, _ := strings.Cut(head, "\n")
	second, _, _ := strings.Cut(rest, "\n")
	if isDigits(strings.TrimSpace(first)) && cueTiming.MatchString(second) {
		return "srt"
	}
	return ""
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// parseCaptions makes a transcript Source of WebVTT or SRT captions: one
// turn per run of cues by one voice. A cue without a voice continues the
// last speaker.
func parseCaptions(path string, d *decoded, form string) (*Source, error) {
	s := &Source{Path: path, Format: form, Encoding: d.encoding, Kind: KindTranscript, Text: d.text}
	_, s.Date = nameMeta(path)
	s.Outlet = transcriptOutlet(s.Date)
	s.locate = newFileLocator(d, len(s.Text), []segment{{0, 0}}).locate
	tr := &Transcript{Form: form}
	speaker, clock := "", ""
	inCue, blockStart, numbered := false, true, false
	for off, lineNo := 0, 1; off < len(d.text); lineNo++ {
		end := strings.IndexByte(d.text[off:], '\n')
		if end < 0 {
			end = len(d.text)
		} else {
			end += off
		}
		line := strings.TrimRight(d.text[off:end], "\r")
		switch {
		case strings.TrimSpace(line) == "":
			inCue, blockStart, numbered = false, true, false
		case cueTiming.MatchString(line):
			clock, inCue = cueTiming.FindStringSubmatch(line)[1], true
		case strings.Contains(line, "-->") && !inCue:
			// a timing line that is malformed or negative: the cue's text counts all the same
			d.warns = append(d.warns, &Warning{Line: lineNo, Msg: "caption timing not read (" + strings.TrimSpace(line) + "); its text is kept"})
			inCue = true
		case form == "srt" && blockStart && isDigits(strings.TrimSpace(line)):
			numbered = true // an SRT cue's number; its timing line comes next
		case numbered && !inCue:
			d.warns = append(d.warns, &Warning{Line: lineNo, Msg: "caption has no timing line; its text is kept"})
			inCue = true
			speaker = captionLine(tr, d.text, off, off+len(line), speaker, clock, form)
		case inCue:
			speaker = captionLine(tr, d.text, off, off+len(line), speaker, clock, form)
		}
		if strings.TrimSpace(line) != "" {
			blockStart = false
		}
		off = end + 1
	}
	if len(tr.Turns) == 0 {
		return nil, errors.New("no captions with text (want WebVTT cues or SRT blocks)")
	}
	s.Transcript = tr
	resolveSpeakers(tr, "", d.text, nil)
	return s, nil
}

// captionLine adds one caption line's words to the transcript, starting a
// turn when its voice differs from the current one; it gives the voice.
func captionLine(tr *Transcript, text string, start, end int, speaker, clock, form string) string {
	line := text[start:end]
	if form == "vtt" {
		if m := voiceTag.FindStringSubmatchIndex(line); m != nil {
			speaker = strings.TrimSpace(line[m[2]:m[3]])
			newTurn(tr, speaker, clock)
		}
	} else if m := srtSpeaker.FindStringSubmatchIndex(line); m != nil && (m[2] >= 0 || !labelStops[strings.ToUpper(line[m[4]:m[5]])]) {
		l := line[m[4]:max(m[5], m[4])]
		if m[2] >= 0 {
			l = line[m[2]:m[3]]
		}
		speaker = strings.TrimSpace(l)
		newTurn(tr, speaker, clock)
		start += m[1]
		line = text[start:end]
	}
	if len(tr.Turns) == 0 {
		newTurn(tr, speaker, clock)
	}
	t := &tr.Turns[len(tr.Turns)-1]
	// the words between tags
	pos := 0
	for _, m := range cueTag.FindAllStringIndex(line, -1) {
		addSpan(text, t, start+pos, start+m[0])
		pos = m[1]
	}
	addSpan(text, t, start+pos, end)
	return speaker
}

func newTurn(tr *Transcript, label, clock string) {
	if n := len(tr.Turns); n > 0 && tr.Turns[n-1].Label == label {
		return
	}
	tr.Turns = append(tr.Turns, Turn{Label: label, Time: clock})
}
