#!/usr/bin/env bash
# Re-take the README screenshots on a private virtual screen (needs ../shared/tools/screenshot.sh
# from the workplace, Xvfb and xdotool). Run from the repository root after `pip install .`.
set -euo pipefail
shot=${SCREENSHOT_TOOL:-../shared/tools/screenshot.sh}
# A fresh configuration for each shot: the app remembers the last file, filters and selection.
app() { env XDG_CONFIG_HOME="$(mktemp -d)" XDG_CACHE_HOME="$(mktemp -d)" "${TIMELINEAPP:-timelineapp}" "$@"; }
export -f app 2>/dev/null || true
# (a) the whole Niger timeline, as it opens
"$shot" docs/screenshot-overview.png --wait 5 -- bash -c 'app "$@"' app
# (b) the withdrawal agreement of 19 May 2024 selected, view zoomed around it, quote highlighted
"$shot" docs/screenshot-selected.png --wait 5 \
  --do "mousemove 1000 420 click 1" --do "key Right Right Right" --do "key ctrl+shift+0" \
  --do "key ctrl+minus ctrl+minus ctrl+minus ctrl+minus ctrl+minus" --do "sleep 1" \
  --do "mousemove 870 296 click 1" --do "sleep 1" -- bash -c 'app "$@"' app
# (c) only Russia (Alt+click on its row in the Actors pane), then fit the view to what is shown
"$shot" docs/filter-russia.png --wait 5 \
  --do "mousemove 130 281" --do "keydown alt" --do "click 1" --do "keyup alt" --do "key ctrl+0" \
  -- bash -c 'app "$@"' app
# (d) Niger AND États-Unis: check both, then "All together (AND)"
"$shot" docs/filter-niger-and-us.png --wait 5 \
  --do "mousemove 81 173 click 1" --do "mousemove 81 227 click 1" --do "mousemove 56 429 click 1" \
  --do "key ctrl+0" -- bash -c 'app "$@"' app
# (e) search « accord » (click the search field, type, Enter jumps to the first match)
"$shot" docs/search-accord.png --wait 5 \
  --do "mousemove 443 86 click 1" --do "type accord" --do "sleep 1" --do "key Return" \
  -- bash -c 'app "$@"' app
# (f) provenance: a copy of the example whose article was edited after quoting ("19 mai" ->
# "20 mai"); close the load report, click the first quote problem in the Provenance pane
tampered=$(mktemp -d)
cp -r resources/examples/niger-2024 "$tampered/"
sed -i 's/19 mai/20 mai/' "$tampered"/niger-2024/*.txt
"$shot" docs/provenance-tampered.png --wait 5 \
  --do "key Escape" --do "mousemove 345 792 click 1" \
  -- bash -c 'app "$@"' app "$tampered/niger-2024/niger-2024.timeline.json"
# (g) View › Compress Empty Stretches (Ctrl+Shift+B): 2013 – 2023 drawn as one labelled break
"$shot" docs/compressed-timeline.png --wait 5 \
  --do "mousemove 700 300 click 1" --do "key Escape" --do "key ctrl+shift+b" -- bash -c 'app "$@"' app
# (h) the same at 1024 × 700
"$shot" docs/compressed-timeline-small.png --wait 5 --size 1024x700 \
  --do "mousemove 500 200 click 1" --do "key Escape" --do "key ctrl+shift+b" -- bash -c 'app "$@"' app
# (i) the Evidence menu on the bridge example: "Independent sources, at least" raised to 2
"$shot" docs/evidence-filters.png --wait 6 --size 1280x800 \
  --do "mousemove 700 60 click 1" --do "mousemove 925 80 click 1" --do "click 1" \
  --do "mousemove 1000 400" -- bash -c 'app "$@"' app tests/data/evidence/bridge.timeline.json
