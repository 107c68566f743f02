package align

import "strings"

// repeatReach is how many words back a word may have been said before
// for saying it again to be a repetition ("already had a conversation
// already with": four).
const repeatReach = 4

// disfluent reports whether canonical words i..j-1 are only what a
// writer may clean out of speech without changing what was said:
//   - a word said again within repeatReach words (before or after), or a
//     phrase said twice in a row ("I think — I think it's", "the the");
//   - a false start, a word broken off with a hyphen ("nurs- — we've");
//   - a filler ("uh", "um");
//   - a transcript's stage direction ("(Laughter.)").
func disfluent(c text, i, j int) bool {
	if i >= j {
		return false
	}
	for k := i; k < j; k++ {
		if negations[c.toks[k].norm] || strings.HasSuffix(c.toks[k].norm, "n't") {
			return false // "not … not": dropping one changes what was said
		}
	}
	if n := j - i; n > 1 && (sameWords(c, i, j, c, j, min(j+n, len(c.toks))) || i >= n && sameWords(c, i, j, c, i-n, i)) {
		return true
	}
	for k := i; k < j; k++ {
		tk := c.toks[k]
		if !(tk.stage || fillers[tk.norm] || brokenOff(c, k) || saidNear(c, k, i, j)) {
			return false
		}
	}
	return true
}

// brokenOff reports whether word k is cut short by a hyphen: "nurs-".
func brokenOff(c text, k int) bool {
	rest := c.s[c.toks[k].end:]
	return strings.HasPrefix(rest, "-") && (len(rest) == 1 || strings.ContainsAny(rest[1:2], " \n\t-—–"))
}

// saidNear reports whether word k of the run i..j-1 is said again within
// repeatReach words before or after the run: a repetition, or a first
// attempt said over ("we've helped ferr- — we've helped ferry").
func saidNear(c text, k, i, j int) bool {
	for m := max(i-repeatReach, 0); m < min(j+repeatReach, len(c.toks)); m++ {
		if (m < i || m >= j) && c.toks[m].norm == c.toks[k].norm {
			return true
		}
	}
	return false
}
