#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite (ctest starts it before the server tests and
# stops it after them; see tests/CMakeLists.txt).
#   pg-test-server.sh start STATE_DIR   initdb in a new temporary folder, listen on 127.0.0.1 only,
#                                       write the server's URI to STATE_DIR/uri
#   pg-test-server.sh stop STATE_DIR    stop the server and delete its folder
# initdb refuses to run as root, so as root the server runs as the "postgres" user. It trusts
# local connections and keeps nothing: fsync is off (PG_DURABLE=1 keeps PostgreSQL's durable
# defaults, for benchmarks), and the folder is removed on stop.
set -euo pipefail
cmd=${1:?start or stop}
state=${2:?state folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (apt install postgresql)" >&2; exit 1; }

as_server() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $cmd in
start)
    if [ -f "$state/dir" ]; then "$0" stop "$state" || true; fi
    mkdir -p "$state"
    dir=$(mktemp -d /tmp/bostotte-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    echo "$dir" >"$state/dir"
    as_server "$bin/initdb" -D "$dir/data" -U bostotte_test --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log"
    fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${PG_DURABLE:-0}" = 1 ] && fast=""
    # The first free port from 55432 on.
    for port in $(seq 55432 55532); do
        if as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 -o \
            "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir $fast \
             -c max_connections=200" start >/dev/null; then
            "$bin/createdb" -h 127.0.0.1 -p "$port" -U bostotte_test bostotte_test
            echo "postgresql://bostotte_test@127.0.0.1:$port/bostotte_test?sslmode=disable" \
                >"$state/uri"
            echo "test server on 127.0.0.1:$port ($dir)"
            exit 0
        fi
    done
    echo "could not start the test server; see $dir/server.log" >&2
    exit 1
    ;;
stop)
    [ -f "$state/dir" ] || exit 0
    dir=$(cat "$state/dir")
    if [ -d "$dir/data" ]; then as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop \
        >/dev/null || true; fi
    rm -rf "$dir" "$state/dir" "$state/uri"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
