package align

import (
	"slices"
	"testing"
)

// BenchmarkBlocks10k measures the corpus-wide pass: counting words and
// word pairs and linking sources into blocks.
func BenchmarkBlocks10k(b *testing.B) {
	qs := synthCorpus(10000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		st := CountStats(qs)
		blocks := st.Blocking().Blocks(qs)
		b.ReportMetric(float64(slices.Max(blocks)+1), "blocks")
	}
}
