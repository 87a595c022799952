#!/usr/bin/env bash
# Set up (if needed) and brief the bundled example: five reports on North Korean troops in Kursk.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/newsweave brief examples/kursk "$@"
