#!/usr/bin/env bash
# AppCDS for the packaged app (JDK 17; see ../../../shared/stack.md §7 for the measurements behind it).
#
#   packaging/linux/cds.sh APP_IMAGE [DEB_STAGE]
#
# 1. Class list: runs the image's own launcher once with -XX:DumpLoadedClassList and --startup-probe (on the
#    real display if DISPLAY is set, else headless on Monocle, which ships with the app), into lib/app/.
# 2. Archive: a static AppCDS archive dumped by the image's own launcher (JAVA_TOOL_OPTIONS=-Xshare:dump), so it
#    records exactly the launcher's runtime and class path. The image's .cfg already points at it
#    (-XX:SharedArchiveFile=$APPDIR/cachelab.jsa, see pom.xml); a missing or mismatched archive is ignored.
#    An archive records absolute paths: it only works where it was made. Move the image, run this again.
# 3. With DEB_STAGE: copies the image there without the archive (the .deb's postinst dumps one at /opt).
set -euo pipefail
IMG=$(cd "$1" && pwd)
APP="$IMG/lib/app"
LAUNCHER=$(ls "$IMG"/bin/* | head -1)
CLASSLIST="$APP/cachelab.classlist"
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT

display_opts=""
if [[ -z "${DISPLAY:-}" ]]; then
  display_opts="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"
fi
rm -f "$APP/cachelab.jsa" "$CLASSLIST"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$CLASSLIST -Dcachelab.home=$HOME_DIR $display_opts" \
  "$LAUNCHER" --startup-probe > /dev/null 2>&1
echo "cds: $(wc -l < "$CLASSLIST") classes in $CLASSLIST"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$CLASSLIST -Xlog:cds=off" "$LAUNCHER" > /dev/null 2>&1 || true
if [[ -s "$APP/cachelab.jsa" ]]; then
  echo "cds: archive $APP/cachelab.jsa ($(du -h "$APP/cachelab.jsa" | cut -f1))"
else
  echo "cds: no archive was made; the app starts without one" >&2
fi

if [[ -n "${2:-}" ]]; then
  rm -rf "$2"
  mkdir -p "$(dirname "$2")"
  cp -a "$IMG" "$2"
  rm -f "$2/lib/app/cachelab.jsa"
  echo "cds: staged $2 for the installer (archive made at install time)"
fi
