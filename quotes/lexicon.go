package quotes

import "strings"

// reportingVerbs holds every form of the core speech verbs of
// vocab/speech_verbs.txt, and the inflected verbs of saying of other
// languages (vocab/speech_verbs_other_languages.txt), which news in those
// languages places as English places "said" ("«…», afirmó Ruiz").
var reportingVerbs = union(verbForms("speech_verbs"), otherLanguageVerbs)

// otherLanguageVerbs are the inflected verbs of saying of other languages.
var otherLanguageVerbs = wordSet("speech_verbs_other_languages")

// speechAuxiliaries are the auxiliaries of another language's compound
// past, before a participle of saying ("«…», a déclaré Morel").
var speechAuxiliaries = wordSet("speech_auxiliaries")

// coordinators are the words for "and" that join two names into one
// subject, in English and the other languages of speechAuxiliaries.
var coordinators = wordSet("coordinators")

// accordingWords are other languages' one-word "according to" ("selon").
var accordingWords = wordSet("according_words")

// auxiliaryOf reports whether token k is the auxiliary of another
// language's compound past whose participle of saying follows it ("a" of
// "a déclaré", "ha" of "ha detto").
func auxiliaryOf(t []token, k int) bool {
	return k >= 0 && k+1 < len(t) && speechAuxiliaries[t[k].lower] && otherLanguageVerbs[t[k+1].lower] && t[k+1].sent == t[k].sent
}

// invertedVerb reports whether word l is a verb of saying with its subject
// pronoun joined after it ("ajoute-t-il", "dit-elle"): verb and subject in
// one word.
func invertedVerb(l string) bool {
	i := strings.LastIndexByte(l, '-')
	return i > 0 && invertedPronoun(l) != 0 && otherLanguageVerbs[strings.TrimSuffix(l[:i], "-t")]
}

// invertedPronoun gives the gender of the subject pronoun that French
// joins to its verb or auxiliary after a quotation ("a-t-elle", "a-t-il",
// "ont-ils"): 'f', 'm', or 'n' for a plural; 0 for other words.
func invertedPronoun(l string) byte {
	i := strings.LastIndexByte(l, '-')
	if i <= 0 {
		return 0
	}
	verb := strings.TrimSuffix(l[:i], "-t")
	if !speechAuxiliaries[verb] && !otherLanguageVerbs[verb] {
		return 0
	}
	switch l[i+1:] {
	case "il":
		return 'm'
	case "elle":
		return 'f'
	case "ils", "elles":
		return 'n'
	}
	return 0
}

// accordingTo gives the first token of the phrase naming whose words a
// quotation gives after "according to" (or another language's "selon")
// at token k, -1 when none starts there.
func accordingTo(t []token, k int) int {
	switch {
	case t[k].lower == "according" && k+2 < len(t) && t[k+1].lower == "to":
		return k + 2
	case accordingWords[t[k].lower] && k+1 < len(t):
		return k + 1
	}
	return -1
}

// allReportingVerbs holds every form of the several hundred reporting verbs
// of vocab/reporting_verbs.txt and of the core speech verbs.
var allReportingVerbs = union(verbForms("reporting_verbs"), reportingVerbs)

// union adds the words of the other sets to m and gives it.
func union(m map[string]bool, others ...map[string]bool) map[string]bool {
	for _, o := range others {
		for w := range o {
			m[w] = true
		}
	}
	return m
}

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
