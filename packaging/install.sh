#!/usr/bin/env bash
# Linux: install the built app (dist/timelineapp/, from packaging/build.sh) with its desktop
# integration, so that it is in the menus and double-clicking a *.timeline.json opens it.
#
#   packaging/install.sh                 into ~/.local (no root needed)
#   sudo packaging/install.sh /usr/local
#   DESTDIR=/tmp/stage packaging/install.sh /usr     (staging, for a distribution package)
#   packaging/install.sh --uninstall [PREFIX]        removes exactly what it installed
#
# Layout (freedesktop conventions, every name the application id):
#   PREFIX/lib/timelineapp/                   the one-folder app
#   PREFIX/bin/timelineapp                    a link to it
#   PREFIX/share/applications/ID.desktop      PREFIX/share/metainfo/ID.metainfo.xml
#   PREFIX/share/mime/packages/ID.xml         PREFIX/share/icons/hicolor/*/apps/ID.{png,svg}
set -euo pipefail
cd "$(dirname "$0")/.."
ID=org.timelineapp.TimelineApp
uninstall=false
if [ "${1:-}" = --uninstall ]; then uninstall=true; shift; fi
prefix=${1:-$HOME/.local}
root="${DESTDIR:-}$prefix"

refresh_caches() {
  # What the desktop reads (a distribution package does this in its triggers).
  [ -z "${DESTDIR:-}" ] || return 0
  if command -v update-mime-database >/dev/null; then update-mime-database "$root/share/mime"; fi
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$root/share/applications"
  fi
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t -f "$root/share/icons/hicolor" || true
  fi
}

if $uninstall; then
  rm -rf "$root/lib/timelineapp"
  rm -f "$root/bin/timelineapp" "$root/share/applications/$ID.desktop" \
    "$root/share/metainfo/$ID.metainfo.xml" "$root/share/mime/packages/$ID.xml" \
    "$root"/share/icons/hicolor/*/apps/$ID.png "$root/share/icons/hicolor/scalable/apps/$ID.svg"
  refresh_caches
  echo "removed timelineapp from $root"
  exit 0
fi

[ -x dist/timelineapp/timelineapp ] || { echo "install.sh: run packaging/build.sh first" >&2; exit 1; }

rm -rf "$root/lib/timelineapp"
mkdir -p "$root/lib" "$root/bin" "$root/share/applications" "$root/share/metainfo" \
  "$root/share/mime/packages" "$root/share/icons/hicolor/scalable/apps"
cp -a dist/timelineapp "$root/lib/timelineapp"
ln -sfn "$prefix/lib/timelineapp/timelineapp" "$root/bin/timelineapp"
# Exec= names the installed program by its full path: PREFIX/bin may not be on the PATH of
# the desktop session (~/.local/bin often is not).
sed "s|^Exec=timelineapp |Exec=$prefix/bin/timelineapp |" packaging/$ID.desktop \
  > "$root/share/applications/$ID.desktop"
install -m 644 packaging/$ID.metainfo.xml "$root/share/metainfo/$ID.metainfo.xml"
install -m 644 packaging/$ID.mime.xml "$root/share/mime/packages/$ID.xml"
install -m 644 resources/icons/timelineapp.svg "$root/share/icons/hicolor/scalable/apps/$ID.svg"
for png in packaging/icons/hicolor/*/apps/$ID.png; do
  size_dir=$(basename "$(dirname "$(dirname "$png")")")
  mkdir -p "$root/share/icons/hicolor/$size_dir/apps"
  install -m 644 "$png" "$root/share/icons/hicolor/$size_dir/apps/$ID.png"
done

refresh_caches
echo "installed timelineapp in $root"
