#!/usr/bin/env bash
# Linux: install the built app (dist/timelineapp/, from packaging/build.sh) with its desktop
# integration, so that it is in the menus and double-clicking a *.timeline.json opens it.
#
#   packaging/install.sh                 into ~/.local (no root needed)
#   sudo packaging/install.sh /usr/local
#   DESTDIR=/tmp/stage packaging/install.sh /usr     (staging, for a distribution package)
#
# Layout (freedesktop conventions, every name the application id):
#   PREFIX/lib/timelineapp/                   the one-folder app
#   PREFIX/bin/timelineapp                    a link to it
#   PREFIX/share/applications/ID.desktop      PREFIX/share/metainfo/ID.metainfo.xml
#   PREFIX/share/mime/packages/ID.xml         PREFIX/share/icons/hicolor/*/apps/ID.{png,svg}
set -euo pipefail
cd "$(dirname "$0")/.."
ID=org.timelineapp.TimelineApp
prefix=${1:-$HOME/.local}
root="${DESTDIR:-}$prefix"

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

# Refresh the caches the desktop reads (a distribution package does this in its triggers).
if [ -z "${DESTDIR:-}" ]; then
  command -v update-mime-database >/dev/null && update-mime-database "$root/share/mime"
  command -v update-desktop-database >/dev/null && \
    update-desktop-database -q "$root/share/applications"
  command -v gtk-update-icon-cache >/dev/null && \
    gtk-update-icon-cache -q -t -f "$root/share/icons/hicolor" || true
fi
echo "installed timelineapp in $root"
