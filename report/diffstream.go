package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// DiffJSON writes the JSON report of `quotecheck diff` one utterance at a
// time, so that neither the utterances nor the encoded report need be
// held in memory whole. Its output is byte for byte what WriteDiff gives
// for format "json" with the same sources, quotations, utterances,
// warnings and problems.
type DiffJSON struct {
	w      *bufio.Writer
	filter *controlFilter
	buf    bytes.Buffer
	n      int // utterances written
	counts DiffCounts
	err    error
}

// NewDiffJSON starts a JSON diff report on w with the sources and
// quotations it covers.
func NewDiffJSON(w io.Writer, srcs []*sources.Source, qs []quotes.Quote) *DiffJSON {
	f := newControlFilter(w, escJSON) // as WriteDiff shows control characters
	d := &DiffJSON{w: bufio.NewWriterSize(f, 1<<16), filter: f, counts: DiffCounts{Sources: len(srcs)}}
	d.raw("{\n  \"generator\": \"" + sources.GeneratorMark + "\",\n  \"sources\": ")
	writeArray(d, srcs)
	d.raw(",\n  \"quotes\": ")
	writeArray(d, qs)
	d.raw(",\n  \"utterances\": ")
	return d
}

// Config names the configuration file the run used, for the summary.
func (d *DiffJSON) Config(path string) { d.counts.Config = path }

// Utterance adds one utterance to the report.
func (d *DiffJSON) Utterance(u *align.Utterance) error {
	d.counts.Add(u)
	if d.n == 0 {
		d.raw("[")
	}
	d.buf.Reset()
	if d.err == nil {
		d.err = encodeElements(&d.buf, []*align.Utterance{u}, d.n > 0)
	}
	if d.err == nil {
		_, d.err = d.w.Write(d.buf.Bytes())
	}
	d.n++
	return d.err
}

// Close ends the report with the warnings, the inputs' problems and the
// number of utterances left out (below --min-severity), then the summary
// counts, and flushes it; it gives the first error met in writing.
func (d *DiffJSON) Close(warnings []quotes.Warning, problems []sources.Problem, hidden int) error {
	if d.n > 0 {
		d.raw("\n  ]")
	} else {
		// as encoding/json writes the nil slice FilterSeverity gives when
		// no utterance is kept
		d.raw("null")
	}
	d.raw(",\n  \"warnings\": ")
	writeArray(d, warnings)
	d.raw(",\n  \"problems\": ")
	writeArray(d, problems)
	d.counts.Hidden = hidden
	d.raw(fmt.Sprintf(",\n  \"hidden\": %d,\n  \"summary\": ", hidden))
	if d.err == nil {
		var b []byte
		b, d.err = json.MarshalIndent(&d.counts, "  ", "  ") // a member of the top-level object
		d.raw(string(b))
	}
	d.raw("\n}\n")
	if d.err == nil {
		d.err = d.w.Flush()
	}
	if d.err == nil {
		d.err = d.filter.Flush()
	}
	return d.err
}

// encodeChunk is how many array elements one goroutine encodes at a time.
const encodeChunk = 256

// writeArray writes xs as encoding/json indents an array two levels deep,
// encoding chunks of it in parallel and writing them in order.
func writeArray[T any](d *DiffJSON, xs []T) {
	switch {
	case xs == nil:
		d.raw("null")
		return
	case len(xs) == 0:
		d.raw("[]")
		return
	}
	d.raw("[")
	workers := runtime.GOMAXPROCS(0)
	bufs, errs := make([]bytes.Buffer, workers), make([]error, workers)
	for start := 0; start < len(xs) && d.err == nil; start += workers * encodeChunk {
		var wg sync.WaitGroup
		for w := range workers {
			lo := start + w*encodeChunk
			if lo >= len(xs) {
				break
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				bufs[w].Reset()
				errs[w] = encodeElements(&bufs[w], xs[lo:min(lo+encodeChunk, len(xs))], lo > 0)
			}()
		}
		wg.Wait()
		for w := range workers {
			if d.err == nil {
				d.err = errs[w]
			}
			if d.err == nil && bufs[w].Len() > 0 {
				_, d.err = d.w.Write(bufs[w].Bytes())
			}
			errs[w] = nil
			bufs[w].Reset()
		}
	}
	d.raw("\n  ]")
}

// encodeElements appends xs to b as array elements two levels deep, each
// after a comma when more says elements stand before them.
func encodeElements[T any](b *bytes.Buffer, xs []T, more bool) error {
	var one bytes.Buffer
	enc := newElementEncoder(&one)
	for i := range xs {
		if more || i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    ")
		one.Reset()
		if err := enc.Encode(&xs[i]); err != nil {
			return err
		}
		b.Write(bytes.TrimSuffix(one.Bytes(), []byte("\n")))
	}
	return nil
}

// newElementEncoder gives an encoder of array elements two levels deep.
func newElementEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(false)
	return enc
}

func (d *DiffJSON) raw(s string) {
	if d.err == nil {
		_, d.err = d.w.WriteString(s)
	}
}
