package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Quote is one quotation in the ground truth: the characters between one
// pair of marks in an article, who the article says said them, and the
// utterance they share with other outlets (empty when no other outlet has it).
type Quote struct {
	Source  string
	Text    string
	Speaker string
	Kind    string // "utterance" or "fragment"
	Cluster string
	utt     *utterance
	ver     *version
}

// draft is one article being written: its paragraphs, its quotations in
// order, and who has been mentioned so far.
type draft struct {
	r          *rand.Rand
	s          *story
	o          *outlet
	paras      []string
	open       []bool // paragraphs that leave a quotation open for the next
	quotes     []Quote
	introduced []bool
	last       int // person mentioned last, -1 for none
	b          strings.Builder
}

// Positions a reference to a person can stand in.
const (
	refStart = iota // opens the sentence: "She said, …"
	refMid          // after a quotation: "…," she said.
	refName         // must be a name or role: "…," said Diaz.
	refPoss         // possessive: "Diaz's remarks"
)

// ref names person p as the article would at this point.
func (d *draft) ref(p, pos int) string {
	pp := &d.s.people[p]
	defer func() { d.introduced[p], d.last = true, p }()
	if !d.introduced[p] {
		name := pp.title + " " + pp.full()
		if pos == refStart && d.r.IntN(4) == 0 {
			name = pp.full() + ", " + pp.role + ","
		}
		if pos == refPoss {
			name += d.o.style("'s")
		}
		return capIf(name, pos == refStart)
	}
	n := d.r.IntN(10)
	switch {
	case n < 5 && d.last == p && pos != refName && pos != refPoss:
		return capIf(pp.pron, pos == refStart)
	case n < 7:
		name := pp.role
		if pos == refPoss {
			name += d.o.style("'s")
		}
		return capIf(name, pos == refStart)
	case n < 8 && pos != refPoss:
		return pp.full()
	}
	name := pp.last
	if h := pp.honorific(); h != "" && d.r.IntN(2) == 0 {
		name = h + " " + pp.last // "Ms. Varga": the article says the gender
	}
	if pos == refPoss {
		return name + d.o.style("'s")
	}
	return name
}

func capIf(s string, c bool) string {
	if c {
		return upperFirst(s)
	}
	return s
}

var sayVerbs = []string{"said", "added", "explained", "warned", "insisted", "noted", "argued", "stressed", "said in a statement", "told reporters"}

// para ends the paragraph being built.
func (d *draft) para() {
	d.paras = append(d.paras, d.b.String())
	d.open = append(d.open, false)
	d.b.Reset()
}

// quote writes text between the outlet's marks and records it.
func (d *draft) quote(text string, v *version, kind string, closed bool) {
	d.b.WriteString(d.o.open)
	d.b.WriteString(text)
	if closed {
		d.b.WriteString(d.o.close)
	}
	d.quotes = append(d.quotes, Quote{Text: text, Speaker: d.s.people[v.speaker].full(), Kind: kind, utt: v.u, ver: v})
}

// w writes running text, with apostrophes in the outlet's style.
func (d *draft) w(parts ...string) {
	for _, p := range parts {
		d.b.WriteString(d.o.style(p))
	}
}

// writeVersion writes the paragraph(s) quoting v.
func (d *draft) writeVersion(v *version) {
	switch v.layout {
	case layFragment:
		d.writeFragment(v)
	case laySplit:
		d.writeSplit(v)
	case layMultiPara:
		d.writeMultiPara(v)
	default:
		d.writeSingle(v)
	}
}

func (d *draft) sentences(sents [][]string) string {
	parts := make([]string, len(sents))
	for i, s := range sents {
		parts[i] = d.o.print(s)
	}
	return strings.Join(parts, " ")
}

// withComma turns a quotation's final full stop into the comma that comes
// before an attribution.
func withComma(text string) (string, bool) {
	if strings.HasSuffix(text, ".") {
		return text[:len(text)-1] + ",", true
	}
	return text, false
}

func (d *draft) writeSingle(v *version) {
	text := d.sentences(v.sents)
	p := v.speaker
	verb := pick(d.r, sayVerbs)
	switch d.r.IntN(8) {
	case 0, 1:
		d.w(d.ref(p, refStart), " ", verb, ", ")
		d.quote(text, v, "utterance", true)
	case 2, 3:
		t, c := withComma(text)
		d.noteComma(v, c)
		d.quote(t, v, "utterance", true)
		d.w(" ", d.ref(p, refMid), " ", verb, ".")
	case 4:
		t, c := withComma(text)
		d.noteComma(v, c)
		d.quote(t, v, "utterance", true)
		d.w(" said ", d.ref(p, refName), ".")
	case 5:
		d.w(d.ref(p, refStart), " ", verb, ": ")
		d.quote(text, v, "utterance", true)
	case 6:
		d.w("According to ", d.ref(p, refName), ", ")
		d.quote(text, v, "utterance", true)
	default:
		low := lowerFirst(text)
		if low != text {
			v.diffs = append(v.diffs, "case: first word lowercased")
		}
		d.w(d.ref(p, refStart), " told reporters that ")
		d.quote(low, v, "utterance", true)
	}
	d.para()
}

func (d *draft) noteComma(v *version, changed bool) {
	if changed {
		v.diffs = append(v.diffs, "trailing punctuation: full stop printed as comma")
	}
}

