#!/usr/bin/env bash
# Install the Debian packages named in the given list files, when any is missing.
# Usage: packaging/install-system-packages.sh packaging/system-packages.txt [more lists]
set -euo pipefail
wanted=()
for list in "$@"; do
  while read -r name; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    wanted+=("$name")
  done < "$list"
done
if ! command -v dpkg >/dev/null 2>&1; then
  echo "Not a Debian-like system: install the equivalents of these packages yourself:" >&2
  printf '  %s\n' "${wanted[@]}" >&2
  exit 0
fi
missing=()
for name in "${wanted[@]}"; do
  dpkg -s "$name" >/dev/null 2>&1 || missing+=("$name")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing system packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
