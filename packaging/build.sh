#!/usr/bin/env bash
# Build the one-folder app with PyInstaller: dist/timelineapp/ (dist/timelineapp.app on macOS).
#
#   packaging/build.sh              uses .venv (made by the README's set-up command)
#   PYTHON=/path/to/python packaging/build.sh
#
# Installs PyInstaller into that environment if it is missing. Works on Linux and macOS, and on
# Windows from Git Bash; the spec itself (packaging/timelineapp.spec) is the same everywhere.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python
  elif [ -x .venv/Scripts/python.exe ]; then PYTHON=.venv/Scripts/python.exe
  else echo "build.sh: no .venv; make it with the README's set-up command or set PYTHON" >&2; exit 1
  fi
fi
if ! "$PYTHON" -c 'import timelineapp' 2>/dev/null; then
  echo "build.sh: timelineapp is not installed in $PYTHON's environment (pip install .)" >&2
  exit 1
fi
if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
  echo "== installing PyInstaller"
  "$PYTHON" -m pip install -q 'pyinstaller>=6.10,<7'
fi

echo "== PyInstaller $("$PYTHON" -m PyInstaller --version), $("$PYTHON" --version)"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/timelineapp.spec
seconds=$(( $(date +%s) - start ))

bundle=dist/timelineapp
[ -d dist/timelineapp.app ] && bundle=dist/timelineapp.app
size=$(du -sk "$bundle" | cut -f1)
echo "== built $bundle in ${seconds} s: $(( size / 1024 )) MB, $(find "$bundle" -type f | wc -l | tr -d ' ') files"
