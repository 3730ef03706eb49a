#!/usr/bin/env bash
# The packaged app as a new user first sees it: light and dark, English and French, on a small
# screen (1024×700) and a large one (2560×1440). Run from the repository root after
# `packaging/build.sh` (needs ../shared/tools/screenshot.sh from the workplace: Xvfb, xdotool).
#   docs/desktop_screenshots.sh            writes docs/desktop-{light,dark}-{en,fr}-{size}.png
set -euo pipefail
shot=${SCREENSHOT_TOOL:-../shared/tools/screenshot.sh}
app=${TIMELINEAPP:-dist/timelineapp/timelineapp}
for theme in light dark; do
  for lang in en fr; do
    for size in 1024x700 2560x1440; do
      config=$(mktemp -d)  # a first run: the bundled example, the default layout
      printf '{"version": 2, "theme": "%s"}\n' "$theme" >"$config/settings.json"
      w=${size%x*}; h=${size#*x}
      # Click an empty spot of the timeline (under its top lane), then walk to an event of
      # 2024 with the arrow keys (June 2024 on the large screen, 15 September 2024 on the small one), so the Event, Quotes and Document panes have something.
      "$shot" "docs/desktop-$theme-$lang-$size.png" --size "$size" --wait 8 \
        --do "mousemove $((w * 40 / 100)) $((h * 25 / 100)) click 1" \
        --do "key Right Right Right Right Right Right Right Right" \
        -- env XDG_CACHE_HOME="$(mktemp -d)" "$app" --config-dir "$config" --lang "$lang"
    done
  done
done
