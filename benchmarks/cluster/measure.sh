#!/usr/bin/env bash
# Start-up time to ready, RSS, outbox apply rate and per-node throughput of two nodes on one PostgreSQL
# (docs/scaling.md). Starts each node with the README's "Cluster" block, so it also checks that block.
# Usage (from the repository root, after `mvn -DskipTests package`; PostgreSQL on 127.0.0.1 with trust auth):
#   benchmarks/cluster/measure.sh [workdir]
set -euo pipefail
WORK=${1:-/tmp/portal-cluster-measure}
DB=portal_cluster_measure
BLOCK=$(awk '/^## Cluster/{c=1} c&&/^```bash/{b=1;next} b&&/^```/{exit} b' README.md)
export PORTAL_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB PORTAL_DB_USER=postgres PORTAL_DB_PASSWORD=portal
export PORTAL_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource PORTAL_SHARED_DIR=$WORK/shared
export PORTAL_ADMIN_PASSWORD=measure-admin-pass PORTAL_CLUSTER_NAME=portal-measure
rm -rf "$WORK"; mkdir -p "$WORK"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" postgres

# start NAME PORT [env...]: starts a node, prints seconds to /health/ready and RSS
start() {
  local name=$1 port=$2; shift 2
  local t0; t0=$(date +%s.%N)
  env PORTAL_PORT="$port" PORTAL_DATA_DIR="$WORK/$name" "$@" bash -c "$BLOCK" > "$WORK/$name.log" 2>&1 &
  echo $! > "$WORK/$name.pid"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; do sleep 0.2; done
  local t1; t1=$(date +%s.%N)
  echo "$name: ready in $(echo "$t1 - $t0" | bc) s, RSS $(rss "$name") MiB"
}
# bash runs the block's last command, java, in its own process: the pid is the JVM's
rss() { echo $(( $(awk '/VmRSS/{print $2}' "/proc/$(cat "$WORK/$1.pid")/status") / 1024 )); }
stop() { kill "$(cat "$WORK/$1.pid")"; while kill -0 "$(cat "$WORK/$1.pid")" 2>/dev/null; do sleep 0.5; done; }
token() {
  curl -s -H 'Content-Type: application/json' -d '{"school":"","username":"admin","password":"measure-admin-pass"}' \
    "http://127.0.0.1:$1/api/v1/auth/token" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}
position() { curl -s -H "Authorization: Bearer $2" "http://127.0.0.1:$1/api/v1/admin/index" | sed 's/.*"outboxPosition":\([0-9]*\).*/\1/'; }

start a 8391 PORTAL_DEMO=true
sleep 30 # let the demo's background work (reports, counters) settle before measuring RSS again
echo "a after 30 s: RSS $(rss a) MiB"
stop a
start a 8391
curl -s -o /dev/null -w "a: first /openapi call %{time_total} s\n" "http://127.0.0.1:8391/openapi"
start b 8392
psql -h 127.0.0.1 -U postgres -d $DB -tAc "SELECT count(*) || ' items' FROM content_item"
du -sh "$WORK/a/index" | sed 's/^/index of a: /'

B=$(token 8392)
before=$(position 8392 "$B")
psql -h 127.0.0.1 -U postgres -d $DB -qc "INSERT INTO index_event (item_id, school_id, school_code, created_at)
  SELECT c.id, c.school_id, s.code, now() FROM content_item c JOIN school s ON s.id = c.school_id,
  generate_series(1, 5)"
target=$(psql -h 127.0.0.1 -U postgres -d $DB -tAc "SELECT max(id) FROM index_event")
t0=$(date +%s.%N)
until [ "$(position 8392 "$B")" -ge "$target" ]; do sleep 0.1; done
t1=$(date +%s.%N)
echo "outbox: $((target - before)) events applied by b in $(echo "$t1 - $t0" | bc) s"

wrk -t2 -c16 -d15s --latency "http://127.0.0.1:8391/api/v1/schools/thcs-sonca/search?q=khai%20gi%E1%BA%A3ng" | grep -E "Requests/sec|99%|50%"
wrk -t2 -c16 -d15s --latency -H "User-Agent: Mozilla/5.0 Chrome/131.0" "http://127.0.0.1:8392/schools/thcs-sonca/" | grep -E "Requests/sec|99%|50%"
# Propagation: posts published on node a, each awaited in node b's search, with node b quiet and then serving its
# cached home page to wrk (every publication makes that page stale on node b too).
python3 "$(dirname "$0")/propagation.py" http://127.0.0.1:8391 http://127.0.0.1:8392 50 | sed 's/^/quiet: /'
for load in "-t1 -c8" "-t2 -c32"; do
  wrk $load -d600s -H "User-Agent: Mozilla/5.0 Chrome/131.0" "http://127.0.0.1:8392/schools/thcs-sonca/" \
    > "$WORK/wrk-during-propagation.txt" &
  WRK=$!
  sleep 2
  python3 "$(dirname "$0")/propagation.py" http://127.0.0.1:8391 http://127.0.0.1:8392 50 | sed "s/^/wrk $load: /"
  kill -INT "$WRK" 2>/dev/null || true
  wait "$WRK" || true
  grep -E "Requests/sec" "$WORK/wrk-during-propagation.txt" | sed "s/^/node b under wrk $load meanwhile: /"
done
stop a; stop b
