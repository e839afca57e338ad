#!/usr/bin/env bash
# The benchmark in one command (see BENCHMARKS.md): builds the app, creates the database on MariaDB/MySQL,
# loads data (demo data, or the generator at a scale factor), starts the benchmark's application
# (src/bench/app.sh: the production jar with the bench server beside it) with the profile `mysql`,
# runs the Gatling mix (src/bench/load) at each level of concurrent clients after a
# warm-up, samples heap and RSS, stops the app, measures the start-up of the embedded default, and
# writes target/bench/results.json, target/bench/results.md and Gatling's HTML report. The search index
# (Lucene) lives in target/bench/search-index: its build at start-up (documents per second) and its size
# on disk are reported.
#
#   src/bench/run.sh [--sf demo|N] [--duration SECONDS] [--clients 1,16,64] [--warm-up SECONDS]
#                    [--deep-offset ROWS] [--db NAME] [--port PORT] [--no-build] [--no-startup] [--smoke]
#                    [--keep-data] [--partner-clients N] [--heavy-clients N] [--profile] [--instances N]
#
# --smoke: demo data, 1 client for 3 s, no warm-up, a deep page 50 rows in, no start-up measure, a mixed
# scenario of 1 partner client and 2 heavy ones; fails on any error. It proves the chain works (CI), it
# measures nothing worth quoting.
#
# The mixed scenario (after the levels): --partner-clients (4) clients send the dashboard and node look-ups
# alone for --duration seconds, then again for --duration seconds while --heavy-clients (64) clients send
# statistics and filtered searches; their p99s are compared (issue 16: loaded within 2 x alone).
# --partner-clients 0 leaves it out.
#
# --keep-data: reuse the database --db as an earlier run left it (no drop, no generation: the generator
# leaves a database with data alone); for another load run on the same data, e.g. after a change.
#
# --profile: runs the measured app with async-profiler 4.1 (Maven Central) sampling its CPU in 10 s windows; the
# report keeps the windows inside the GraphQL dashboard's phase at 16 clients (or the most clients below), writes
# their flame graph to target/bench/profile-dashboard.html and their top frames to results.md.
#
# --instances N: N instances of the app (ports --port + 1 ...) behind nginx (on --port, from Debian's packages),
# sharing their state in Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379, keys of their own) and one
# dev-issuer key, as docs/scale-out.md runs them; CPU and RSS are the instances' sums. While the levels run,
# src/bench/scale-out/SubscriptionCheck.java subscribes through nginx and counts lost and duplicated messages
# (target/bench/subscriptions.json). The probe's statement counts are the first instance's, asked directly.
#
# --sf N: the scale data generator (src/bench/server, gba.bench.data.scale-factor=N; see BENCHMARKS.md,
# "Scale data") fills the new database when the app starts; --sf demo: the demo data.
#
# Environment: MYSQL_HOST (127.0.0.1), MYSQL_PORT (3306), MYSQL_USER (root), MYSQL_PASSWORD (empty);
# BENCH_JAVA_OPTS for the app's JVM (default: the sizing README.md recommends for a 2-core, 600 MB instance:
# -Xmx320m -Xss512k -XX:ReservedCodeCacheSize=96m -XX:MaxMetaspaceSize=200m -XX:+UseSerialGC), run with
# MALLOC_ARENA_MAX=2 (BENCH_MALLOC_ARENA_MAX).
#
# The embedded start-up is timed as README.md starts it, `./mvnw spring-boot:run` (H2, demo data), from the
# application's own "Started ... in N seconds".
set -euo pipefail
cd "$(dirname "$0")/../.."

SF=demo
DURATION=60
CLIENTS=1,16,64
WARM_UP=120
DEEP_OFFSET=10000
DB=gba_bench
PORT=18080
BUILD=true
STARTUP=true
SMOKE=false
KEEP_DATA=false
PARTNER_CLIENTS=4
HEAVY_CLIENTS=64
PROFILE=false
INSTANCES=1

