#!/usr/bin/env bash
# compare.sh: the whole speed and robustness comparison in one run.
#
#   bench/compare.sh [AEB_HTML_DIR] [REPS]
#
# 0. newsfacts `run -text-only -j 1` (cleaning alone) against go-trafilatura
#    alone (bench/glue -text-only, 1 worker): the cleaner's speed.
# 1. newsfacts `run -j 2` (the full pipeline) against bench/glue (go-trafilatura
#    text, then prose v3 entities, 2 workers) over the aeb-dev pages, REPS
#    alternating runs each (default 5); prints the best and median wall and CPU
#    seconds of each and the ratios glue/newsfacts.
# 2. newsfacts `run -j 1` and `-j 2` over a generated CC-NEWS-style WARC of 300
#    pages: articles per second and peak RSS (/usr/bin/time -v, "Maximum resident
#    set size"; must stay under 150 MB).
# 3. kill -9 in the middle of that WARC run, then `-resume`: every page must be
#    in the output exactly once, in order.
#
# Run it from the repository root on a quiet machine: the load average is
# printed before and after, and other processes skew wall times (CPU seconds
# are less sensitive to them).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
html=${1:-$root/../shared/eval/aeb-dev/html}
reps=${2:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"

echo "== build"
go build -o "$tmp/newsfacts" ./cmd/newsfacts
(cd bench/glue && go build -o "$tmp/glue" .)
go run ./internal/warcgen/gen -n 300 -o "$tmp/pages.warc.gz"
npages=$(ls "$html"/*.html* | wc -l)
echo "pages: $npages in $html; cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# timed CMD...: runs CMD under /usr/bin/time and prints "wall cpu maxrss_kb".
timed() {
	/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/stderr" || true
	tail -n 1 "$tmp/time" | awk '{printf "%s %.2f %s\n", $1, $2+$3, $4}'
}

echo "== 0. clean text only, aeb-dev, 1 worker, $reps runs each: newsfacts run -text-only vs go-trafilatura"
timed "$tmp/newsfacts" run -text-only -j 1 -o "$tmp/nft.jsonl" "$html" >/dev/null
timed "$tmp/glue" -text-only -j 1 -o "$tmp/gluet.jsonl" "$html" >/dev/null
: >"$tmp/nft.times"
: >"$tmp/gluet.times"
for _ in $(seq "$reps"); do
	timed "$tmp/newsfacts" run -text-only -j 1 -o "$tmp/nft.jsonl" "$html" >>"$tmp/nft.times"
	timed "$tmp/glue" -text-only -j 1 -o "$tmp/gluet.jsonl" "$html" >>"$tmp/gluet.times"
done
python3 - "$tmp/nft.times" "$tmp/gluet.times" <<'PY'
import statistics, sys
def load(p):
    return [tuple(map(float, l.split())) for l in open(p) if l.strip()]
nf, tr = load(sys.argv[1]), load(sys.argv[2])
for name, rows in (("newsfacts -text-only", nf), ("go-trafilatura", tr)):
    w = [r[0] for r in rows]; c = [r[1] for r in rows]
    print(f"{name:21} wall best {min(w):5.2f}s median {statistics.median(w):5.2f}s | cpu median {statistics.median(c):5.2f}s")
print(f"ratio newsfacts/go-trafilatura: wall median {statistics.median([r[0] for r in nf])/statistics.median([r[0] for r in tr]):.2f}, cpu median {statistics.median([r[1] for r in nf])/statistics.median([r[1] for r in tr]):.2f} (goal: <= 0.5)")
PY

echo "== 1. aeb-dev, 2 workers, $reps runs each (after one warm-up run each)"
timed "$tmp/newsfacts" run -j 2 -o "$tmp/nf.jsonl" "$html" >/dev/null
timed "$tmp/glue" -j 2 -o "$tmp/glue.jsonl" "$html" >/dev/null
: >"$tmp/nf.times"
: >"$tmp/glue.times"
for _ in $(seq "$reps"); do
	timed "$tmp/newsfacts" run -j 2 -o "$tmp/nf.jsonl" "$html" >>"$tmp/nf.times"
	timed "$tmp/glue" -j 2 -o "$tmp/glue.jsonl" "$html" >>"$tmp/glue.times"
done
python3 - "$tmp/nf.times" "$tmp/glue.times" "$npages" <<'PY'
import statistics, sys
def load(p):
    rows = [list(map(float, l.split())) for l in open(p) if l.strip()]
    return [r[0] for r in rows], [r[1] for r in rows], max(r[2] for r in rows)
nw, nc, nr = load(sys.argv[1]); gw, gc, gr = load(sys.argv[2]); n = int(sys.argv[3])
for name, w, c, r in (("newsfacts", nw, nc, nr), ("glue", gw, gc, gr)):
    print(f"{name:10s} wall best {min(w):6.2f}s median {statistics.median(w):6.2f}s | cpu best {min(c):6.2f}s median {statistics.median(c):6.2f}s | {n/min(w):6.1f} pages/s | peak RSS {r/1024:.0f} MB")
print(f"ratio glue/newsfacts: wall best {min(gw)/min(nw):.2f}x, wall median {statistics.median(gw)/statistics.median(nw):.2f}x, cpu median {statistics.median(gc)/statistics.median(nc):.2f}x (goal: >= 2x)")
PY

echo "== 2. generated WARC, 300 pages"
for j in 1 2; do
	read -r wall cpu rss < <(timed "$tmp/newsfacts" run -j "$j" -o "$tmp/w$j.jsonl" "$tmp/pages.warc.gz")
	n=$(wc -l <"$tmp/w$j.jsonl")
	awk -v j="$j" -v n="$n" -v w="$wall" -v c="$cpu" -v r="$rss" 'BEGIN{printf "-j %d: %d articles, wall %.2fs, cpu %.2fs, %.1f articles/s, peak RSS %.0f MB %s\n", j, n, w, c, n/w, r/1024, (r<150*1024?"(< 150 MB: ok)":"(>= 150 MB: TOO BIG)")}'
done

echo "== 3. kill -9 mid-run, then -resume"
out="$tmp/k.jsonl"
"$tmp/newsfacts" run -j 2 -o "$out" "$tmp/pages.warc.gz" 2>/dev/null &
pid=$!
while [ ! -s "$out.partial" ]; do sleep 0.05; done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
echo "killed with $(wc -l <"$out.partial") whole or torn lines written"
"$tmp/newsfacts" run -j 2 -resume -o "$out" "$tmp/pages.warc.gz" 2>&1 | tail -1
python3 - "$out" "$tmp/w2.jsonl" <<'PY'
import collections, json, sys
got = [json.loads(l)["id"] for l in open(sys.argv[1])]
want = [json.loads(l)["id"] for l in open(sys.argv[2])]
dups = [k for k, v in collections.Counter(got).items() if v > 1]
ok = got == want
print(f"resume: {len(got)} sheets, {len(set(got))} distinct, {len(dups)} duplicated, same ids in the same order as an unbroken run: {ok}")
sys.exit(0 if ok else 1)
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
