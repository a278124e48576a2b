#!/usr/bin/env bash
# The packaged app on a JDK 25 runtime with an ahead-of-time cache (JEP 483/514/515): classes loaded and linked,
# and method profiles, from a training run of the window, so that the app's first frame comes sooner than AppCDS
# on JDK 17 gives (README, "Start-up figures").
#
#   packaging/linux/aot-image.sh JDK [DEST]
#
# JDK   a JDK 25 or newer (its jpackage and jlink make the image; e.g. /usr/lib/jvm/temurin-25-jdk-amd64)
# DEST  where the image goes (default target/jpackage/app-image-aot/CacheLab); the build's jar and lib/ must exist
#       (mvn -B -DskipTests package). mvn -Daot.jdk=JDK ... package runs this (pom.xml, profile "aot").
#
# 1. jpackage from JDK: the same modules and launcher options as the JDK 17 image of the dist profile, plus
#    -XX:AOTCache=$APPDIR/cachelab.aot and access for JavaFX 21's native code and sun.misc.Unsafe (JDK 24+ warns).
# 2. Training: the image's own launcher runs the window once with --startup-probe (on DISPLAY if set, else headless
#    on Monocle), recording with -XX:AOTMode=record; then -XX:AOTMode=create writes the cache. The launcher's
#    AOTCache line is taken out of the .cfg meanwhile (the JVM refuses both at once). The cache records the
#    runtime and class path: it only works in the image it was made for (a moved image starts without it).
set -euo pipefail
JDK=$(cd "$1" && pwd)
cd "$(dirname "$0")/../.."
DEST=${2:-target/jpackage/app-image-aot/CacheLab}
"$JDK/bin/java" -version 2>&1 | head -1
ver=$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if (( ${ver%%.*} < 25 )); then echo "aot: $JDK is Java $ver; the AOT cache needs 25 or newer" >&2; exit 2; fi

IN=target/aot-input
rm -rf "$IN" "$DEST"
mkdir -p "$IN/lib" "$(dirname "$DEST")"
cp target/cachelab.jar "$IN/"
cp target/lib/*.jar "$IN/lib/"
cp target/lib/*.so "$IN/lib/" 2>/dev/null || true

"$JDK/bin/jpackage" --type app-image --name CacheLab --dest "$(dirname "$DEST")/aot-tmp" \
  --input "$IN" --main-jar cachelab.jar --main-class dev.cachelab.Launcher \
  --icon packaging/icons/cachelab.png --app-version 0.1.0 --vendor "Cache Lab" \
  --add-modules java.base,java.desktop,java.management,java.scripting,java.sql,jdk.jfr,jdk.unsupported \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands" \
  --java-options '-XX:AOTCache=$APPDIR/cachelab.aot' \
  --java-options '-XX:TieredStopAtLevel=1' --java-options '-XX:+UseSerialGC' --java-options '-XX:-UsePerfData' \
  --java-options '--enable-native-access=ALL-UNNAMED' --java-options '--sun-misc-unsafe-memory-access=allow' \
  --java-options '-Xlog:aot=off' --java-options '-Xlog:cds=off' --java-options '-Xlog:class+path=off'
mv "$(dirname "$DEST")/aot-tmp/CacheLab" "$DEST"
rmdir "$(dirname "$DEST")/aot-tmp"

APP="$DEST/lib/app"
CFG="$APP/CacheLab.cfg"
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR" "$CFG.with-aot"' EXIT
display_opts=""
if [[ -z "${DISPLAY:-}" ]]; then
  display_opts="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"
fi
cp "$CFG" "$CFG.with-aot"
grep -v 'AOTCache=' "$CFG.with-aot" > "$CFG"
JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$APP/cachelab.aotconf -Dcachelab.home=$HOME_DIR $display_opts" \
  "$DEST/bin/CacheLab" --startup-probe > /dev/null 2>&1
JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$APP/cachelab.aotconf -XX:AOTCache=$APP/cachelab.aot" \
  "$DEST/bin/CacheLab" > /dev/null 2>&1 || true
cp "$CFG.with-aot" "$CFG"
rm -f "$APP/cachelab.aotconf"
if [[ -s "$APP/cachelab.aot" ]]; then
  echo "aot: $DEST with its cache $APP/cachelab.aot ($(du -h "$APP/cachelab.aot" | cut -f1))"
else
  echo "aot: no cache was made; $DEST starts without one" >&2
fi