usage() { sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --sf) SF=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --warm-up) WARM_UP=$2; shift 2 ;;
    --deep-offset) DEEP_OFFSET=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --no-build) BUILD=false; shift ;;
    --no-startup) STARTUP=false; shift ;;
    --keep-data) KEEP_DATA=true; shift ;;
    --partner-clients) PARTNER_CLIENTS=$2; shift 2 ;;
    --heavy-clients) HEAVY_CLIENTS=$2; shift 2 ;;
    --profile) PROFILE=true; shift ;;
    --instances) INSTANCES=$2; shift 2 ;;
    --smoke) SMOKE=true; SF=demo; DURATION=3; CLIENTS=1; WARM_UP=0; DEEP_OFFSET=50; STARTUP=false
      PARTNER_CLIENTS=1; HEAVY_CLIENTS=2; shift ;;
    -h|--help) usage 0 ;;
    *) echo "Unknown option: $1" >&2; usage 2 ;;
  esac
done

MYSQL_HOST=${MYSQL_HOST:-127.0.0.1}
MYSQL_PORT=${MYSQL_PORT:-3306}
MYSQL_USER=${MYSQL_USER:-root}
MYSQL_PASSWORD=${MYSQL_PASSWORD:-}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx320m -Xss512k -XX:ReservedCodeCacheSize=96m -XX:MaxMetaspaceSize=200m -XX:+UseSerialGC}
# glibc's malloc keeps up to 8 arenas per core for the JVM's own threads; two are enough, and cost far less RSS.
export MALLOC_ARENA_MAX=${BENCH_MALLOC_ARENA_MAX:-2}
JDBC_URL="jdbc:mysql://$MYSQL_HOST:$MYSQL_PORT/$DB"
OUT=target/bench
# A directory of its own rather than the default temporary one: its size can be measured, and a restart on the
# same data (the restart after the generation, --keep-data) finds the index current instead of building it again.
INDEX_DIR="$PWD/$OUT/search-index"
BASE_URL="http://127.0.0.1:$PORT"

log() { printf '[bench] %s\n' "$*"; }
fail() { log "FAILED: $*"; exit 1; }

mysql_client() {
  local client=mysql
  command -v mariadb >/dev/null 2>&1 && client=mariadb
  MYSQL_PWD="$MYSQL_PASSWORD" "$client" --protocol=TCP -h "$MYSQL_HOST" -P "$MYSQL_PORT" -u"$MYSQL_USER" "$@"
}

APP_PID=
APP_PIDS=()
NGINX_PID=
SAMPLER_PID=
CPU_SAMPLER_PID=
cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  [ -n "$CPU_SAMPLER_PID" ] && kill "$CPU_SAMPLER_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  for pid in $APP_PID "${APP_PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
}
trap cleanup EXIT

