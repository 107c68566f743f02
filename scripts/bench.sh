#!/usr/bin/env bash
# bench.sh — how fast quotecheck reads, extracts and aligns at scale.
#
# Generates synthetic corpora with cmd/quotegen (one per size), builds
# cmd/quotecheck, and times `quotecheck diff --format json DIR` and
# `quotecheck extract --format jsonl DIR` on each under GNU time, then the
# whole process on testdata/seeds. Prints a Markdown table, with the
# same-utterance pair recall and precision of diff against quotegen's gold
# (scripts/pairscore.py; the figures ../shared/eval/score.py gives as
# align_recall and align_precision, counted in linear time).
#
# Environment:
#   SIZES     article counts to try (default "1000 2000 5000 10000 20000")
#   OUTLETS   outlets per story (default 10; stories = articles / OUTLETS)
#   SEED      quotegen seed (default 1)
#   FORMATS   quotegen formats (default text,html,markdown)
#   REPEAT    rounds of diff over every size, each size's median run
#             reported (default 1; odd counts read best)
#   GEN_ONLY  1 = only generate and time quotegen (no quotecheck needed)
#   KEEP      1 = keep the generated corpora (printed path)
#   GOMEMLIMIT is passed on to quotecheck (e.g. GOMEMLIMIT=1GiB)
set -euo pipefail

SIZES=${SIZES:-"1000 2000 5000 10000 20000"}
OUTLETS=${OUTLETS:-10}
SEED=${SEED:-1}
FORMATS=${FORMATS:-text,html,markdown}
REPEAT=${REPEAT:-1}
GEN_ONLY=${GEN_ONLY:-0}
TIME=/usr/bin/time

cd "$(dirname "$0")/.."
if [ ! -x "$TIME" ]; then
	echo "bench.sh: GNU time is not installed at $TIME (apt-get install -y time)" >&2
	exit 1
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/quotecheck-bench.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
	echo "corpora kept in $WORK" >&2
else
	trap 'rm -rf "$WORK"' EXIT
fi

go build -o "$WORK/quotegen" ./cmd/quotegen
if [ "$GEN_ONLY" != 1 ]; then
	go build -o "$WORK/quotecheck" ./cmd/quotecheck
fi

# measure CMD...: runs CMD under GNU time (exit 0 or 1 is a success:
# quotecheck exits 1 when it finds differences), its output to $OUT
# (default /dev/null), and prints "wall_seconds peak_rss_kib cpu_seconds".
measure() {
	local out="$WORK/time.out" rc=0
	"$TIME" -f '%e %M %U %S' -o "$out" "$@" >"${OUT:-/dev/null}" 2>"$WORK/stderr" || rc=$?
	if [ "$rc" -gt 1 ]; then
		echo "bench.sh: $* exited $rc:" >&2
		head -c 600 "$WORK/stderr" >&2
		echo "failed failed failed"
		return
	fi
	tail -n 1 "$out" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }'
}

# median: of the "wall rss cpu" lines on standard input, prints the one
# with the median wall time (the lower of the middle two for an even count).
median() {
	sort -n -k1,1 | awk '{ line[NR] = $0 } END { if (NR) print line[int((NR + 1) / 2)] }'
}

# row ARTICLES QUOTES BYTES COMMAND WALL RSS_KIB CPU [RECALL PRECISION]
row() {
	awk -v a="$1" -v q="$2" -v b="$3" -v c="$4" -v w="$5" -v r="$6" -v u="$7" -v rc="${8:-–}" -v pr="${9:-–}" 'BEGIN {
		mb = b / 1e6
		if (w == "failed") { printf "| %d | %d | %.1f | %s | failed | – | – | – | – | – |\n", a, q, mb, c; exit }
		rate = (w > 0) ? sprintf("%.1f", mb / w) : "–"
		printf "| %d | %d | %.1f | %s | %.2f | %.2f | %s | %.0f | %s | %s |\n", a, q, mb, c, w, u, rate, r / 1024, rc, pr
	}'
}

