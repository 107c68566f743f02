package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// outlet is a publication with its house style.
type outlet struct {
	name, slug   string
	open, close  string // quotation marks
	inOpen       string // nested marks
	inClose      string
	apos         string // apostrophe in contractions and possessives
	dateField    bool   // plain text opens with " date YYYY-MM-DD "
	singleBreaks bool   // plain text paragraphs separated by one newline
	entities     bool   // HTML spells curly marks as entities
	styler       *strings.Replacer
}

// Quotation mark styles: curly double, straight double, British single.
var markStyles = [][4]string{
	{"\u201c", "\u201d", "\u2018", "\u2019"},
	{`"`, `"`, "'", "'"},
	{"\u2018", "\u2019", "\u201c", "\u201d"},
}

func newOutlets(seed uint64, n int) []*outlet {
	r := rand.New(rand.NewPCG(seed, 1<<62))
	names := append([]string(nil), outletNames...)
	r.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	out := make([]*outlet, n)
	for i := range out {
		name := names[i%len(names)]
		if i >= len(names) {
			name = fmt.Sprintf("%s %d", name, i/len(names)+1)
		}
		o := &outlet{name: name, slug: slugify(name)}
		style := markStyles[0]
		switch k := r.IntN(20); {
		case k >= 17:
			style = markStyles[2]
		case k >= 9:
			style = markStyles[1]
		}
		o.open, o.close, o.inOpen, o.inClose = style[0], style[1], style[2], style[3]
		o.apos = "\u2019"
		if style[0] == `"` && r.IntN(3) != 0 {
			o.apos = "'"
		}
		o.dateField = r.IntN(4) == 0
		o.singleBreaks = r.IntN(5) == 0
		o.entities = r.IntN(3) == 0
		o.styler = strings.NewReplacer("'", o.apos, innerOpen, o.inOpen, innerClose, o.inClose)
		out[i] = o
	}
	return out
}

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteRune(c)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// print renders words in the outlet's style: its apostrophes and nested marks.
func (o *outlet) print(words []string) string {
	s := strings.Join(words, " ")
	return o.style(s)
}

func (o *outlet) style(s string) string {
	if strings.ContainsAny(s, "'"+innerOpen+innerClose) {
		s = o.styler.Replace(s)
	}
	return s
}