// writeSplit interrupts the quotation with its attribution:
// "We had the ball," she said, "but we never tested them."
func (d *draft) writeSplit(v *version) {
	var words []string
	for _, s := range v.sents {
		words = append(words, s...)
	}
	cut := len(words) / 2
	for i := 1; i+1 < len(words); i++ {
		if strings.HasSuffix(words[i], ",") || strings.HasSuffix(words[i], ".") {
			cut = i + 1
			break
		}
	}
	if cut < 1 || cut >= len(words) {
		d.writeSingle(v)
		return
	}
	first, rest := d.o.print(words[:cut]), d.o.print(words[cut:])
	if raw := strings.Join(words[:cut], " "); strings.Count(raw, innerOpen) != strings.Count(raw, innerClose) {
		d.writeSingle(v)
		return
	}
	first, changed := withComma(first)
	d.noteComma(v, changed)
	if !strings.HasSuffix(first, ",") && !strings.HasSuffix(first, "?") {
		first += ","
		v.diffs = append(v.diffs, "punctuation: comma where the attribution interrupts")
	}
	v.diffs = append(v.diffs, "split by its attribution")
	d.quote(first, v, "utterance", true)
	d.w(" ", d.ref(v.speaker, refMid), " said", ", ")
	d.quote(rest, v, "utterance", true)
	d.para()
}

// writeMultiPara runs the quotation over two paragraphs: the first is left
// open and the second opens it again.
func (d *draft) writeMultiPara(v *version) {
	k := 1 + d.r.IntN(len(v.sents)-1)
	d.w(d.ref(v.speaker, refStart), " said: ")
	d.quote(d.sentences(v.sents[:k]), v, "utterance", false)
	d.para()
	d.open[len(d.open)-1] = true
	d.quote(d.sentences(v.sents[k:]), v, "utterance", true)
	d.para()
	v.diffs = append(v.diffs, "runs over two paragraphs")
}

func (d *draft) writeFragment(v *version) {
	frag := d.o.print(v.frag)
	p := v.speaker
	switch d.r.IntN(3) {
	case 0:
		d.w(d.ref(p, refStart), " spoke of ")
		d.quote(frag, v, "fragment", true)
		d.w(" in remarks on ", pick(d.r, days), ".")
	case 1:
		d.w("In a statement on ", pick(d.r, days), ", ", d.ref(p, refMid), " referred to ")
		d.quote(frag, v, "fragment", true)
		d.w(" and said more details would follow.")
	default:
		d.w(capIf(d.ref(p, refPoss), true), " remarks about ")
		d.quote(frag, v, "fragment", true)
		d.w(" drew criticism from the ", pick(d.r, d.s.t.orgs), ".")
	}
	d.para()
}

// writeScare adds a scare quote only this article has.
func (d *draft) writeScare() {
	p := d.r.IntN(len(d.s.people))
	a, n := pick(d.r, d.s.t.adjs), pick(d.r, d.s.t.nouns)
	scare := a.w + " " + pick(d.r, d.s.t.nouns).w
	v := &version{speaker: p}
	d.w(capIf(d.ref(p, refName), true), " has dismissed the ", n.w, " as ", article(scare), " ")
	d.quote(scare, v, "fragment", true)
	d.w(".")
	d.para()
}

func (d *draft) lede() {
	t := d.s.t
	d.w(capIf(d.ref(0, refName), true), " on ", pick(d.r, days), " ", pick(d.r, []string{"defended", "criticized", "unveiled", "questioned"}),
		" the ", pick(d.r, t.adjs).w, " ", pick(d.r, t.nouns).w, " in ", t.place, ", as the ",
		pick(d.r, t.orgs), " weighed its next steps on the ", pick(d.r, t.nouns).w, ".")
	d.para()
}

// filler writes a paragraph with no quotation.
func (d *draft) filler() {
	t, r := d.s.t, d.r
	n1, n2, a := pick(r, t.nouns).w, pick(r, t.nouns).w, pick(r, t.adjs).w
	switch r.IntN(9) {
	case 0:
		decade := pick(r, []string{"'90s", "'80s", "1990s", "2000s"})
		d.w("The ", n1, " has divided opinion in ", t.place, " since the ", d.o.style(decade), ", when the ", pick(r, t.orgs), " first looked at ", article(a), " ", a, " ", n2, ".")
	case 1:
		d.w(capIf(d.ref(r.IntN(len(d.s.people)), refPoss), true), " office did not immediately respond to a request for comment on the ", n1, ".")
	case 2:
		d.w("The ", pick(r, t.orgs), " is expected to vote on the ", n1, " next ", pick(r, days), ", officials said.")
	case 3:
		d.w("Officials estimate the ", n1, " will cost about ", fmt.Sprint(2+r.IntN(900)), " million dollars over ", fmt.Sprint(2+r.IntN(9)), " years.")
	case 4:
		d.w("The residents", d.o.style("'"), " association in ", t.place, " has called a public meeting on the ", n1, " for ", pick(r, months), ".")
	case 5:
		d.w("Critics say the ", n1, " was rushed through without proper scrutiny of the ", a, " ", n2, ".")
	case 6:
		d.w(d.o.name, d.o.style("'s"), " requests for comment to the ", pick(r, t.orgs), " were not returned by ", pick(r, days), ".")
	case 7:
		d.w("Earlier this year the ", pick(r, t.orgs), " published a report on the ", n1, " in ", t.place, ", which found the ", n2, " was ", a, ".")
	default:
		d.w("At O", d.o.style("'"), "Connell", d.o.style("'s"), " bar near the ", n1, ", regulars said the ", n2, " had been ", a, " for years.")
	}
	d.para()
}
