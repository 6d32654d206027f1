#!/usr/bin/env bash
# Creates (or reuses) the Python environment the export run test needs: .venv-exports with the
# versions the exports pin (src/domain/stack/versions.ts; scripts/python/requirements.txt mirrors
# them and a test keeps the two equal). Packages come from pip's configured index; on this
# project's CI machines that is a local index (PIP_INDEX_URL=file:///opt/pypi/simple), so nothing
# is downloaded. Set PIP_INDEX_URL yourself to use another index.
# A stamp file holding the requirements' hash lets a second run return at once.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-exports
REQ=scripts/python/requirements.txt
PYTHON=${PYTHON:-python3}
STAMP="$VENV/.tunewise-requirements"
want=$(sha256sum "$REQ" | cut -d' ' -f1)

if [ -x "$VENV/bin/python" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
  echo "== $VENV is up to date"
  exit 0
fi

if [ -z "${PIP_INDEX_URL:-}" ] && [ -d /opt/pypi/simple ]; then
  export PIP_INDEX_URL=file:///opt/pypi/simple
fi
echo "== creating $VENV with $($PYTHON --version) (index: ${PIP_INDEX_URL:-pip default})"
start=$(date +%s)
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
# No pip self-upgrade: it would ask the index for pip and gain nothing.
# The configured extra index lists projects it does not hold; pip warns once per package. Hide
# those lines only: a real failure still fails the script (pipefail).
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQ" 2>&1 |
  { grep -v "is ignored: it is neither a file nor a directory" || true; }
echo "$want" >"$STAMP"
echo "== $VENV ready in $(($(date +%s) - start)) s"
