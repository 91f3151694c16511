#!/usr/bin/env bash
# Install everything the tests need into a fresh ./.venv-test and run the whole suite:
# lint, format check, types, pytest (Qt offscreen), then a non-editable install smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash packaging/install-system-packages.sh packaging/system-packages.txt packaging/test-packages.txt

rm -rf .venv-test
python3 -m venv .venv-test
.venv-test/bin/python -m pip install -q --upgrade pip
.venv-test/bin/python -m pip install -q -e '.[dev]'

echo "== ruff check";  .venv-test/bin/ruff check .
echo "== ruff format"; .venv-test/bin/ruff format --check .
echo "== mypy";        .venv-test/bin/mypy
echo "== pytest"
# The storage tests also run on a real PostgreSQL server when one can be started here.
pg_url=${PARALLAX_TEST_PG_URL:-$(bash packaging/start-test-postgres.sh)}
pg_dir=""
if [ -n "$pg_url" ] && [ -z "${PARALLAX_TEST_PG_URL:-}" ]; then pg_dir=${pg_url#*host=}; fi
stop_pg() { [ -z "$pg_dir" ] || bash packaging/start-test-postgres.sh --stop "$pg_dir"; }
trap stop_pg EXIT
# The whole suite in one process: tests/conftest.py restores the session's application
# when a test leaves it quitting, which once silenced every later window's jobs.
PARALLAX_TEST_PG_URL=$pg_url QT_QPA_PLATFORM=offscreen \
  .venv-test/bin/python -m pytest -q -p no:cacheprovider "$@"
stop_pg
pg_dir=""

echo "== smoke test of a non-editable install, outside the checkout"
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"; stop_pg' EXIT
python3 -m venv "$smoke/venv"
"$smoke/venv/bin/python" -m pip install -q --upgrade pip
"$smoke/venv/bin/python" -m pip install -q "$root"
cp tests/fixtures/smoke/*.txt "$smoke/"
cd "$smoke"
"$smoke/venv/bin/parallax" --version
PARALLAX_DB="$smoke/smoke.sqlite3" "$smoke/venv/bin/python" - <<'PY'
import json, subprocess, sys
out = subprocess.run(
    [sys.prefix + "/bin/parallax", "inspect", "--json", "city-hall.txt"],
    check=True, capture_output=True, text=True,
).stdout
doc = json.loads(out)
quotes = doc["articles"][0]["quotes"]
assert quotes and all({"text", "start", "end", "speaker", "kind", "cue"} <= set(q) for q in quotes), quotes
print(f"inspect: {len(quotes)} quotes, first by {quotes[0]['speaker']}")
subprocess.run([sys.prefix + "/bin/parallax", "demo"], check=True)
subprocess.run([sys.prefix + "/bin/parallax", "export", "Valdren flood barrier announcement",
                "--pdf", "demo.pdf"], check=True)
assert open("demo.pdf", "rb").read(5) == b"%PDF-"
print("smoke test passed: migrations, seeds and resources found in the installed package")
PY
