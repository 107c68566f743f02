package quotes

import (
	"embed"
	"strings"
)

// vocabFiles are the closed-class vocabularies attribution reads. Each file
// opens with a header of comment lines (#) naming its class and where it
// comes from; the other lines hold words separated by spaces.
//
//go:embed vocab/*.txt
var vocabFiles embed.FS

// vocabWords gives the words of the vocabulary file vocab/name.txt, in the
// order printed, comments left out. A missing file is a build defect, so it
// panics at start-up, before any input is read.
func vocabWords(name string) []string {
	b, err := vocabFiles.ReadFile("vocab/" + name + ".txt")
	if err != nil {
		panic("quotes: vocabulary " + name + ": " + err.Error())
	}
	var words []string
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		words = append(words, strings.Fields(strings.ToLower(line))...)
	}
	return words
}
