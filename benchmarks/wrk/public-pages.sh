#!/usr/bin/env bash
# Measures the public pages of the demo school with wrk on loopback, side by side with nginx sending the same bytes
# as static files (docs/performance.md, "Public pages (wrk)"). Start the portal first (PORTAL_DEMO=true), e.g.:
#   PORTAL_DEMO=true PORTAL_DATA_DIR=/tmp/wrk-data java -Xmx512m -jar portal-app/target/payara-micro.jar \
#     --deploy portal-app/target/portal.war --addlibs portal-app/target/portal-libs --contextroot / --port 8183 --nocluster
# then: [PORTAL_PID=<pid of that java>] benchmarks/wrk/public-pages.sh [base-url] [seconds] [connections]
# With PORTAL_PID the server's CPU time per request is printed too (from /proc), a figure that, unlike req/s,
# does not depend on what else the machine is running. NGINX (default /usr/sbin/nginx) and NGINX_PORT (8184).
# Requests carry a browser User-Agent (counted as visits and reads) and no cookies, as first-time visitors do:
# every request is a counted visit, the worst case for the counters. Bounded in time; loopback only.
set -euo pipefail

BASE=${1:-http://127.0.0.1:8183}
SECONDS_PER_RUN=${2:-20}
CONNECTIONS=${3:-32}
NGINX=${NGINX:-/usr/sbin/nginx}
NGINX_PORT=${NGINX_PORT:-8184}
SCHOOL=thcs-sonca
UA="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

case "$BASE" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "Only loopback addresses are measured: $BASE" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -x "$NGINX" ] || { echo "nginx is missing: apt-get install -y nginx-light" >&2; exit 2; }

ARTICLE=$(curl -fsS "$BASE/api/v1/schools/$SCHOOL/posts" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
PAGES=("/schools/$SCHOOL/" "/schools/$SCHOOL/bai-viet/$ARTICLE")

# nginx serves a static copy of each page (the bytes the portal sends), from a throwaway prefix.
WORK=$(mktemp -d /tmp/wrk-nginx.XXXXXX)
mkdir -p "$WORK/www" "$WORK/logs"
chmod 755 "$WORK" "$WORK/www" # nginx's workers run as another user
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { try_files \$uri /page.html; }
  }
}
CONF
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf"
trap 'kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; rm -rf "$WORK"' EXIT

cpu_ms() { # user + system CPU time of the server process, in milliseconds
  awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$PORTAL_PID/stat"
}

# wrk's output reduced to "requests/s p50 p99" (latencies in ms).
measure() {
  local url=$1 out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H "User-Agent: $UA" "$url")
  echo "$out" | grep -E "Non-2xx|Socket errors" >&2 || true
  echo "$out" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }'
}

echo "cores: $(nproc) · load before: $(cut -d' ' -f1-3 /proc/loadavg) · $(date -u +%FT%TZ)"
# Warm-up of every page before any is measured: the JIT compiles the cached-page path under the same load; a page
# measured first on a server warmed only briefly (5 s, 8 connections) cost it half as much again per request.
for page in "${PAGES[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP_SECONDS:-15}s" -H "User-Agent: $UA" "$BASE$page" >/dev/null
done
printf "%-40s %10s %9s %9s %10s %9s %9s %7s\n" page portal/s p50_ms p99_ms nginx/s p50_ms p99_ms ratio
for page in "${PAGES[@]}"; do
  curl -fsS -A "$UA" "$BASE$page" -o "$WORK/www/page.html"
  chmod 644 "$WORK/www/page.html"
  curl -fsS "http://127.0.0.1:$NGINX_PORT/" | cmp -s - "$WORK/www/page.html" \
    || { echo "nginx does not send the page's bytes: see $WORK/logs/error.log" >&2; cat "$WORK/logs/error.log" >&2; exit 1; }
  wrk -t2 -c8 -d2s "http://127.0.0.1:$NGINX_PORT/" >/dev/null
  before=$([ -n "${PORTAL_PID:-}" ] && cpu_ms || echo 0)
  read -r rps p50 p99 < <(measure "$BASE$page")
  spent=$(( $([ -n "${PORTAL_PID:-}" ] && cpu_ms || echo 0) - before ))
  read -r nrps np50 np99 < <(measure "http://127.0.0.1:$NGINX_PORT/")
  awk -v p="$page ($(wc -c < "$WORK/www/page.html") B)" -v r="$rps" -v a="$p50" -v b="$p99" -v n="$nrps" -v c="$np50" \
      -v d="$np99" 'BEGIN { printf "%-40s %10d %9.2f %9.2f %10d %9.2f %9.2f %6.1f%%\n", p, r, a, b, n, c, d, 100 * r / n }'
  if [ -n "${PORTAL_PID:-}" ]; then
    awk -v ms="$spent" -v n="$rps" -v s="$SECONDS_PER_RUN" \
      'BEGIN { printf "  server CPU: %.3f ms per request\n", ms / (n * s) }'
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
