#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the test suite (unix socket only, data in a
# temporary folder) and print the SQLAlchemy URL on stdout. Stop it with:
#   packaging/start-test-postgres.sh --stop DIR
# Needs Debian's `postgresql` package (packaging/test-packages.txt). Prints nothing and
# exits 0 when no server binaries are found, so the PostgreSQL tests skip.
set -euo pipefail
if [ "${1:-}" = "--stop" ]; then
  dir=$2
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] && runas=$(stat -c %U "$dir") && \
    su -s /bin/sh "$runas" -c "$bin/pg_ctl -D '$dir/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || exit 0
dir=$(mktemp -d /tmp/parallax-pg.XXXXXX)
user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then  # initdb refuses to run as root
  user=postgres
  chown "$user" "$dir"
fi
run() { if [ "$(id -un)" = "$user" ]; then sh -c "$1"; else su -s /bin/sh "$user" -c "$1"; fi; }
run "$bin/initdb -D '$dir/data' -U postgres --auth=trust -E UTF8 >/dev/null"
run "$bin/pg_ctl -D '$dir/data' -l '$dir/log' -w -o \"-k '$dir' -c listen_addresses='' -F\" start >/dev/null"
run "$bin/createdb -h '$dir' -U postgres parallax_test"
echo "postgresql+psycopg://postgres@/parallax_test?host=$dir"
