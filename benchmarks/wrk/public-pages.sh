#!/usr/bin/env bash
# Measures the public pages of the demo school with wrk on loopback (docs/performance.md, "Public pages (wrk)").
# Start the portal first (PORTAL_DEMO=true), e.g. on port 8183:
#   PORTAL_DEMO=true PORTAL_DATA_DIR=/tmp/wrk-data java -Xmx512m -jar portal-app/target/payara-micro.jar \
#     --deploy portal-app/target/portal.war --contextroot / --port 8183 --nocluster
# then: [PORTAL_PID=<pid of that java>] benchmarks/wrk/public-pages.sh [base-url] [seconds] [connections]
# With PORTAL_PID the server's CPU time per request is printed too (from /proc), a figure that, unlike req/s,
# does not depend on what else the machine is running.
# Requests carry a browser User-Agent (counted as visits and reads) and no cookies, as first-time visitors do:
# every request is a counted visit, the worst case for the counters. Bounded in time; loopback only.
set -euo pipefail

BASE=${1:-http://127.0.0.1:8183}
SECONDS_PER_RUN=${2:-20}
CONNECTIONS=${3:-32}
SCHOOL=thcs-sonca
UA="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

case "$BASE" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "Only loopback addresses are measured: $BASE" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

ARTICLE=$(curl -fsS "$BASE/api/v1/schools/$SCHOOL/posts" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
PAGES=("/schools/$SCHOOL/" "/schools/$SCHOOL/bai-viet/$ARTICLE")

cpu_ms() { # user + system CPU time of the server process, in milliseconds
  awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$PORTAL_PID/stat"
}

echo "cores: $(nproc) · load before: $(cut -d' ' -f1-3 /proc/loadavg) · $(date -u +%FT%TZ)"
for page in "${PAGES[@]}"; do
  # Warm-up: JIT and the page cache.
  wrk -t2 -c8 -d5s -H "User-Agent: $UA" "$BASE$page" >/dev/null
  echo "== GET $page (${SECONDS_PER_RUN}s, $CONNECTIONS connections)"
  before=$([ -n "${PORTAL_PID:-}" ] && cpu_ms || echo 0)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H "User-Agent: $UA" "$BASE$page")
  echo "$out" | grep -E "Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx|Socket errors"
  if [ -n "${PORTAL_PID:-}" ]; then
    spent=$(( $(cpu_ms) - before ))
    requests=$(echo "$out" | awk '/requests in/ { print $1 }')
    awk -v ms="$spent" -v n="$requests" 'BEGIN { printf "  server CPU: %.3f ms per request (%d ms for %d requests)\n", ms / n, ms, n }'
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