echo "| articles | quotations | MB | command | wall s | CPU s | MB/s | peak RSS MiB | pair recall | pair precision |"
echo "| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
# Every corpus is generated first; then diff runs REPEAT rounds, each
# round over every size in turn, so that a slow spell of a shared machine
# falls on all sizes alike rather than on one, and each size reports its
# median run (the fastest is as noisy as any single run: one lucky run in
# five can be 20% faster than the rest). The first round's output is
# scored.
declare -A gen_row diff_runs recall precision
for n in $SIZES; do
	stories=$(( (n + OUTLETS - 1) / OUTLETS ))
	dir="$WORK/corpus-$n"
	read -r wall rss cpu < <(measure "$WORK/quotegen" -stories "$stories" -outlets "$OUTLETS" -seed "$SEED" -formats "$FORMATS" -o "$dir")
	# The gold stays out of the directory quotecheck reads.
	mv "$dir/gold.json" "$WORK/gold-$n.json"
	articles=$(find "$dir" -type f | wc -l)
	quotes=$(grep -c '^   "source": ' "$WORK/gold-$n.json" || true)
	bytes=$(du -sb "$dir" | cut -f1)
	gen_row[$n]="$articles $quotes $bytes $wall $rss $cpu"
	[ "$GEN_ONLY" = 1 ] && rm -rf "$dir"
done
if [ "$GEN_ONLY" != 1 ]; then
	for round in $(seq "$REPEAT"); do
		for n in $SIZES; do
			out=/dev/null
			[ "$round" = 1 ] && out="$WORK/diff.json"
			read -r wall rss cpu < <(OUT=$out measure "$WORK/quotecheck" diff --format json "$WORK/corpus-$n")
			if [ "$round" = 1 ]; then
				read -r recall[$n] precision[$n] < <(python3 scripts/pairscore.py "$WORK/gold-$n.json" "$WORK/diff.json" |
					awk '/^align_recall/ { r = $2 } /^align_precision/ { p = $2 } END { print r, p }')
				rm -f "$WORK/diff.json"
			fi
			diff_runs[$n]="${diff_runs[$n]:-}$wall $rss $cpu
"
		done
	done
fi
growth="" # "articles wall" of each diff run, for the growth per doubling
for n in $SIZES; do
	read -r articles quotes bytes wall rss cpu <<<"${gen_row[$n]}"
	row "$articles" "$quotes" "$bytes" "quotegen (writing)" "$wall" "$rss" "$cpu"
	[ "$GEN_ONLY" = 1 ] && continue
	read -r wall rss cpu < <(printf '%s' "${diff_runs[$n]}" | median)
	growth="$growth$articles $wall
"
	row "$articles" "$quotes" "$bytes" "diff --format json" "$wall" "$rss" "$cpu" "${recall[$n]}" "${precision[$n]}"
	read -r wall rss cpu < <(measure "$WORK/quotecheck" extract --format jsonl "$WORK/corpus-$n")
	row "$articles" "$quotes" "$bytes" "extract --format jsonl" "$wall" "$rss" "$cpu"
	rm -rf "$WORK/corpus-$n"
done

if [ "$GEN_ONLY" != 1 ]; then
	echo
	echo "Growth of diff's wall time, per doubling of the articles (t2/t1 to the power 1/log2(n2/n1)):"
	printf '%s' "$growth" | awk 'NR > 1 && w0 > 0 && $2 > 0 { printf "  %d -> %d articles: x%.2f\n", n0, $1, exp(log($2 / w0) / (log($1 / n0) / log(2))) } { n0 = $1; w0 = $2 }'
	bytes=$(cat testdata/seeds/*.txt | wc -c)
	read -r wall rss cpu < <(measure "$WORK/quotecheck" diff testdata/seeds)
	echo
	echo "Whole process, \`quotecheck diff testdata/seeds\` (4 articles, $bytes bytes): ${wall} s wall, $(awk -v r="$rss" 'BEGIN { if (r == "failed") print "–"; else printf "%.0f", r / 1024 }') MiB peak RSS."
fi
