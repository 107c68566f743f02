// Package beam runs quotecheck's alignment as an Apache Beam pipeline, for
// corpora past one machine: extract quotations article by article, count
// words and word pairs over the whole corpus (a combine, read by the later
// stages as a side input), link sources into blocks, group the articles
// by block, align each block with the library's align.AlignBlock, and
// write the utterances as JSON Lines. It runs on Beam's local runners
// (direct, prism) and, unchanged, on Flink, Spark or Dataflow.
package beam

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strconv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/sources"
)

// Record is one article with its quotations, as the pipeline passes it
// between stages (JSON encoded). Order places it in the corpus: articles
// are aligned in the order the command reads them.
type Record struct {
	Order  string         `json:"order"`
	Source sources.Source `json:"source"`
	Quotes []quotes.Quote `json:"quotes"`
	Spans  [][2]int       `json:"spans"` // the quotations' byte spans in the article text
}

// member is one quotation under a signature key.
type member struct {
	Order string       `json:"order"`
	Index int          `json:"index"`
	Quote quotes.Quote `json:"quote"`
}

func init() {
	beam.RegisterCoder(reflect.TypeOf(align.Stats{}), encodeStats, decodeStats)
	beam.RegisterCoder(reflect.TypeOf(align.Forest{}), encodeForest, decodeForest)
	register.Function3x0(extractFile)
	register.Function2x0(readShard)
	register.Combiner3[align.Stats, string, align.Stats](&statsFn{})
	register.Function3x0(signatures)
	register.Function4x0(linkGroup)
	register.Combiner3[align.Forest, string, align.Forest](&forestFn{})
	register.Function4x0(keyByBlock)
	register.DoFn4x0[string, func(*string) bool, align.Stats, func(string)](&blockAligner{})
	register.Emitter1[string]()
	register.Emitter2[string, string]()
	register.Iter1[string]()
}

// Coders: Beam names coder functions, so each type has its own.

func encodeStats(v align.Stats) ([]byte, error) { return json.Marshal(v) }

func decodeStats(b []byte) (align.Stats, error) {
	var v align.Stats
	err := json.Unmarshal(b, &v)
	return v, err
}

func encodeForest(v align.Forest) ([]byte, error) { return json.Marshal(v) }

func decodeForest(b []byte) (align.Forest, error) {
	var v align.Forest
	err := json.Unmarshal(b, &v)
	return v, err
}

// File is an article file to read, with its source ID (sources.FileIDs)
// and place in the corpus.
type File struct {
	Path, ID string
	Order    int
}

// Articles reads and extracts article files (Create them from File
// values encoded as "order\tid\tpath").
func Articles(s beam.Scope, files []File) beam.PCollection {
	lines := make([]string, len(files))
	for i, f := range files {
		lines[i] = fmt.Sprintf("%08d\t%s\t%s", f.Order, f.ID, f.Path)
	}
	return beam.ParDo(s.Scope("extract"), extractFile, beam.CreateList(s, lines))
}

// Shards reads the sources and quotations of `quotecheck extract --format
// jsonl` files, the i-th named file placed i-th in the corpus.
func Shards(s beam.Scope, files []string) beam.PCollection {
	lines := make([]string, len(files))
	for i, f := range files {
		lines[i] = fmt.Sprintf("%08d\t%s", i, f)
	}
	return beam.ParDo(s.Scope("read shards"), readShard, beam.CreateList(s, lines))
}

// Utterances aligns the articles (Records as JSON) and gives the
// utterances as JSON lines. An utterance's ID is its block's (the ID of
// the block's first source) and its number within the block.
func Utterances(s beam.Scope, records beam.PCollection, opts align.Options) beam.PCollection {
	stats := beam.Combine(s.Scope("count words"), &statsFn{BlockFrom: opts.BlockFrom}, records)
	side := beam.SideInput{Input: stats}
	keyed := beam.ParDo(s.Scope("signatures"), signatures, records, side)
	links := beam.ParDo(s.Scope("link"), linkGroup, beam.GroupByKey(s, keyed), side)
	// one empty link, so that the blocks exist when nothing links
	blocks := beam.Combine(s.Scope("blocks"), &forestFn{}, beam.Flatten(s, links, beam.Create(s, "")))
	byBlock := beam.ParDo(s.Scope("key by block"), keyByBlock, records, beam.SideInput{Input: blocks}, side)
	return beam.ParDo(s.Scope("align blocks"), &blockAligner{Reference: opts.Reference}, beam.GroupByKey(s, byBlock), side)
}

// Write writes the utterances (JSON lines) to a file.
func Write(s beam.Scope, path string, utterances beam.PCollection) {
	textio.Write(s, path, utterances)
}

func extractFile(ctx context.Context, line string, emit func(string)) {
	order, rest, _ := cut(line)
	id, path, _ := cut(rest)
	srcs, err := sources.Load(path, sources.Options{})
	if err != nil {
		// as the command does: report the file and go on with the others
		log.Errorf(ctx, "quotecheck: %v", err)
	}
	sources.Name(srcs, id)
	ex := quotes.NewExtractor()
	for k, src := range srcs {
		qs, _ := ex.Extract(src)
		r := Record{Order: fmt.Sprintf("%s/%08d", order, k), Source: *src, Quotes: qs}
		for _, q := range qs {
			r.Spans = append(r.Spans, [2]int{q.Start, q.End})
		}
		emitRecord(emit, r)
	}
}

