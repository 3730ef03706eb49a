#!/usr/bin/env bash
# Re-take the README screenshots on a private virtual screen (needs ../shared/tools/screenshot.sh
# from the workplace, Xvfb and xdotool). Run from the repository root after `pip install .`.
set -euo pipefail
shot=${SCREENSHOT_TOOL:-../shared/tools/screenshot.sh}
app=(env XDG_CONFIG_HOME="$(mktemp -d)" XDG_CACHE_HOME="$(mktemp -d)" "${TIMELINEAPP:-timelineapp}")
# (a) the whole Niger timeline, as it opens
"$shot" docs/screenshot-overview.png --wait 5 -- "${app[@]}"
# (b) the withdrawal agreement of 19 May 2024 selected, view zoomed around it, quote highlighted
"$shot" docs/screenshot-selected.png --wait 5 \
  --do "mousemove 700 560 click 1" --do "key Right Right Right" --do "key ctrl+shift+0" \
  --do "key ctrl+minus ctrl+minus ctrl+minus ctrl+minus ctrl+minus" -- "${app[@]}"
# (c) only Russia (Alt+click on its row in the Actors pane), then fit the view to what is shown
"$shot" docs/filter-russia.png --wait 5 \
  --do "mousemove 84 227" --do "keydown alt" --do "click 1" --do "keyup alt" --do "key ctrl+0" \
  -- "${app[@]}"
# (d) Niger AND États-Unis: check both, then "All together (AND)"
"$shot" docs/filter-niger-and-us.png --wait 5 \
  --do "mousemove 31 119 click 1" --do "mousemove 31 173 click 1" --do "mousemove 8 335 click 1" \
  --do "key ctrl+0" -- "${app[@]}"
# (e) search « accord » (click the search field, type, Enter jumps to the first match)
"$shot" docs/search-accord.png --wait 5 \
  --do "mousemove 395 60 click 1" --do "type accord" --do "sleep 1" --do "key Return" \
  -- "${app[@]}"
