#!/usr/bin/env bash
# Installs the interop peers of tests/tests/interop.rs and eventgrid-emulator/tests/interop.rs
# at their pinned versions:
#   tests/interop/.venv          Python virtualenv with requirements.txt (azure-eventgrid)
#   tests/interop/node_modules   `npm ci` from package-lock.json (@azure/eventgrid,
#                                @azure/eventgrid-namespaces)
# Both are ignored by git. Re-running is cheap: pip and npm skip what is already installed.
# Then: EVENTGRID_INTEROP_DIR=$PWD/tests/interop cargo test -p eventgrid-tests --test interop
#       EVENTGRID_INTEROP_DIR=$PWD/tests/interop cargo test -p eventgrid-emulator --test interop
set -euo pipefail
cd "$(dirname "$0")"

python="${PYTHON:-python3}"
"$python" -c 'import sys; assert sys.version_info >= (3, 9), sys.version' \
  || { echo "setup.sh: Python 3.9 or newer is needed (set PYTHON=...)" >&2; exit 1; }
command -v node >/dev/null || { echo "setup.sh: node is needed" >&2; exit 1; }
command -v npm >/dev/null || { echo "setup.sh: npm is needed" >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-input -r requirements.txt

npm ci --no-audit --no-fund --loglevel=error

printf 'interop peers: azure-eventgrid %s, @azure/eventgrid %s, @azure/eventgrid-namespaces %s, node %s\n' \
  "$(.venv/bin/python -c 'import azure.eventgrid as m; print(m.__version__)')" \
  "$(node -p 'require("./node_modules/@azure/eventgrid/package.json").version')" \
  "$(node -p 'require("./node_modules/@azure/eventgrid-namespaces/package.json").version')" \
  "$(node --version)"
