#!/usr/bin/env bash
# Re-take the "Make your own event file" screenshots on a private virtual screen (needs
# ../shared/tools/screenshot.sh from the workplace). Run from the repository root.
set -euo pipefail
shot=${SCREENSHOT_TOOL:-../shared/tools/screenshot.sh}
python=${PYTHON:-.venv/bin/python}
env XDG_CONFIG_HOME="$(mktemp -d)" XDG_CACHE_HOME="$(mktemp -d)" \
  "$shot" /tmp/make-your-own-last.png --size 1400x900 --wait 60 -- "$python" docs/make_your_own.py
cat /tmp/screenshot-app.log
