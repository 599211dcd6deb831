#!/usr/bin/env bash
# Times a school archive's import, then the export of the imported school, on a running portal, with the peak heap
# sampled from /metrics every half second (docs/performance.md, "School archives"). Loopback only.
#   PORTAL_ADMIN_PASSWORD=… benchmarks/archive/measure.sh http://127.0.0.1:8184 /tmp/gen-100k.zip [code]
set -euo pipefail

BASE=${1:-http://127.0.0.1:8184}
ZIP=${2:?the archive to import}
CODE=${3:-gen-$(date +%s)}
: "${PORTAL_ADMIN_PASSWORD:?the district admin password}"
case "$BASE" in
  http://127.*|http://localhost*) ;;
  *) echo "Only loopback addresses are measured: $BASE" >&2; exit 2 ;;
esac

TOKEN=$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"school\":\"\",\"username\":\"admin\",\"password\":\"$PORTAL_ADMIN_PASSWORD\"}" "$BASE/api/v1/auth/token" \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')
heap_mb() {
  curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/metrics" \
    | awk '/^jvm_heap_used_bytes/ { printf "%d", $2 / 1048576 }'
}
peak_while() { # the largest heap seen while process $1 runs
  local max=0 h
  while kill -0 "$1" 2>/dev/null; do
    h=$(heap_mb || echo 0); [ "$h" -gt "$max" ] && max=$h; sleep 0.5
  done
  echo "$max"
}
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }

echo "cores: $(nproc) · load: $(cut -d' ' -f1-3 /proc/loadavg) · heap before: $(heap_mb) MB · $(date -u +%FT%TZ)"
size=$(stat -c %s "$ZIP")
start=$(date +%s.%N)
curl -sS -o /tmp/measure-import.json -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/zip' --data-binary @"$ZIP" "$BASE/api/v1/schools/import?code=$CODE" \
  > /tmp/measure-import.status & pid=$!
peak=$(peak_while $pid); wait $pid
if [ "$(cat /tmp/measure-import.status)" != 201 ]; then
  echo "import refused: $(cat /tmp/measure-import.status) $(cat /tmp/measure-import.json)" >&2; exit 1
fi
took=$(echo "$(date +%s.%N) - $start" | bc)
items=$(sed -E 's/.*"content_item":([0-9]+).*/\1/' /tmp/measure-import.json)
echo "import: $items items, $(mb "$size") MB in ${took}s → $(echo "$items / $took" | bc) items/s, $(echo "scale=1; $size / 1000000 / $took" | bc) MB/s; peak heap ${peak} MB"

start=$(date +%s.%N)
curl -fsS -o /tmp/measure-export.zip -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/schools/$CODE/export" & pid=$!
peak=$(peak_while $pid); wait $pid
took=$(echo "$(date +%s.%N) - $start" | bc)
size=$(stat -c %s /tmp/measure-export.zip)
echo "export: $items items, $(mb "$size") MB in ${took}s → $(echo "$items / $took" | bc) items/s, $(echo "scale=1; $size / 1000000 / $took" | bc) MB/s; peak heap ${peak} MB"
