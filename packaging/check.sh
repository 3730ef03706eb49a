#!/usr/bin/env bash
# Linux: prove the packaging works. Run after packaging/build.sh (CI's packaging stage runs both).
#
#   1. the desktop file and the AppStream metadata pass their validators;
#   2. the committed icons match resources/icons/timelineapp.svg;
#   3. an install into a scratch prefix gives a MIME database that maps *.timeline.json to
#      our type, and a desktop file that opens it;
#   4. the built app starts headless, validates and exports the bundled example to PNG, the
#      same bytes as the installed package exports; and it loads a big file with its worker
#      processes (the frozen app must start them as workers, not as new apps).
# Any failure stops the script with a message and a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."
ID=org.timelineapp.TimelineApp
MIME=application/x-timelineapp-events+json
PYTHON=${PYTHON:-.venv/bin/python}
APP=dist/timelineapp/timelineapp
export QT_QPA_PLATFORM=offscreen
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "packaging check FAILED: $*" >&2; exit 1; }

echo "== validators"
desktop-file-validate packaging/$ID.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net packaging/$ID.metainfo.xml || fail "appstreamcli validate"

echo "== icons"
"$PYTHON" packaging/make_icons.py --check || fail "icons are stale"

echo "== install into a scratch prefix"
packaging/install.sh "$scratch/prefix" >"$scratch/install.log" 2>&1 \
  || { cat "$scratch/install.log" >&2; fail "install.sh"; }
share=$scratch/prefix/share
desktop-file-validate "$share/applications/$ID.desktop" || fail "installed desktop file"
grep -q ":$MIME:\*\.timeline\.json" "$share/mime/globs2" \
  || fail "the installed MIME database does not map *.timeline.json to $MIME"
if [ -f "$share/applications/mimeinfo.cache" ]; then
  grep -q "^$MIME=$ID.desktop;" "$share/applications/mimeinfo.cache" \
    || fail "the desktop database does not open $MIME with $ID.desktop"
fi
[ -f "$share/icons/hicolor/256x256/apps/$ID.png" ] || fail "no 256 px icon installed"

echo "== the built app, headless"
[ -x "$APP" ] || fail "$APP is missing: run packaging/build.sh"
example=dist/timelineapp/_internal/timelineapp/resources/examples/niger-2024/niger-2024.timeline.json
[ -f "$example" ] || fail "the bundled example is not in the bundle ($example)"
dangling=$(find dist/timelineapp -xtype l)
[ -z "$dangling" ] || fail "links to files left out of the bundle: $dangling"
for ts in resources/translations/*.ts; do
  qm=dist/timelineapp/_internal/timelineapp/resources/translations/$(basename "${ts%.ts}").qm
  [ -f "$qm" ] || fail "no compiled translation $qm for $ts in the bundle"
done
"$APP" --version || fail "$APP --version"
"$APP" validate "$example" || fail "$APP validate"
"$APP" export "$example" -o "$scratch/frozen.png" --date 2026-01-01 || fail "$APP export"
[ "$(head -c 8 "$scratch/frozen.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
  || fail "the export is not a PNG"
# The same renderer, fonts and Qt: the frozen app must draw exactly what the package draws.
"$PYTHON" -m timelineapp export "$example" -o "$scratch/venv.png" --date 2026-01-01 >/dev/null
cmp -s "$scratch/frozen.png" "$scratch/venv.png" \
  || fail "the frozen app's export differs from the installed package's"
echo "export: $(wc -c < "$scratch/frozen.png") bytes, identical to the installed package's"

"$PYTHON" benchmarks/generate.py 100000 -o "$scratch/big" >/dev/null
start=$(date +%s)
"$APP" export "$scratch/big/synthetic-100000.timeline.json" -o "$scratch/big.png" \
  || fail "$APP export of a 100,000-event file (worker processes)"
echo "100,000-event file exported in $(( $(date +%s) - start )) s"
echo "== packaging check passed"
