package corpus

import (
	"bufio"
	"cmp"
	"encoding/json"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"time"
)

// Lineage is where one article's wording of an utterance comes from, in a
// corpus generated with Config.Times: the event itself, or the article of
// an earlier outlet it copies (inheriting that outlet's changes, with a
// change of its own now and then).
type Lineage struct {
	File      string    `json:"file"`      // the article
	Utterance string    `json:"utterance"` // the story's utterance ID, as in gold.json
	From      string    `json:"from"`      // the article whose wording it copies; "" for the event
	Words     string    `json:"words"`     // the words the article prints
	Said      string    `json:"said"`      // the words as said at the event
	Published time.Time `json:"published"` // when the article was published
}

// LineageFile is the file Write puts a timed corpus's lineage in.
const LineageFile = "lineage.jsonl"

// lineageWriter writes lineage records as JSON Lines; a nil one writes
// nothing.
type lineageWriter struct {
	f   *os.File
	buf *bufio.Writer
	enc *json.Encoder
}

func newLineageWriter(path string) (*lineageWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	buf := bufio.NewWriterSize(f, 1<<16)
	return &lineageWriter{f: f, buf: buf, enc: json.NewEncoder(buf)}, nil
}

func (w *lineageWriter) write(ls []Lineage) error {
	if w == nil {
		return nil
	}
	for _, l := range ls {
		if err := w.enc.Encode(l); err != nil {
			return err
		}
	}
	return nil
}

// close flushes and closes the file; closing twice is harmless.
func (w *lineageWriter) close() error {
	if w == nil || w.f == nil {
		return nil
	}
	err := w.buf.Flush()
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	w.f = nil
	return err
}

// outletDelays gives each outlet its own delay after an event, from 10
// minutes to 8 hours, fixed across stories.
func outletDelays(seed uint64, n int) []time.Duration {
	r := rand.New(rand.NewPCG(seed, 1<<61))
	out := make([]time.Duration, n)
	for i := range out {
		out[i] = time.Duration(10+r.IntN(470)) * time.Minute
	}
	return out
}

// eventTime is when story s's event happened: a time of day on its date.
func (s *story) eventTime() time.Time {
	return s.date.Add(time.Duration(7*60+s.r.IntN(12*60)) * time.Minute)
}

// assignTimed is assign for outlets that publish at their delays: each
// utterance's outlets print in order of delay, and an outlet after the
// first copies an earlier one's version half the time (adding a change of
// its own a third of those times). from[o][u] is the outlet whose version
// outlet o copied for utterance u, or -1.
func (s *story) assignTimed(delays []time.Duration) (plan [][]*version, from []map[string]int) {
	n := len(delays)
	plan = make([][]*version, n)
	from = make([]map[string]int, n)
	for o := range from {
		from[o] = map[string]int{}
	}
	for i := range s.utts {
		u := &s.utts[i]
		who, material, wrong := s.coverage(n)
		slices.SortStableFunc(who, func(a, b int) int { return cmp.Compare(delays[a], delays[b]) })
		printed := map[int]*version{}
		for k, o := range who {
			from[o][u.id] = -1
			var v *version
			if k > 0 && s.r.IntN(2) == 0 {
				c := who[s.r.IntN(k)]
				if src := printed[c]; src.layout != layFragment {
					v = src.clone()
					from[o][u.id] = c
					if s.r.IntN(3) == 0 && len(v.sents) == len(u.sents) {
						v.mut = pickMutation(s.r)
						if v.mut == mutJoined || v.mut == mutTranslation || !v.mutate(s.r, s) {
							v.mut = src.mut // a change of its own that keeps the copied words
						}
					}
				}
			}
			if v == nil {
				v = s.newVersion(u, material[o], o == wrong)
			}
			printed[o] = v
			plan[o] = append(plan[o], v)
		}
	}
	return plan, from
}

// clone copies a version so that changes to the copy leave it alone.
func (v *version) clone() *version {
	c := *v
	c.sents = make([][]string, len(v.sents))
	for i, s := range v.sents {
		c.sents[i] = append([]string(nil), s...)
	}
	c.frag = append([]string(nil), v.frag...)
	c.diffs = append([]string(nil), v.diffs...)
	return &c
}

// words gives what a version prints, sentences joined.
func (v *version) words() string {
	if v.layout == layFragment {
		return strings.Join(v.frag, " ")
	}
	var parts []string
	for _, s := range v.sents {
		parts = append(parts, strings.Join(s, " "))
	}
	return strings.Join(parts, " ")
}

// lineageOf records where each version an article prints comes from.
func lineageOf(name string, vers []*version, from map[string]int, names []string, published time.Time) []Lineage {
	out := make([]Lineage, 0, len(vers))
	for _, v := range vers {
		l := Lineage{File: name, Utterance: v.u.id, Words: v.words(), Said: v.u.text(), Published: published}
		if c := from[v.u.id]; c >= 0 {
			l.From = names[c]
		}
		out = append(out, l)
	}
	return out
}

// text gives the utterance's words as said.
func (u *utterance) text() string {
	var parts []string
	for _, s := range u.sents {
		parts = append(parts, strings.Join(s.words, " "))
	}
	return strings.Join(parts, " ")
}
