package quotes

import (
	"embed"
	"strings"
	"sync"
)

// vocabFiles are the vocabularies attribution reads, one word list a file.
// Each file opens with a header of comment lines (#): a "class:" line naming
// what the words are and ending with their kind in brackets — "(closed
// class)", "(open class)" or "(proper names; …)" — and a "provenance:" line
// saying where they come from. The other lines hold words separated by
// spaces; a line "key = value words" maps a key to a phrase instead. A word
// "@name" stands for every word of vocab/name.txt, so that a class shared
// by several lists (the days of the week, the months) is written once.
//
//go:embed vocab/*.txt
var vocabFiles embed.FS

// Vocabulary kinds, as the class line of a header ends.
const (
	kindClosed = "closed class"
	kindOpen   = "open class"
	kindNames  = "proper names"
)

// vocabLoaded records which vocabulary files were loaded, with their kind,
// so that a test can check that every file is read and none is orphaned.
var vocabLoaded sync.Map

// vocabHeader is what the comment lines of one vocabulary file say.
type vocabHeader struct {
	class, provenance, kind string
}

// readVocab gives the header and the non-comment lines of vocab/name.txt. A
// missing file or header is a build defect, so it panics at start-up,
// before any input is read.
func readVocab(name string) (vocabHeader, []string) {
	b, err := vocabFiles.ReadFile("vocab/" + name + ".txt")
	if err != nil {
		panic("quotes: vocabulary " + name + ": " + err.Error())
	}
	var h vocabHeader
	var lines []string
	var header strings.Builder
	for _, line := range strings.Split(string(b), "\n") {
		l := strings.TrimSpace(line)
		if c, ok := strings.CutPrefix(l, "#"); ok {
			c = strings.TrimSpace(c)
			header.WriteString(" " + c)
			if v, ok := strings.CutPrefix(c, "class:"); ok {
				h.class = strings.TrimSpace(v)
			} else if v, ok := strings.CutPrefix(c, "provenance:"); ok {
				h.provenance = strings.TrimSpace(v)
			}
			continue
		}
		lines = append(lines, l)
	}
	for _, k := range []string{kindClosed, kindOpen, kindNames} {
		if strings.Contains(header.String(), "("+k) {
			h.kind = k
		}
	}
	if h.kind == "" || h.provenance == "" {
		panic("quotes: vocabulary " + name + ": header lacks a class with its kind or a provenance")
	}
	vocabLoaded.Store(name, h.kind)
	return h, lines
}

// vocabWords gives the lower-cased words of the vocabulary file
// vocab/name.txt, in the order printed, comments left out.
func vocabWords(name string) []string {
	_, lines := readVocab(name)
	return wordsOf(lines)
}

// wordsOf gives the lower-cased words of a vocabulary's lines, with every
// "@name" replaced by the words of vocab/name.txt (which may not include
// others in turn).
func wordsOf(lines []string) []string {
	var words []string
	for _, l := range lines {
		for _, w := range strings.Fields(strings.ToLower(l)) {
			if name, ok := strings.CutPrefix(w, "@"); ok {
				words = append(words, includedWords(name)...)
				continue
			}
			words = append(words, w)
		}
	}
	return words
}

// includedWords gives the words of vocab/name.txt for an "@name" in
// another list. An include inside an included list is a build defect.
func includedWords(name string) []string {
	_, lines := readVocab(name)
	var words []string
	for _, l := range lines {
		for _, w := range strings.Fields(strings.ToLower(l)) {
			if strings.HasPrefix(w, "@") {
				panic("quotes: vocabulary " + name + " is included and includes " + w)
			}
			words = append(words, w)
		}
	}
	return words
}

// setOf gives words as a lookup table.
func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// wordSet gives the words of a closed- or open-class vocabulary as a lookup
// table. Lists of proper names are read with nameSet instead.
func wordSet(name string) map[string]bool {
	h, lines := readVocab(name)
	if h.kind == kindNames {
		panic("quotes: vocabulary " + name + " lists proper names: read it with nameSet")
	}
	return setOf(wordsOf(lines))
}

// nameHints is a list of proper names (first names, places, institutions).
// Such a list is never complete, so it may only nudge a decision the article
// itself supports, never decide alone whether something is a person.
type nameHints struct{ words map[string]bool }

// has reports whether the list holds the lower-cased word w.
func (n nameHints) has(w string) bool { return n.words[w] }

// nameSet gives the words of a vocabulary of proper names.
func nameSet(name string) nameHints {
	h, lines := readVocab(name)
	if h.kind != kindNames {
		panic("quotes: vocabulary " + name + " lists no proper names: read it with wordSet")
	}
	return nameHints{setOf(wordsOf(lines))}
}

// wordMap gives the pairs of a vocabulary whose lines read "key = value
// words", as a lookup table from key to value, both lower-cased.
func wordMap(name string) map[string]string {
	_, lines := readVocab(name)
	m := map[string]string{}
	for _, l := range lines {
		k, v, ok := strings.Cut(strings.ToLower(l), "=")
		if !ok {
			if l != "" {
				panic("quotes: vocabulary " + name + ": line without '=': " + l)
			}
			continue
		}
		m[strings.TrimSpace(k)] = strings.Join(strings.Fields(v), " ")
	}
	return m
}
