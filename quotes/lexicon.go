package quotes

import "strings"

// reportingVerbs holds every form of the core speech verbs of
// vocab/speech_verbs.txt, and the inflected verbs of saying of other
// languages (vocab/speech_verbs_other_languages.txt), which news in those
// languages places as English places "said" ("«…», afirmó Ruiz").
var reportingVerbs = func() map[string]bool {
	m := verbForms("speech_verbs")
	for w := range wordSet("speech_verbs_other_languages") {
		m[w] = true
	}
	return m
}()

// allReportingVerbs holds every form of the several hundred reporting verbs
// of vocab/reporting_verbs.txt and of the core speech verbs.
var allReportingVerbs = func() map[string]bool {
	m := verbForms("reporting_verbs")
	for f := range reportingVerbs {
		m[f] = true
	}
	return m
}()

// irregularForms are the irregular forms of the speech verbs, which inflect
// does not make.
var irregularForms = wordSet("irregular_verb_forms")

// verbForms gives every inflected form of the verbs of a vocabulary file.
func verbForms(name string) map[string]bool {
	m := map[string]bool{}
	for _, b := range vocabWords(name) {
		for _, f := range inflect(b) {
			m[f] = true
		}
	}
	for f := range irregularForms {
		m[f] = true
	}
	return m
}

// doubled verbs double their last consonant before -ed and -ing.
var doubled = wordSet("doubled_verbs")

// inflect gives a verb's base, -s, -ed and -ing forms.
func inflect(b string) []string {
	switch {
	case doubled[b]:
		last := b[len(b)-1:]
		return []string{b, b + "s", b + last + "ed", b + last + "ing"}
	case strings.HasSuffix(b, "e"):
		return []string{b, b + "s", b + "d", b[:len(b)-1] + "ing"}
	case strings.HasSuffix(b, "y") && !strings.ContainsAny(b[len(b)-2:len(b)-1], "aeiou"):
		return []string{b, b[:len(b)-1] + "ies", b[:len(b)-1] + "ied", b + "ing"}
	}
	return []string{b, b + "s", b + "ed", b + "ing"}
}

// backVerbs take "back" to report speech ("hit back", "fired back").
var backVerbs = wordSet("back_verbs")

// skippable words may stand between a subject and its verb.
var skippable = wordSet("skippable")

// epithets are nouns that, after "the", stand for a person the article
// has named, whatever role it gave them ("the diplomat said", "the
// veteran politician"), as demonyms do.
var epithets = wordSet("epithets")

// prepositions before a name make it an object, not a subject.
var prepositions = wordSet("prepositions")

// functionWords are capitalised only at a sentence's start.
var functionWords = wordSet("function_words")

// titles are words of a title or role printed before a name.
var titles = wordSet("titles")

// roleHeads are nouns that can name a person by role ("the president").
var roleHeads = wordSet("role_heads")

// proxyHeads are roles of people who speak for another ("the spokesman"):
// a sentence naming the other person does not make them the speaker.
var proxyHeads = wordSet("proxy_heads")

// orgWords mark a capitalised name as an organisation or place.
var orgWords = wordSet("org_words")

// places are common single-word places that are never speakers.
var places = nameSet("places")

// femaleNames and maleNames are common first names, for pronoun gender.
var femaleNames = nameSet("female_first_names")

var maleNames = nameSet("male_first_names")

// neutralNames are first names given to people of any gender.
var neutralNames = nameSet("neutral_first_names")

// institutions are names the press uses for a body of people, never for
// one person, whatever an entity tagger says ("the Kremlin said").
var institutions = nameSet("institutions")

// femaleWords and maleWords are titles and role nouns with a gender.
var femaleWords = wordSet("female_words")
var maleWords = wordSet("male_words")

// demonyms are nouns for a person of a country, which the press uses for
// someone named before ("the Frenchman said").
var demonyms = wordSet("demonyms")
