package align

// A word diff finds the fewest edits, not the best place: a short excerpt
// whose first word also stands early in a long quotation ("continue the
// discussion" against "I invite her to continue our discussion, but on
// the condition that…") is diffed against words scattered across it, as
// "[-our discussion, but on-] the [-condition-][+discussion+]". Aligning
// the excerpt to the window of the quotation that shares most of its
// words first, and diffing inside that window, gives "[-our-][+the+]".

// windowSlack is how many words beyond the excerpt's own length the
// window holds, as a share of that length: room for words the excerpt
// leaves out or changes.
const windowSlack = 0.5

// bestWindow gives the window of long, about as long as short, that has
// most of short's words (as a multiset); ties go to the first. It is
// linear in len(long).
func bestWindow[T comparable](long, short []T) (w0, w1 int) {
	size := min(len(long), len(short)+int(float64(len(short))*windowSlack)+1)
	need := make(map[T]int, len(short))
	for _, w := range short {
		need[w]++
	}
	have := make(map[T]int, size)
	score, best := 0, -1
	for i, w := range long {
		if have[w] < need[w] {
			score++
		}
		have[w]++
		if i >= size {
			out := long[i-size]
			have[out]--
			if have[out] < need[out] {
				score--
			}
		}
		if i >= size-1 && score > best {
			best, w0 = score, i-size+1
		}
	}
	return w0, w0 + size
}

// windowed diffs short against the best window of long with diff (long's
// words outside the window become deletions at the edges), and keeps it
// in place of whole, the diff of the full sequences, when it matches as
// many words or more in a tighter span.
func windowed[T comparable](long, short []T, whole []op, diff func(a, b []T) []op) []op {
	if len(short) == 0 || len(short) >= len(long) {
		return whole
	}
	w0, w1 := bestWindow(long, short)
	if w0 == 0 && w1 == len(long) {
		return whole
	}
	var ops []op
	if w0 > 0 {
		ops = append(ops, op{opDelete, 0, w0, 0, 0})
	}
	for _, o := range diff(long[w0:w1], short) {
		o.a0, o.a1 = o.a0+w0, o.a1+w0
		ops = append(ops, o)
	}
	if w1 < len(long) {
		ops = append(ops, op{opDelete, w1, len(long), len(short), len(short)})
	}
	ops = mergeDeletes(ops)
	m, s := matchedSpan(ops)
	mw, sw := matchedSpan(whole)
	if m > mw || (m == mw && s < sw) {
		return ops
	}
	return whole
}

// mergeDeletes joins adjacent deletions (a window's edge and a deletion
// inside it).
func mergeDeletes(ops []op) []op {
	out := ops[:0]
	for _, o := range ops {
		if n := len(out); n > 0 && o.kind == opDelete && out[n-1].kind == opDelete && out[n-1].a1 == o.a0 {
			out[n-1].a1 = o.a1
			continue
		}
		out = append(out, o)
	}
	return out
}

// matchedSpan gives the words a diff matches and the span of the first
// sequence from its first to its last match.
func matchedSpan(ops []op) (matched, span int) {
	first, last := -1, -1
	for _, o := range ops {
		if o.kind != opEqual {
			continue
		}
		matched += o.a1 - o.a0
		if first < 0 {
			first = o.a0
		}
		last = o.a1
	}
	if first >= 0 {
		span = last - first
	}
	return matched, span
}
