package quotes

// possessiveRemarkSieve credits a quotation that a possessive names as
// someone's words to the possessor:
//
//	The mayor's remarks about "a broken system" drew criticism.
//	Lima's pledge to "fix it by June" was welcomed.
//	Her warning of "a long winter" came a day later.
//	Critics seized on Ruiz's claim that "nothing was lost".
//
// The possessive, a noun of vocab/remark_nouns.txt and at most one linking
// word (about, of, on, to, that, for, a comma or a colon) stand directly
// before the quotation, in its sentence. An organisation's remarks ("the
// union's warning") are the organisation's.
type possessiveRemarkSieve struct{}

func (possessiveRemarkSieve) inherits() bool { return false }

// remarkNouns are the nouns of vocab/remark_nouns.txt.
var remarkNouns = wordSet("remark_nouns")

// remarkLinks are the words that may join a remark noun to the quotation.
var remarkLinks = wordSet("remark_links")

func (possessiveRemarkSieve) picks(a *attributor, q int, yield func(pick) bool) {
	t := a.toks
	n := q - 1
	if n >= 0 && remarkLinks[t[n].lower] {
		n--
	}
	k := n - 1 // the possessive
	if k < 0 || t[n].sent != t[q].sent || t[k].sent != t[q].sent || !remarkNouns[t[n].lower] {
		return
	}
	switch t[k].lower {
	case "his", "her":
		yield(pick{tok: k, via: viaPronoun})
		return
	}
	if mi, ok := a.pp.byTok[k]; ok && a.pp.mentions[mi].possessive {
		yield(pick{tok: k})
	}
}
