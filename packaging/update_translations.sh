#!/usr/bin/env bash
# Refresh the .ts files from the sources (pyside6-lupdate keeps every existing translation and
# marks new strings "unfinished"), then compile the .qm files the app loads. Run it after
# changing a user-visible string, translate what lupdate marked in Qt Linguist
# (pyside6-linguist resources/translations/timelineapp_fr.ts) or fill them from dictionaries
# (packaging/fill_translations.py), and run it again.
# tests/ui/test_translations.py fails while a French string is missing or a .qm is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(dirname "$(command -v python)")
lupdate=${LUPDATE:-$bin/pyside6-lupdate}
lrelease=${LRELEASE:-$bin/pyside6-lrelease}
mapfile -t sources < <(find src/timelineapp -name '*.py' | sort)
for lang in en fr; do
  ts=resources/translations/timelineapp_$lang.ts
  "$lupdate" -no-obsolete -locations relative "${sources[@]}" -ts "$ts"
  "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
