#!/usr/bin/env bash
# Bulk export benchmark (issue 16, docs/exports.md): against a running bench app (src/bench/app.sh, with the dev
# issuer on), exports every talent arrangement with its person and host, and reports the rows written, the
# time, the rows per second, the file's size and the heap (GET /bench/metrics: used, sampled every 250 ms; the
# heap pools' peak since the start of the export; what was live after the last collection).
#
#   src/bench/export.sh [--url http://localhost:18081] [--format JSONL|CSV] [--out target/bench/export]
#
# The app must run with a rate-limit budget for coordinators that the export cannot empty (as run.sh gives it,
# --gba.graphql.rate-limit.coordinator.size=1000000000000 and .restore-rate=1000000000000), else the export waits
# for the budget (gba.export.cost-factor) and the figure measures the throttle. Its file is downloaded to check
# that its rows equal totalCount, then deleted. E.g., on an SF 0.1 database of its own:
#
#   MYSQL_URL=jdbc:mysql://127.0.0.1:3306/gba_export_bench MYSQL_USER=root src/bench/app.sh \
#     --spring.profiles.active=mysql --server.port=18081 --gba.security.dev-issuer.enabled=true \
#     --gba.bench.data.scale-factor=0.1 --gba.graphql.rate-limit.coordinator.size=1000000000000 \
#     --gba.graphql.rate-limit.coordinator.restore-rate=1000000000000 &
#   src/bench/export.sh --url http://localhost:18081
set -euo pipefail
cd "$(dirname "$0")/../.."

URL=http://localhost:18081
FORMAT=JSONL
OUT=target/bench/export
while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL=$2; shift 2 ;;
    --format) FORMAT=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    *) echo "export.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"

log() { printf '[export %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
json_field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\)\"\{0,1\}.*/\1/p" | head -1; }

curl -fs "$URL/bench/metrics" >/dev/null || fail "no bench app at $URL (GET /bench/metrics): start it with src/bench/app.sh"
TOKEN=$(curl -fs "$URL/dev/token" -H 'Content-Type: application/json' \
  -d '{"subject":"bench-export","roles":["COORDINATOR"]}' | json_field accessToken)
[ -n "$TOKEN" ] || fail "no token from $URL/dev/token (is gba.security.dev-issuer.enabled=true?)"

graphql() {
  curl -fs "$URL/graphql" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$1"
}

QUERY='{ talentArrangements { nodes { id mode category status startDate endDate person { id name homeJurisdiction } host { id name jurisdiction } } } }'
TOTAL=$(graphql '{"query":"{ talentArrangements { totalCount } }"}' | json_field totalCount)
log "talentArrangements: $TOTAL; exporting them as $FORMAT with person and host"

curl -fs -X POST "$URL/bench/metrics/reset-peaks" >/dev/null || fail "POST /bench/metrics/reset-peaks failed"
before=$(curl -fs "$URL/bench/metrics")
started=$(date +%s.%N)
answer=$(graphql "{\"query\":\"mutation(\$q: String!, \$f: BulkExportFormat) { startBulkExport(input: {query: \$q, format: \$f}) { bulkExport { id } userErrors { code message } } }\",\"variables\":{\"q\":\"$QUERY\",\"f\":\"$FORMAT\"}}")
ID=$(printf '%s' "$answer" | sed -n 's/.*"bulkExport":{"id":"\([^"]*\)".*/\1/p')
[ -n "$ID" ] || fail "startBulkExport refused: $answer"
log "Export $ID started"

# Poll the status (and sample the heap) until the export ends.
heap_max=0
status=
while true; do
  used=$(curl -fs "$URL/bench/metrics" | json_field heapUsedBytes)
  [ -n "$used" ] && [ "$used" -gt "$heap_max" ] && heap_max=$used
  export_json=$(graphql "{\"query\":\"{ bulkExport(id: \\\"$ID\\\") { status rowsWritten totalCount sizeBytes errorCode errorMessage url } }\"}")
  status=$(printf '%s' "$export_json" | json_field status)
  case "$status" in
    COMPLETED|FAILED|CANCELED) break ;;
  esac
  sleep 0.25
done
ended=$(date +%s.%N)
after=$(curl -fs "$URL/bench/metrics")
[ "$status" = COMPLETED ] || fail "export $ID ended $status: $export_json"

rows=$(printf '%s' "$export_json" | json_field rowsWritten)
total=$(printf '%s' "$export_json" | json_field totalCount)
bytes=$(printf '%s' "$export_json" | json_field sizeBytes)
link=$(printf '%s' "$export_json" | sed -n 's/.*"url":"\([^"]*\)".*/\1/p' | sed 's/\\u0026/\&/g')
file="$OUT/export.${FORMAT,,}"
curl -fs -H "Authorization: Bearer $TOKEN" -o "$file" "$URL$link" || fail "download of $link failed"
lines=$(wc -l <"$file")
[ "$FORMAT" = CSV ] && lines=$((lines - 1))
rm -f "$file"
peak=$(printf '%s' "$after" | json_field heapUsedPeakBytes)
live=$(printf '%s' "$after" | json_field heapUsedAfterGcBytes)
statements=$(( $(printf '%s' "$after" | json_field statements) - $(printf '%s' "$before" | json_field statements) ))
seconds=$(awk "BEGIN { printf \"%.1f\", $ended - $started }")
rate=$(awk "BEGIN { printf \"%d\", $rows / ($ended - $started) }")
mib() { awk "BEGIN { printf \"%.0f\", $1 / 1048576 }"; }

{
  printf 'format\t%s\n' "$FORMAT"
  printf 'rows written\t%s\n' "$rows"
  printf 'totalCount\t%s\n' "$total"
  printf 'rows in the file\t%s\n' "$lines"
  printf 'seconds (start to COMPLETED, polled every 0.25 s)\t%s\n' "$seconds"
  printf 'rows per second\t%s\n' "$rate"
  printf 'file bytes\t%s\n' "$bytes"
  printf 'SQL statements\t%s\n' "$statements"
  printf 'heap used, sampled max (MiB)\t%s\n' "$(mib "$heap_max")"
  printf 'heap used, pools peak since start (MiB)\t%s\n' "$(mib "${peak:-0}")"
  printf 'heap live after last GC (MiB)\t%s\n' "$(mib "${live:-0}")"
} | tee "$OUT/results.tsv"
[ "$rows" = "$total" ] && [ "$lines" = "$rows" ] || fail "rows written $rows, totalCount $total, rows in the file $lines"
log "Done: $OUT/results.tsv"
