#!/usr/bin/env bash
# Linux: prove the packaging works. Run after packaging/build.sh (CI's packaging stage runs both).
#
#   1. the desktop file and the AppStream metadata pass their validators;
#   2. the committed icons match resources/icons/timelineapp.svg;
#   3. an install into a scratch prefix gives a MIME database that maps *.timeline.json to
#      our type, and a desktop database that opens it with our desktop file; uninstalling
#      removes it all;
#   4. the built app starts headless, validates and exports the bundled example to PNG, the
#      same bytes as the installed package exports; builds event files from a text and an
#      HTML article and imports every test format with the same results as the package; and
#      it loads a big file with its worker processes (the frozen app must start them as
#      workers, not as new apps).
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
grep -q "^$MIME=$ID.desktop;" "$share/applications/mimeinfo.cache" \
  || fail "the desktop database does not open $MIME with $ID.desktop"
[ -f "$share/icons/hicolor/256x256/apps/$ID.png" ] || fail "no 256 px icon installed"
packaging/install.sh --uninstall "$scratch/prefix" >>"$scratch/install.log" 2>&1 \
  || { cat "$scratch/install.log" >&2; fail "install.sh --uninstall"; }
left=$(find "$scratch/prefix" -name "$ID*" -o -name timelineapp)
[ -z "$left" ] || fail "install.sh --uninstall left: $left"
grep -q "$MIME" "$share/mime/globs2" && fail "the uninstalled MIME type is still in the database"

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
# Qt's own French, for its standard dialogs (file dialogs, message box buttons).
[ -n "$(find dist/timelineapp -name qtbase_fr.qm)" ] || fail "Qt's qtbase_fr.qm is not in the bundle"
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
# In French: the bundled .qm files must be found and read. The SVG's text says so (legend
# heading, grade words, date words in the footer); the PNG must match the package's too.
LANG=fr_FR.UTF-8 "$APP" export "$example" -o "$scratch/frozen-fr.svg" --lang fr --date 2026-01-01 \
  >/dev/null || fail "$APP export --lang fr"
for words in "Marques" "Couleurs" "fiabilité F" "en juin 2024" "Fichier"; do
  grep -q "$words" "$scratch/frozen-fr.svg" || fail "the French export does not say \"$words\""
done
"$APP" export "$example" -o "$scratch/frozen-fr.png" --lang fr --date 2026-01-01 >/dev/null \
  || fail "$APP export --lang fr (PNG)"
"$PYTHON" -m timelineapp export "$example" -o "$scratch/venv-fr.png" --lang fr --date 2026-01-01 \
  >/dev/null
cmp -s "$scratch/frozen-fr.png" "$scratch/venv-fr.png" \
  || fail "the frozen app's French export differs from the installed package's"
# Without --lang the command line stays English, whatever the system's language.
LANG=fr_FR.UTF-8 "$APP" export "$example" -o "$scratch/frozen-lang.svg" --date 2026-01-01 \
  >/dev/null || fail "$APP export under LANG=fr_FR.UTF-8"
grep -q "in June 2024" "$scratch/frozen-lang.svg" && ! grep -q "en juin" "$scratch/frozen-lang.svg" \
  || fail "an export without --lang under a French locale is not all English"
echo "French export: the frozen app's .qm files are read, identical to the installed package's"

# The article builder (trafilatura, Babel's CLDR data) and the importers (icalendar...) read
# data files at run time that PyInstaller may miss: run each in both and compare the results.
mkdir -p "$scratch/in" "$scratch/out-frozen" "$scratch/out-venv"
cp resources/examples/niger-2024/000_651eb735907009b6.txt "$scratch/in/article.txt"
"$PYTHON" - "$scratch/in/article.txt" "$scratch/in/article.html" <<'PY'
import html, sys
paragraphs = open(sys.argv[1], encoding="utf-8").read().split("\n")
body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p.strip())
page = f"<html><body><nav>Accueil | International</nav><article>{body}</article>"
open(sys.argv[2], "w", encoding="utf-8").write(page + "<footer>Mentions légales</footer></html>")
PY
for mode in frozen venv; do
  if [ $mode = frozen ]; then run=("$APP"); else run=("$PYTHON" -m timelineapp); fi
  out=$scratch/out-$mode
  "${run[@]}" build "$scratch/in/article.txt" -o "$out/text.timeline.json" --published 2024-06 \
    >/dev/null || fail "$mode: build from a text article"
  "${run[@]}" build "$scratch/in/article.html" -o "$out/html.timeline.json" --published 2024-06 \
    >/dev/null || fail "$mode: build from an HTML article"
  for data in tests/data/import/*; do
    "${run[@]}" import "$data" -o "$out/import-$(basename "$data").timeline.json" >/dev/null \
      2>>"$scratch/import-$mode.log" || fail "$mode: import $data"
  done
done
diff -r "$scratch/out-frozen" "$scratch/out-venv" >/dev/null \
  || fail "the frozen app's build or import results differ from the installed package's"
echo "build (text, HTML) and import ($(ls tests/data/import | wc -l) formats): same results"

"$PYTHON" benchmarks/generate.py 100000 -o "$scratch/big" >/dev/null
start=$(date +%s)
"$APP" export "$scratch/big/synthetic-100000.timeline.json" -o "$scratch/big.png" \
  || fail "$APP export of a 100,000-event file (worker processes)"
echo "100,000-event file exported in $(( $(date +%s) - start )) s"
echo "== packaging check passed"
