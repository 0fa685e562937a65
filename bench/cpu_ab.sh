#!/usr/bin/env bash
# cpu_ab.sh: CPU seconds (user+sys) and peak RSS of two or more newsfacts
# binaries over the same pages, for checking a speed-up on a busy machine.
#
#   bench/cpu_ab.sh [-n REPS] [-d PAGES_DIR] BINARY...
#
# Runs `BINARY run -j 2 -o OUT PAGES_DIR` REPS times per binary (default 5),
# alternating the binaries so that load changes hit them alike, and prints
# per binary the median and least CPU seconds, the median wall seconds, the
# largest peak RSS, and the CPU ratio of the first binary to it. CPU seconds
# drift less than wall seconds when other processes share the cores, and
# alternating keeps the ratio honest; compare.sh is the full comparison for
# a quiet machine. Check that the binaries write the same sheets separately
# (cmp on their -o files).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
reps=5
pages=$root/../shared/eval/aeb-dev/html
while getopts "n:d:" opt; do
	case $opt in
	n) reps=$OPTARG ;;
	d) pages=$OPTARG ;;
	*) exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { echo "usage: $0 [-n REPS] [-d PAGES_DIR] BINARY..." >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "pages: $pages; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$reps"); do
	for i in $(seq $#); do
		bin=${!i}
		/usr/bin/time -f "$i %e %U %S %M" -a -o "$tmp/times" "$bin" run -j 2 -o "$tmp/out.jsonl" "$pages" >/dev/null 2>&1
	done
done
python3 - "$tmp/times" "$@" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    i, wall, user, sys_, rss = line.split()
    rows[int(i)].append((float(wall), float(user) + float(sys_), int(rss)))
base = None
for i in sorted(rows):
    r = rows[i]
    cpu = statistics.median(x[1] for x in r)
    base = base or cpu
    print(f"{sys.argv[1 + i]}: cpu median {cpu:.2f}s least {min(x[1] for x in r):.2f}s | "
          f"wall median {statistics.median(x[0] for x in r):.2f}s | peak RSS {max(x[2] for x in r) / 1024:.0f} MB | "
          f"cpu ratio first/this {base / cpu:.2f}x")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
