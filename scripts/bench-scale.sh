#!/usr/bin/env bash
# The municipality-size benchmark (issue 8) in one command. Builds a Release, generates the large
# municipality once (5 000 citizens, 300 staff, 8 years; kept in $BOSTOTTE_LARGE, default
# /tmp/bostotte-large.sqlite: about 15 minutes and 5 GB the first time), then prints:
#   scale_bench   every budgeted operation on that file, median and p95, with the hand-written
#                 SQLite C API path next to it and the ratio;
#   startup_bench start to a usable main window on that file, and peak memory;
#   sync_bench    export and import of 100 000 changes;
#   server_bench  50 concurrent workers on a throwaway PostgreSQL server (durable settings)
#                 filled with the medium municipality: throughput and p95 per kind of work.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
large=${BOSTOTTE_LARGE:-/tmp/bostotte-large.sqlite}

cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release -DBOSTOTTE_BUILD_UI=ON >/dev/null
cmake --build build-rel --target bostotte-cli scale_bench startup_bench sync_bench server_bench
[ -f "$large" ] || build-rel/app/bostotte-cli generate --scale large --out "$large"

echo "== scale_bench"
build-rel/tests/bench/scale_bench --database "$large"
echo "== startup_bench"
QT_QPA_PLATFORM=offscreen build-rel/tests/bench/startup_bench --database "$large"
echo "== sync_bench"
build-rel/tests/bench/sync_bench
echo "== server_bench"
state=$(mktemp -d)
trap 'bash scripts/pg-test-server.sh stop "$state"; rm -rf "$state"' EXIT
PG_DURABLE=1 bash scripts/pg-test-server.sh start "$state"
uri=$(cat "$state/uri")
psql "${uri%%\?*}" -qc "CREATE SCHEMA bench"
build-rel/tests/bench/server_bench --server "$uri&schema=bench" --workers 50 --seconds 30 \
    --scale medium
