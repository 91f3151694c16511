#!/usr/bin/env bash
# Install Parallax into ./.venv (system packages too, when missing) and start it.
# The first start loads the demo story. Extra arguments go to `parallax`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-system-packages.sh packaging/system-packages.txt
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q .
exec .venv/bin/parallax "$@"