# Waits (at most $2 seconds) until the app at $1 reports UP; fails if the process $3 dies first.
await_up() {
  local url=$1 limit=$2 pid=$3 deadline=$((SECONDS + $2))
  until curl -fs "$url/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || return 1
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

rss_kib() { sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/status" 2>/dev/null || true; }
# The sum over the app's instances (one, or those of --instances).
rss_all() { local sum=0 pid rss; for pid in "${APP_PIDS[@]}"; do rss=$(rss_kib "$pid"); sum=$((sum + ${rss:-0})); done; echo "$sum"; }
ticks_all() {
  local sum=0 pid ticks
  for pid in "${APP_PIDS[@]}"; do
    ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null) || return 1
    sum=$((sum + ticks))
  done
  echo "$sum"
}
any_alive() { local pid; for pid in "${APP_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && return 0; done; return 1; }

mkdir -p "$OUT"
rm -rf "$OUT/gatling" "$OUT"/*.json "$OUT"/*.md "$OUT"/*.log "$OUT"/*.tsv "$OUT/generator.txt" "$OUT/index-bytes.txt" \
  "$OUT/profile" "$OUT"/profile-dashboard.*

if [ "$BUILD" = true ]; then
  log "Building the application and the bench server (./mvnw package, tests skipped: run them with ./mvnw verify)"
  ./mvnw -B -ntp -q -DskipTests package
fi
JAR=$(ls target/gba-cooperation-api-*.jar 2>/dev/null | head -1)
[ -n "$JAR" ] && ls target/bench-app/*-bench.jar >/dev/null 2>&1 \
  || fail "no application jar in target/ or no bench server in target/bench-app: build them (./mvnw -DskipTests package) or drop --no-build"

if [ "$KEEP_DATA" = true ]; then
  log "Reusing the database $DB on $MYSQL_HOST:$MYSQL_PORT as it is (--keep-data)"
  mysql_client -e "SELECT COUNT(*) FROM $DB.organization" >/dev/null \
    || fail "no database $DB with data at $MYSQL_HOST:$MYSQL_PORT: run once without --keep-data"
else
  log "Creating the database $DB on $MYSQL_HOST:$MYSQL_PORT"
  mysql_client -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4" \
    || fail "cannot reach MariaDB/MySQL at $MYSQL_HOST:$MYSQL_PORT as $MYSQL_USER"
  rm -rf "$INDEX_DIR" "$INDEX_DIR"-*
fi

# The app's command line: production settings (`mysql`; the launcher adds the profile `bench`), the dev issuer for
# the driver's coordinator token, and rate-limit budgets no run can empty (the benchmark measures the
# server, not the throttle; one token, or one address for the anonymous dashboard, sends every request).
APP_ARGS=(--spring.profiles.active=mysql "--spring.datasource.url=$JDBC_URL"
  "--spring.datasource.username=$MYSQL_USER" "--spring.datasource.password=$MYSQL_PASSWORD"
  --gba.security.dev-issuer.enabled=true
  --gba.graphql.rate-limit.coordinator.size=1000000000000
  --gba.graphql.rate-limit.coordinator.restore-rate=1000000000000
  --gba.graphql.rate-limit.anonymous.size=1000000000000
  --gba.graphql.rate-limit.anonymous.restore-rate=1000000000000)
if [ "$SF" = demo ]; then
  APP_ARGS+=(--gba.demo-data.enabled=true)
  START_LIMIT=300
else
  APP_ARGS+=(--gba.demo-data.enabled=false "--gba.bench.data.scale-factor=$SF")
  START_LIMIT=3600
fi

start_app() {
  # Another process answering on the port would pass for the app: refuse rather than measure it.
  if curl -fs -m 2 "$BASE_URL/actuator/health" >/dev/null 2>&1; then
    fail "something already answers on $BASE_URL: stop it or choose another --port"
  fi
  if [ "$INSTANCES" -gt 1 ]; then
    start_instances "${1:-}"
    return
  fi
  BENCH_JAVA_OPTS="$BENCH_JAVA_OPTS ${1:-}" src/bench/app.sh "${APP_ARGS[@]}" --server.port="$PORT" --management.server.port="$PORT" \
    "--gba.search.directory=$INDEX_DIR" >"$OUT/app.log" 2>&1 &
  APP_PID=$!
  APP_PIDS=("$APP_PID")
  await_up "$BASE_URL" "$START_LIMIT" "$APP_PID" || { tail -50 "$OUT/app.log"; fail "the app did not come up (log: $OUT/app.log)"; }
  # The search index's build at this start-up (types, documents, milliseconds), if the index was not current.
  local metrics
  metrics=$(curl -fs "$BASE_URL/bench/metrics") || fail "GET /bench/metrics failed: is it the bench app (src/bench/app.sh)?"
  if printf '%s' "$metrics" | grep -q '"searchIndexBuild":{'; then
    printf '%s\n' "$metrics" >"$OUT/index-build.json"
    log "Search index built at start-up: $(printf '%s' "$metrics" | sed -n 's/.*"searchIndexBuild":\({[^}]*}\).*/\1/p')"
  fi
}

stop_app() {
  [ -n "$NGINX_PID" ] && { kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=; }
  local pid
  for pid in $APP_PID "${APP_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  APP_PID=
  APP_PIDS=()
}

# --instances N: the instances one after the other (the first migrates the schema and loads the data), each on
# its own port, search index and log (the first one's is app.log), then nginx in front of them on --port.
start_instances() {
  local i port log index key="$OUT/scale-out/dev-issuer.pem" prefix="gba-bench-$(date +%s):"
  mkdir -p "$OUT/scale-out"
  [ -f "$key" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$key" 2>/dev/null \
    || fail "cannot make the dev issuer's key with openssl"
  APP_PIDS=()
  for i in $(seq 1 "$INSTANCES"); do
    port=$((PORT + i))
    log=$OUT/app.log
    index=$INDEX_DIR
    [ "$i" -gt 1 ] && log=$OUT/app-$i.log && index=$INDEX_DIR-$i
    BENCH_JAVA_OPTS="$BENCH_JAVA_OPTS ${1:-}" src/bench/app.sh "${APP_ARGS[@]}" --server.port="$port" --management.server.port="$port" \
      "--gba.search.directory=$index" --gba.shared-state.store=redis \
      "--gba.shared-state.redis.url=${BENCH_REDIS_URL:-redis://127.0.0.1:6379}" \
      "--gba.shared-state.redis.key-prefix=$prefix" "--gba.security.dev-issuer.private-key=file:$PWD/$key" \
      >"$log" 2>&1 &
    APP_PIDS+=($!)
    await_up "http://127.0.0.1:$port" "$START_LIMIT" "$!" || { tail -50 "$log"; fail "instance $i did not come up (log: $log)"; }
  done
  APP_PID=${APP_PIDS[0]}
  local upstream=""
  for i in $(seq 1 "$INSTANCES"); do upstream+="server 127.0.0.1:$((PORT + i)); "; done
  local dir="$PWD/$OUT/scale-out/nginx"
  mkdir -p "$dir"
  cat >"$dir/nginx.conf" <<NGINX
error_log $dir/error.log warn;
pid $dir/nginx.pid;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $dir/body; proxy_temp_path $dir/proxy; fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi; scgi_temp_path $dir/scgi;
  upstream api { $upstream keepalive 64; }
  map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
  server {
    listen 127.0.0.1:$PORT;
    location / {
      proxy_pass http://api;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$http_host;
      proxy_read_timeout 60s;
    }
  }
}
NGINX
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || fail "--instances needs nginx (apt-get install nginx-light)"
  /usr/sbin/nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off; master_process off;' >"$dir/nginx.out" 2>&1 &
  NGINX_PID=$!
  await_up "$BASE_URL" 30 "$NGINX_PID" || fail "nginx did not come up in front of the instances (log: $dir/error.log)"
  log "$INSTANCES instances (ports $((PORT + 1))-$((PORT + INSTANCES)), pids ${APP_PIDS[*]}) behind nginx on $BASE_URL, sharing Redis"
  return 0
}

# The profiler's agent for the measured start (--profile): CPU samples (itimer: no perf events needed) in
# windows of 10 s, each written to a file named by its start, which report.py matches with the phases.
PROFILER_AGENT=
if [ "$PROFILE" = true ]; then
  log "Fetching async-profiler 4.1 and its converter (Maven Central) for --profile"
  for artifact in tools.profiler:async-profiler:4.1:jar:linux-x64 tools.profiler:jfr-converter:4.1; do
    ./mvnw -B -ntp -q dependency:copy "-Dartifact=$artifact" "-DoutputDirectory=$OUT/profiler" \
      || fail "cannot fetch $artifact"
  done
  unzip -o -q "$OUT/profiler/async-profiler-4.1-linux-x64.jar" -d "$OUT/profiler"
  mkdir -p "$OUT/profile"
  PROFILER_AGENT="-agentpath:$PWD/$OUT/profiler/linux-x64/libasyncProfiler.so=start,event=itimer,interval=2ms"
  PROFILER_AGENT+=",loop=10s,collapsed,file=$PWD/$OUT/profile/%t.collapsed"
fi

log "Starting the bench app on MariaDB ($JDBC_URL, $JAR and target/bench-app, $BENCH_JAVA_OPTS): migrates the schema, loads data at SF $SF"
if [ "$SF" != demo ] && [ "$KEEP_DATA" = false ]; then
  start_app
  # The generator's report (rows per table, rows per second), logged before the app serves.
  sed -n '/Generated the scale data/,/rows\/s/p' "$OUT/app.log" | sed 's/^.*Generated/Generated/' | tee "$OUT/generator.txt"
  # The start-up below includes the generation: restart on the data to time the start alone.
  stop_app
  mv "$OUT/app.log" "$OUT/app-generation.log"
  log "Starting the app again on the generated data"
fi
start_app "$PROFILER_AGENT"
started_in=$(sed -n 's/.*Started [A-Za-z]* in \([0-9.]*\) seconds.*/\1/p' "$OUT/app.log" | tail -1)
log "App up (pid ${APP_PIDS[*]}, started in ${started_in:-?} s); RSS $(rss_all) KiB"
# The search index as built, before the mix writes to it.
du -sb "$INDEX_DIR" | cut -f1 >"$OUT/index-bytes.txt"
log "Search index on disk: $(cat "$OUT/index-bytes.txt") bytes ($INDEX_DIR)"

curl -fs "$BASE_URL/bench/metrics" >"$OUT/metrics-before.json" \
  || fail "GET /bench/metrics failed: is it the bench app (src/bench/app.sh)?"

# Heap and RSS, once a second, for the whole run (the sampler ends with the run).
(
  printf 'seconds\trss_kib\theap_used\theap_committed\n'
  while any_alive; do
    heap=$(curl -fs "$BASE_URL/bench/metrics" | sed -n 's/.*"heapUsedBytes":\([0-9]*\),"heapCommittedBytes":\([0-9]*\).*/\1\t\2/p')
    printf '%s\t%s\t%s\n' "$SECONDS" "$(rss_all)" "${heap:-}"
    sleep 1
  done
) >"$OUT/memory.tsv" &
SAMPLER_PID=$!
# The app's CPU time (utime + stime of /proc/<pid>/stat, in clock ticks) once a second, with the wall clock in
# epoch milliseconds: report.py attributes it to each phase of the simulation (phases.json) and divides by the
# phase's requests.
(
  printf 'epoch_ms\tcpu_ticks\tclk_tck\n'
  clk_tck=$(getconf CLK_TCK)
  while any_alive; do
    ticks=$(ticks_all) || break
    printf '%s\t%s\t%s\n' "$(date +%s%3N)" "$ticks" "$clk_tck"
    sleep 1
  done
) >"$OUT/cpu.tsv" &
CPU_SAMPLER_PID=$!

log "Running the mix: clients $CLIENTS, ${DURATION} s each, warm-up ${WARM_UP} s, deep page $DEEP_OFFSET rows in;" \
  "mixed scenario: $PARTNER_CLIENTS partner clients alone, then beside $HEAVY_CLIENTS heavy clients"
SUBSCRIPTION_CHECK_PID=
# The probe counts one instance's statements: the first one's, directly, when there are several.
PROBE_URL=$BASE_URL
[ "$INSTANCES" -gt 1 ] && PROBE_URL="http://127.0.0.1:$((PORT + 1))"
if [ "$INSTANCES" -gt 1 ]; then
  # While the levels run: subscribers through nginx, events made through it, every message counted.
  # After the probe (it needs the instance idle: its file marks its end) and the warm-up.
  rm -f "$OUT/probe.json"
  (for _ in $(seq 1 900); do [ -f "$OUT/probe.json" ] && break; sleep 1; done
    [ -f "$OUT/probe.json" ] || { echo "no probe: the simulation did not start"; exit 1; }
    sleep "$((WARM_UP + 2))"
    java src/bench/scale-out/SubscriptionCheck.java "$BASE_URL" "$OUT/subscriptions.json" 8 40) \
    >"$OUT/subscriptions.log" 2>&1 &
  SUBSCRIPTION_CHECK_PID=$!
fi
set +e
./mvnw -B -ntp -Pbench test-compile gatling:test \
  "-Dbench.base-url=$BASE_URL" "-Dbench.clients=$CLIENTS" "-Dbench.duration=$DURATION" \
  "-Dbench.warm-up=$WARM_UP" "-Dbench.deep-offset=$DEEP_OFFSET" "-Dbench.probe-file=$OUT/probe.json" \
  "-Dbench.probe-url=$PROBE_URL" \
  "-Dbench.partner-clients=$PARTNER_CLIENTS" "-Dbench.heavy-clients=$HEAVY_CLIENTS" \
  "-Dbench.overloaded-file=$OUT/overloaded.json" \
  "-Dbench.fail-on-error=$SMOKE" >"$OUT/gatling.log" 2>&1
gatling_rc=$?
subscriptions_rc=0
if [ -n "$SUBSCRIPTION_CHECK_PID" ]; then
  # Gatling failed before its probe: the check has nothing to wait for.
  [ -f "$OUT/probe.json" ] || kill "$SUBSCRIPTION_CHECK_PID" 2>/dev/null || true
  wait "$SUBSCRIPTION_CHECK_PID"
  subscriptions_rc=$?
  cat "$OUT/subscriptions.log"
fi
set -e
grep -E '^\[bench\]|^Reports generated|^Please open' "$OUT/gatling.log" || true

curl -fs "$BASE_URL/bench/metrics" >"$OUT/metrics-after.json" || fail "GET /bench/metrics failed after the run"
kill "$SAMPLER_PID" "$CPU_SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" "$CPU_SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=
CPU_SAMPLER_PID=
stop_app

embedded_startup=
if [ "$STARTUP" = true ]; then
  log "Measuring the start-up of the embedded default (H2, demo data), as README.md starts it: ./mvnw spring-boot:run"
  ./mvnw -B -ntp -q spring-boot:run "-Dspring-boot.run.arguments=--server.port=$PORT --management.server.port=$PORT" >"$OUT/embedded.log" 2>&1 &
  APP_PID=$!
  await_up "$BASE_URL" 300 "$APP_PID" || fail "the embedded default did not come up (log: $OUT/embedded.log)"
  embedded_startup=$(sed -n 's/.*Started GbaCooperationApplication in \([0-9.]*\) seconds.*/\1/p' "$OUT/embedded.log" | tail -1)
  # Maven runs the application in a JVM of its own: stop that one, then Maven ends.
  pkill -f "GbaCooperationApplication --server.port=$PORT" 2>/dev/null || true
  stop_app
  log "Embedded default started in ${embedded_startup} s"
fi

report_dir=$(ls -dt "$OUT"/gatling/*/ 2>/dev/null | head -1)
[ -n "$report_dir" ] || { tail -40 "$OUT/gatling.log"; fail "Gatling wrote no report (log: $OUT/gatling.log)"; }

python3 src/bench/report.py "--out=$OUT" "--gatling=$report_dir" "--sf=$SF" "--clients=$CLIENTS" \
  "--duration=$DURATION" "--warm-up=$WARM_UP" "--java-opts=$BENCH_JAVA_OPTS" \
  "--partner-clients=$PARTNER_CLIENTS" "--heavy-clients=$HEAVY_CLIENTS" \
  "--mysql-startup=${started_in:-}" "--embedded-startup=${embedded_startup:-}" \
  "--profile-converter=$([ "$PROFILE" = true ] && echo "$OUT/profiler/jfr-converter-4.1.jar")"

cat "$OUT/results.md"
log "Results: $OUT/results.json, $OUT/results.md; Gatling's report: ${report_dir}index.html"
if [ -f "$OUT/subscriptions.json" ]; then
  printf '\nSubscriptions through nginx during the levels (%s instances): %s\n' "$INSTANCES" "$(cat "$OUT/subscriptions.json")" \
    >>"$OUT/results.md"
fi
[ "$subscriptions_rc" -eq 0 ] || fail "the subscription check failed (log: $OUT/subscriptions.log)"
if [ "$gatling_rc" -ne 0 ]; then
  tail -40 "$OUT/gatling.log"
  fail "Gatling failed (exit $gatling_rc; log: $OUT/gatling.log)"
fi
