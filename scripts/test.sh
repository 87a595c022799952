#!/usr/bin/env bash
# Set up (if needed) with the test tools and run lint and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
apt_install() {  # $1: what for; the rest: Debian packages. Only as root with apt-get; otherwise the tests say.
  local why="$1"
  shift
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test: installing Debian's $* for $why" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@") >/dev/null 2>&1 \
      || echo "test: could not install $*" >&2
  fi
}
if ! command -v chromium >/dev/null 2>&1; then
  # The HTML report is tested in Debian's headless Chromium (Playwright never downloads a browser here).
  apt_install "the HTML report test" chromium
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  # The store tests start their own PostgreSQL server (initdb and pg_ctl in a temporary folder, a local
  # socket only) and run against it as well as SQLite.
  apt_install "the PostgreSQL store tests" postgresql
fi
.venv/bin/ruff check .
.venv/bin/ruff format --check .
exec .venv/bin/python -m pytest "$@"