func readShard(line string, emit func(string)) {
	order, path, _ := cut(line)
	fh, err := os.Open(path)
	if err != nil {
		panic(err) // a missing shard must fail the job, not shrink it
	}
	defer fh.Close()
	srcs, qs, err := quotes.ReadJSONL(fh, path)
	if err != nil {
		panic(err)
	}
	bySource := map[string][]quotes.Quote{}
	for _, q := range qs {
		bySource[q.Source] = append(bySource[q.Source], q)
	}
	for k, src := range srcs {
		emitRecord(emit, Record{Order: fmt.Sprintf("%s/%08d", order, k), Source: *src, Quotes: bySource[src.ID]})
	}
}

func emitRecord(emit func(string), r Record) {
	b, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	emit(string(b))
}

func decodeRecord(s string) Record {
	var r Record
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		panic(err)
	}
	for i, sp := range r.Spans {
		r.Quotes[i].Start, r.Quotes[i].End = sp[0], sp[1]
	}
	return r
}

func cut(s string) (string, string, bool) {
	for i := range len(s) {
		if s[i] == '\t' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// statsFn adds up the corpus-wide counts; BlockFrom is
// align.Options.BlockFrom, carried in the counts (align.Blocking.Splits).
type statsFn struct{ BlockFrom int }

func (f *statsFn) CreateAccumulator() align.Stats {
	st := align.NewStats()
	st.BlockFrom = f.BlockFrom
	return *st
}

func (*statsFn) AddInput(acc align.Stats, rec string) align.Stats {
	r := decodeRecord(rec)
	for i := range r.Quotes {
		acc.Count(&r.Quotes[i])
	}
	return acc
}

func (*statsFn) MergeAccumulators(a, b align.Stats) align.Stats {
	a.Add(&b)
	return a
}

func (*statsFn) ExtractOutput(acc align.Stats) align.Stats { return acc }

// signatures keys each quotation by its blocking keys (align.Blocking.Keys).
func signatures(rec string, st align.Stats, emit func(string, string)) {
	b := st.Blocking()
	if !b.Splits() {
		return // one block: nothing to link
	}
	r := decodeRecord(rec)
	for i := range r.Quotes {
		for _, k := range b.Keys(&r.Quotes[i]) {
			b, err := json.Marshal(member{Order: r.Order, Index: i, Quote: r.Quotes[i]})
			if err != nil {
				panic(err)
			}
			emit(strconv.FormatUint(k, 16), string(b))
		}
	}
}

// linkGroup links the sources of quotations under one key that are
// plainly one utterance, as the command does (align.Blocking.Links),
// giving each link as "source\x00source".
func linkGroup(_ string, values func(*string) bool, st align.Stats, emit func(string)) {
	var ms []member
	var v string
	for values(&v) {
		var m member
		if err := json.Unmarshal([]byte(v), &m); err != nil {
			panic(err)
		}
		ms = append(ms, m)
	}
	slices.SortFunc(ms, func(a, b member) int { return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.Index, b.Index)) })
	group := make([]quotes.Quote, len(ms))
	for i := range ms {
		group[i] = ms[i].Quote
	}
	for _, l := range st.Blocking().Links(group) {
		emit(l[0] + "\x00" + l[1])
	}
}

// forestFn joins linked sources into blocks (align.Forest).
type forestFn struct{}

func (*forestFn) CreateAccumulator() align.Forest { return align.NewForest() }

func (*forestFn) AddInput(f align.Forest, link string) align.Forest {
	if a, b, ok := cutZero(link); ok {
		f.Join(a, b)
	}
	return f
}

func (*forestFn) MergeAccumulators(f, g align.Forest) align.Forest {
	f.Add(g)
	return f
}

func (*forestFn) ExtractOutput(f align.Forest) align.Forest { return f }

func cutZero(s string) (string, string, bool) {
	for i := range len(s) {
		if s[i] == 0 {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// keyByBlock keys each article by its block: all in one when the corpus
// is too small to split (align.Blocking.Splits).
func keyByBlock(rec string, blocks align.Forest, st align.Stats, emit func(string, string)) {
	if !st.Blocking().Splits() {
		emit("all", rec)
		return
	}
	var r struct {
		Source struct{ ID string } `json:"source"`
	}
	if err := json.Unmarshal([]byte(rec), &r); err != nil {
		panic(err)
	}
	emit(blocks.Block(r.Source.ID), rec)
}

// blockAligner aligns the articles of one block with align.AlignBlock.
type blockAligner struct {
	Reference string
}

func (b *blockAligner) ProcessElement(block string, recs func(*string) bool, st align.Stats, emit func(string)) {
	var rs []Record
	var v string
	for recs(&v) {
		rs = append(rs, decodeRecord(v))
	}
	slices.SortFunc(rs, func(a, b Record) int { return cmp.Compare(a.Order, b.Order) })
	var srcs []*sources.Source
	var qs []quotes.Quote
	for i := range rs {
		srcs = append(srcs, &rs[i].Source)
		qs = append(qs, rs[i].Quotes...)
	}
	for _, u := range align.AlignBlock(srcs, qs, &st, align.Options{Reference: b.Reference}) {
		u.ID = block + "/" + u.ID
		out, err := json.Marshal(u)
		if err != nil {
			panic(err)
		}
		emit(string(out))
	}
}
