#!/usr/bin/env bash
# Set up accusegraph from a fresh clone: Python virtualenv with the package and its
# test tools, Java and Maven for the local Neo4j (installed with apt-get when
# missing and we are root), and the Neo4j jars assembled into the cache.
# Safe to run again: every step is skipped when already done.
#   bash scripts/bootstrap.sh           what the tool needs
#   bash scripts/bootstrap.sh --tests   also Chromium (the Neo4j Browser test) and PySpark
#                                       (the spark extra, for the Spark tests)
set -euo pipefail
for_tests=0
[ "${1:-}" = "--tests" ] && for_tests=1
cd "$(dirname "$0")/.."

log() { printf '[bootstrap] %s\n' "$*" >&2; }

need_apt=()
if ! command -v java >/dev/null 2>&1; then need_apt+=(openjdk-17-jre-headless); fi
if ! command -v mvn >/dev/null 2>&1; then need_apt+=(maven); fi
if [ "$for_tests" = "1" ] && ! command -v chromium >/dev/null 2>&1; then
  need_apt+=(chromium)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    log "installing ${need_apt[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    log "missing ${need_apt[*]}: install them (e.g. sudo apt-get install ${need_apt[*]}), or use docker compose up -d and set NEO4J_URI"
  fi
fi

PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  log "accusegraph needs Python 3.11 or newer; set PYTHON=/path/to/python3.11"
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  log "creating .venv"
  "$PY" -m venv .venv
fi
# The tests also run Spark (tests/test_spark.py): the spark extra goes into the test install.
extras=test
[ "$for_tests" = "1" ] && extras=test,spark
stamp=.venv/.accusegraph-installed-${extras/,/-}
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  log "installing accusegraph and its dependencies into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
  if ! .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[$extras]" > .venv/pip-install.log 2>&1; then
    cat .venv/pip-install.log >&2
    log "pip install failed (log above, also in .venv/pip-install.log)"
    exit 1
  fi
  touch "$stamp"
fi

log "assembling Neo4j from its jars (cached after the first time)"
.venv/bin/python -c 'from accusegraph.graph.assemble import ensure_assembled; print(ensure_assembled())' >/dev/null
log "ready"
