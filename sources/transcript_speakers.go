package sources

import (
	_ "embed"
	"regexp"
	"strings"
	"unicode"
)

//go:embed vocab/labels.txt
var labelsFile string

// labelWords are the title and role words of speaker labels, and
// reporterLabels the labels of questioners, from vocab/labels.txt.
var labelWords, reporterLabels = readLabelVocab(labelsFile)

func readLabelVocab(file string) (words, reporters map[string]bool) {
	words, reporters = map[string]bool{}, map[string]bool{}
	for _, line := range strings.Split(file, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if l, ok := strings.CutPrefix(line, "reporter "); ok {
			reporters[l] = true
			continue
		}
		words[line] = true
	}
	return words, reporters
}

// normLabel gives a label's lookup form: capitals, single spaces.
func normLabel(l string) string {
	return strings.Join(strings.Fields(strings.ToUpper(strings.ReplaceAll(l, "\u00a0", " "))), " ")
}

// labelWordsOf gives a label's words in capitals without full stops ("MS", "PSAKI").
func labelWordsOf(l string) []string {
	return strings.FieldsFunc(normLabel(l), func(r rune) bool { return r == ' ' || r == '.' })
}

// resolveSpeakers names the person each turn's label stands for: from
// the speakers map first, then a full name ending in the label's surname
// in the title or the text ("MS. PSAKI" → "Jen Psaki"). A role label
// ("THE PRESIDENT") takes the surname the title gives the role
// ("Remarks by President Biden"). A label that names no one person
// ("SENIOR ADMINISTRATION OFFICIAL") stays the label; questioners have
// no speaker.
func resolveSpeakers(tr *Transcript, title, text string, speakers map[string]string) {
	cache := map[string]string{}
	for i := range tr.Turns {
		t := &tr.Turns[i]
		key := normLabel(t.Label)
		if reporterLabels[key] && speakers[key] == "" {
			t.Reporter = true
			continue
		}
		name, ok := cache[key]
		if !ok {
			name = resolveLabel(key, title, text, speakers)
			cache[key] = name
		}
		t.Speaker = name
		t.Role = name == titleCase(key) && !hasSurname(key) || name == unnamedWitness
	}
}

// unnamedWitness speaks a court record's answers when the record names
// no witness.
const unnamedWitness = "the witness"

// hasSurname reports whether a label ends in a name rather than a title
// or role word.
func hasSurname(key string) bool {
	words := labelWordsOf(key)
	return len(words) > 0 && !labelWords[words[len(words)-1]] && hasLetters(words[len(words)-1], 1)
}

func resolveLabel(key, title, text string, speakers map[string]string) string {
	if name := speakers[key]; name != "" {
		return name
	}
	words := labelWordsOf(key)
	if key == "A" {
		if m := witnessCalled.FindStringSubmatch(text); m != nil {
			return m[1]
		}
		return unnamedWitness
	}
	surname := ""
	if n := len(words); n > 0 && hasSurname(key) {
		surname = words[n-1]
	} else if n > 0 && words[0] == "THE" {
		surname = roleHolder(title, words[1:])
	}
	if surname == "" {
		return titleCase(key)
	}
	if name := fullName(title, surname, nil); name != "" {
		return name
	}
	if name := fullName(text, surname, offices(words)); name != "" {
		return name
	}
	if words[0] == "THE" {
		return titleCase(strings.Join(words[1:], " ")) + " " + titleCase(surname)
	}
	return titleCase(key)
}

// witnessCalled finds the witness a court record's answers ("A.") are
// from: "The State calls Nora Quist", "EXAMINATION OF NORA QUIST" reads
// only in capitals and is left alone.
var witnessCalled = regexp.MustCompile(`\b(?:calls|called|call)[ \t]+(?:(?:Mr|Ms|Mrs|Dr)\.[ \t]+)?(\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’\-]*){1,2})`)

// roleHolder finds the surname the title gives a role: "Remarks by
// President Biden" gives "BIDEN" for THE PRESIDENT.
func roleHolder(title string, role []string) string {
	if len(role) == 0 {
		return ""
	}
	pat := `(?i:\b` + strings.Join(role, `[\s\x{a0}]+`) + `)[\s\x{a0}]+(\p{Lu}[\p{L}'’\-]+)`
	re, err := regexp.Compile(pat)
	if err != nil {
		return ""
	}
	for _, m := range re.FindAllStringSubmatch(title, -1) {
		if w := strings.ToUpper(m[1]); !labelWords[w] {
			return w
		}
	}
	return ""
}

// honorifics are the title words that say nothing of an office.
var honorifics = map[string]bool{"MR": true, "MRS": true, "MS": true, "MISS": true, "MX": true, "DR": true, "THE": true}

// offices gives a label's office words ("PRESIDENT" of "PRESIDENT
// BIDEN"); nil when it has only honorifics.
func offices(words []string) []string {
	var out []string
	for _, w := range words[:max(len(words)-1, 0)] {
		if labelWords[w] && !honorifics[w] {
			out = append(out, w)
		}
	}
	return out
}

// maxOfficeGap is how many words may stand between an office and the
// name it introduces ("Secretary of Housing and Urban Development Marcia
// L. Fudge").
const maxOfficeGap = 8

// fullName finds the first "Given [I.] Surname" in s whose given name is
// a capitalised word that is no title ("Jen Psaki", "Marcia L. Fudge").
// With offices, the name must follow one of them closely, so that
// PRESIDENT BIDEN is not resolved to a relative the speech mentions.
func fullName(s, surname string, office []string) string {
	re, err := regexp.Compile(`(\p{Lu}\p{Ll}[\p{L}'’\-]*)((?:[\s\x{a0}]+\p{Lu}\.)*)[\s\x{a0}]+(?i:(` + regexp.QuoteMeta(surname) + `))\b`)
	if err != nil {
		return ""
	}
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		if labelWords[strings.ToUpper(m[1])] {
			continue
		}
		if len(office) > 0 && !officeBefore(s[:strings.Index(s, m[0])], office) {
			continue
		}
		parts := append([]string{m[1]}, strings.Fields(strings.ReplaceAll(m[2], "\u00a0", " "))...)
		return strings.Join(append(parts, m[3]), " ")
	}
	return ""
}

// titleCase writes a label in ordinary case: "SENIOR ADMINISTRATION
// OFFICIAL" → "Senior Administration Official", "O'BRIEN" → "O'Brien".
func titleCase(s string) string {
	rs := []rune(strings.ToLower(s))
	start := true
	for i, r := range rs {
		if start && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		start = !unicode.IsLetter(r)
	}
	return string(rs)
}

// officeBefore reports whether one of the office words stands, in
// ordinary case, among the last maxOfficeGap words of s.
func officeBefore(s string, office []string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words[max(len(words)-maxOfficeGap, 0):] {
		for _, o := range office {
			if w == titleCase(o) { // "Secretary" in prose, not a label's "SECRETARY"
				return true
			}
		}
	}
	return false
}

// Rename names the people behind a transcript's labels from a map of
// labels to names ("MS. PSAKI": "Jen Psaki"), as a configuration file
// gives them; the map wins over what the transcript itself says.
func (tr *Transcript) Rename(speakers map[string]string) {
	byLabel := map[string]string{}
	for l, name := range speakers {
		byLabel[normLabel(l)] = strings.TrimSpace(name)
	}
	for i := range tr.Turns {
		if name := byLabel[normLabel(tr.Turns[i].Label)]; name != "" {
			tr.Turns[i].Speaker, tr.Turns[i].Reporter, tr.Turns[i].Role = name, false, false
		}
	}
}
