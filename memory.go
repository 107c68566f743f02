package quotecheck

import (
	"bufio"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// MemoryPerByte is the working memory extracting an article takes per
// byte of its file, as estimated for the memory budget: an upper figure
// (measured on a quotation-dense plain-text article: 28 bytes of peak heap
// per byte with the collector kept close to live memory, as
// BenchmarkExtractMemory runs it, 48 with the default GOGC; about 57 has
// been seen for large JSON).
const MemoryPerByte = 64

// fallbackMemory is the budget when the machine's memory is unknown.
const fallbackMemory = 2 << 30

// DefaultMemoryBudget is the memory budget used when Options.MemoryBudget
// is 0: half the machine's memory (or of the Go memory limit, GOMEMLIMIT,
// when that is lower), or 2 GiB when neither is known.
func DefaultMemoryBudget() int64 {
	total := machineMemory()
	if lim := debug.SetMemoryLimit(-1); lim > 0 && lim < math.MaxInt64 && (total == 0 || lim < total) {
		total = lim
	}
	if total <= 0 {
		return fallbackMemory
	}
	return total / 2
}

func (o Options) memoryBudget() int64 {
	if o.MemoryBudget > 0 {
		return o.MemoryBudget
	}
	return DefaultMemoryBudget()
}

// machineMemory reads MemTotal from /proc/meminfo; 0 where there is none.
func machineMemory() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
