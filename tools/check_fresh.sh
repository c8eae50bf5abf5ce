#!/usr/bin/env bash
# Clone the repository's committed HEAD into a temporary folder and run the two quick-start
# commands there, as a new user would: `make test`, then `make demo`.
#
#   tools/check_fresh.sh            # newest dependency versions pip finds today (a fresh .venv)
#   tools/check_fresh.sh --lowest   # also the suite on the lowest supported versions
#   KEEP=1 tools/check_fresh.sh     # keep the clone (its path is printed)
#
# Uncommitted changes are not part of the check: commit first. Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
lowest=0
[ "${1:-}" = "--lowest" ] && lowest=1
tmp="$(mktemp -d "${TMPDIR:-/tmp}/consultagg-fresh.XXXXXX")"
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "clone kept in $tmp"; else rm -rf "$tmp"; fi; }
trap cleanup EXIT
git clone -q "$here" "$tmp/consultagg"
cd "$tmp/consultagg"
echo "fresh clone of $(git rev-parse --short HEAD) in $tmp/consultagg"
if [ -n "$(git -C "$here" status --porcelain --untracked-files=no)" ]; then
  echo "note: $here has uncommitted changes; they are not part of this check" >&2
fi
# No pip cache: the versions a new machine would get today, not the ones this machine has.
export PIP_NO_CACHE_DIR=1
make test 2>&1 | tee "$tmp/test.log" | tail -n 12
.venv/bin/python -m pip list 2>/dev/null | grep -iE '^(numpy|scipy|scikit-learn|jieba|openpyxl|joblib|threadpoolctl|pypinyin) ' \
  | tr -s ' ' | paste -sd ',' | sed 's/^/versions: /'
make demo 2>&1 | tee "$tmp/demo.log" | tail -n 8
test -s demo_output/tracker.xlsx || { echo "make demo wrote no tracker" >&2; exit 1; }
if [ "$lowest" = 1 ]; then
  make test-lowest 2>&1 | tee "$tmp/lowest.log" | tail -n 6
fi
echo "fresh clone: make test and make demo passed"
