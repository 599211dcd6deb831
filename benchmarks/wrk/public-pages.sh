#!/usr/bin/env bash
# Measures the public pages of the demo school with wrk on loopback (docs/performance.md, "Public pages (wrk)").
# Start the portal first (PORTAL_DEMO=true), e.g. on port 8183:
#   PORTAL_DEMO=true PORTAL_DATA_DIR=/tmp/wrk-data java -Xmx512m -jar portal-app/target/payara-micro.jar \
#     --deploy portal-app/target/portal.war --contextroot / --port 8183 --nocluster
# then: benchmarks/wrk/public-pages.sh [base-url] [seconds] [connections]
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

echo "cores: $(nproc) · load before: $(cut -d' ' -f1-3 /proc/loadavg) · $(date -u +%FT%TZ)"
for page in "${PAGES[@]}"; do
  # Warm-up: JIT and the page cache.
  wrk -t2 -c8 -d5s -H "User-Agent: $UA" "$BASE$page" >/dev/null
  echo "== GET $page (${SECONDS_PER_RUN}s, $CONNECTIONS connections)"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H "User-Agent: $UA" "$BASE$page" \
    | grep -E "Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx|Socket errors"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
