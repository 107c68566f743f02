package align

import (
	"strings"
	"unicode/utf8"
)

// repeatReach is how many words back a word may have been said before
// for saying it again to be a repetition ("already had a conversation
// already with": four).
const repeatReach = 4

// minRepeatLetters is the fewest letters a word needs for saying it again
// a few words later to be a repetition ("already had a conversation
// already"): short words ("in", "the") recur in ordinary sentences
// ("came in through the windows in ten minutes").
const minRepeatLetters = 4

// disfluent reports whether canonical words i..j-1 are only what a
// writer may clean out of speech without changing what was said:
//   - a word said twice in a row ("the the"), a phrase said twice in a
//     row ("I think — I think it's"), or a word of minRepeatLetters or
//     more said again within repeatReach words before;
//   - a false start: a word broken off with a hyphen, with the other
//     words of the run said again just before or after it ("we've helped
//     ferr- — we've helped ferry");
//   - a start broken off at a dash and begun again ("in very — very");
//   - a filler ("uh", "um");
//   - a transcript's stage direction ("(Laughter.)").
//
// A negation is never one of them: dropping it changes what was said.
func disfluent(c wording, i, j int) bool {
	if i >= j {
		return false
	}
	falseStart := false
	for k := i; k < j; k++ {
		if negations[c.toks[k].norm] || strings.HasSuffix(c.toks[k].norm, "n't") {
			return false
		}
		falseStart = falseStart || brokenOff(c, k)
	}
	if restart(c, i, j) {
		return true
	}
	if n := j - i; n > 1 && (sameWords(c, i, j, c, j, min(j+n, len(c.toks))) || i >= n && sameWords(c, i, j, c, i-n, i)) {
		return true
	}
	for k := i; k < j; k++ {
		tk := c.toks[k]
		switch {
		case tk.stage, fillers[tk.norm], brokenOff(c, k), doubled(c, k, i, j):
		case falseStart && (saidNear(c, k, j, min(j+repeatReach, len(c.toks))) || saidNear(c, k, max(i-repeatReach, 0), i)):
		case utf8.RuneCountInString(tk.norm) >= minRepeatLetters && saidNear(c, k, max(i-repeatReach, 0), i):
		default:
			return false
		}
	}
	return true
}

// maxRestartWords is the longest abandoned start a dash marks.
const maxRestartWords = 3

// restart reports whether words i..j-1 are a start the speaker broke off
// at a dash and began again, repeating its first or last word: "are in
// very — very concerned".
func restart(c wording, i, j int) bool {
	if j-i > maxRestartWords || j >= len(c.toks) || !strings.ContainsAny(c.sepAfter(j-1), "—–") {
		return false
	}
	next := c.toks[j].norm
	return next == c.toks[i].norm || next == c.toks[j-1].norm
}

// brokenOff reports whether word k is cut short by a hyphen: "nurs-".
func brokenOff(c wording, k int) bool {
	rest := c.s[c.toks[k].end:]
	return strings.HasPrefix(rest, "-") && (len(rest) == 1 || strings.ContainsAny(rest[1:2], " \n\t-—–"))
}

// doubled reports whether word k of the run i..j-1 stands next to the
// same word outside the run.
func doubled(c wording, k, i, j int) bool {
	return (k == i && i > 0 && c.toks[i-1].norm == c.toks[k].norm) || (k == j-1 && j < len(c.toks) && c.toks[j].norm == c.toks[k].norm)
}

// saidNear reports whether word k is said among words from..to-1.
func saidNear(c wording, k, from, to int) bool {
	for m := from; m < to; m++ {
		if c.toks[m].norm == c.toks[k].norm {
			return true
		}
	}
	return false
}
