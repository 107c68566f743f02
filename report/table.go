package report

import (
	"io"
	"regexp"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/tw"
)

// DefaultWidth is the table width used when the terminal's is unknown.
const DefaultWidth = 120

// table collects a table's rows and renders it to fit a width: columns
// keep their natural widths while they fit; otherwise the flexible
// columns (the wording) share what the others leave, wrapped between
// words, and when that would leave them too little, the widest other
// columns are cut into lines as well.
type table struct {
	w      io.Writer
	width  int
	flex   map[int]bool
	header []string
	rows   [][]string
}

// newTable makes a table for width columns (DefaultWidth when 0) whose
// columns flex wrap first.
func newTable(w io.Writer, width int, flex ...int) *table {
	if width <= 0 {
		width = DefaultWidth
	}
	t := &table{w: w, width: width, flex: map[int]bool{}}
	for _, i := range flex {
		t.flex[i] = true
	}
	return t
}

// Header sets the column headings.
func (t *table) Header(cells ...string) { t.header = cells }

// Append adds a row.
func (t *table) Append(cells ...string) error {
	t.rows = append(t.rows, cells)
	return nil
}

// Render writes the table.
func (t *table) Render() error {
	widths := t.widths()
	tt := tablewriter.NewTable(t.w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
	)
	tt.Header(t.header)
	for _, row := range t.rows {
		cells := make([]string, len(row))
		for i, c := range row {
			cells[i] = wrapCell(c, widths[i], t.flex[i])
		}
		if err := tt.Append(cells); err != nil {
			return err
		}
	}
	return tt.Render()
}

// widths gives each column's content width.
func (t *table) widths() []int {
	n := len(t.header)
	natural := make([]int, n)
	for i, h := range t.header {
		natural[i] = cellWidth(h)
	}
	for _, row := range t.rows {
		for i, c := range row {
			if i < n {
				natural[i] = max(natural[i], cellWidth(c))
			}
		}
	}
	avail := t.width - (3*n + 1) // a space either side of each cell, and the rules
	widths := append([]int(nil), natural...)
	total, flexNatural := 0, 0
	for i, w := range natural {
		total += w
		if t.flex[i] {
			flexNatural += w
		}
	}
	if total <= avail || len(t.flex) == 0 {
		return widths
	}
	// the other columns give way only when the flexible ones would have
	// too little room, and then until they have two fifths of it
	want := min(flexNatural, max(avail*2/5, 16*len(t.flex)))
	fixed := total - flexNatural
	if avail-fixed >= min(flexNatural, 12*len(t.flex)) {
		want = avail - fixed
	}
	for fixed > avail-want {
		widest := -1
		for i, w := range widths {
			floor := max(cellWidth(t.header[i]), 8)
			if !t.flex[i] && w > floor && (widest < 0 || w > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break
		}
		widths[widest]--
		fixed--
	}
	t.share(widths, natural, avail-fixed)
	return widths
}

// share gives the flexible columns room columns between them: each at
// least its heading's width (or 12, or what it needs), the rest in
// proportion to what each would still take.
func (t *table) share(widths, natural []int, room int) {
	rest, wanting := room, 0
	for i := range widths {
		if t.flex[i] {
			widths[i] = min(natural[i], max(cellWidth(t.header[i]), 12))
			rest -= widths[i]
			wanting += natural[i] - widths[i]
		}
	}
	if rest <= 0 || wanting == 0 {
		return
	}
	for i := range widths {
		if t.flex[i] {
			widths[i] += min(natural[i]-widths[i], rest*(natural[i]-widths[i])/wanting)
		}
	}
}

// wrapProse wraps a paragraph between words to a terminal's width; with
// width 0 (not a terminal) it stays one line, for grep.
func wrapProse(s string, width int) string {
	if width <= 0 {
		return s
	}
	return strings.Join(wrapWords(s, width), "\n")
}

// cellWidth is the display width of a cell's widest line.
func cellWidth(s string) int {
	w := 0
	for _, line := range strings.Split(s, "\n") {
		w = max(w, twwidth.Width(line))
	}
	return w
}

// sgr matches a terminal colour sequence.
var sgr = regexp.MustCompile("\x1b\\[[0-9;]*m")

// wrapCell breaks a cell's lines to width: between words for a flexible
// column, anywhere for another; a word wider than the column is cut. A
// colour open at a break is closed at the line's end and opened again
// on the next, so that the table's rules stay uncoloured.
func wrapCell(s string, width int, words bool) string {
	if cellWidth(s) <= width || width <= 0 {
		return s
	}
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if !words {
			out = append(out, cut(line, width)...)
			continue
		}
		out = append(out, wrapWords(line, width)...)
	}
	return strings.Join(out, "\n")
}

// wrapWords wraps one line between words, carrying colours across breaks.
func wrapWords(line string, width int) []string {
	var out []string
	cur, curW, active := "", 0, ""
	flush := func() {
		if active != "" {
			cur += "\x1b[0m"
		}
		out = append(out, cur)
		cur, curW = active, 0
	}
	for _, word := range strings.Fields(line) {
		ww := twwidth.Width(word)
		if curW > 0 && curW+1+ww > width {
			flush()
		}
		pieces := []string{word}
		if ww > width && !strings.Contains(word, "\x1b") {
			pieces = cut(word, width)
		}
		for k, p := range pieces {
			if k > 0 {
				flush()
			}
			if curW > 0 {
				cur += " "
				curW++
			}
			cur += p
			curW += twwidth.Width(p)
		}
		for _, m := range sgr.FindAllString(word, -1) {
			if m == "\x1b[0m" || m == "\x1b[m" {
				active = ""
			} else {
				active = m
			}
		}
	}
	if curW > 0 || len(out) == 0 {
		out = append(out, cur)
	}
	return out
}

// cut breaks s into pieces of at most width display columns, breaking
// first at the edges of the diff marks ("[-No-]" | "[+Nope+]."), so that a
// mark is cut in two only when it alone is wider than the column.
func cut(s string, width int) []string {
	var out []string
	cur, w := "", 0
	for _, seg := range markSegments(s) {
		sw := twwidth.Width(seg)
		if w > 0 && w+sw > width {
			out = append(out, cur)
			cur, w = "", 0
		}
		if sw <= width {
			cur, w = cur+seg, w+sw
			continue
		}
		for _, r := range seg {
			rw := twwidth.Width(string(r))
			if w+rw > width && w > 0 {
				out = append(out, cur)
				cur, w = "", 0
			}
			cur, w = cur+string(r), w+rw
		}
	}
	return append(out, cur)
}

// markSegments splits s before each opening diff mark ("[-", "[+") and
// after each closing one ("-]", "+]"); the pieces joined give s.
func markSegments(s string) []string {
	var out []string
	start := 0
	for i := 1; i < len(s); i++ {
		opens := s[i] == '[' && i+1 < len(s) && (s[i+1] == '-' || s[i+1] == '+')
		closed := s[i-1] == ']' && i >= 2 && (s[i-2] == '-' || s[i-2] == '+')
		if (opens || closed) && i > start {
			out = append(out, s[start:i])
			start = i
		}
	}
	return append(out, s[start:])
}
