#!/usr/bin/env bash
# Start-up benchmark (not a test): median time from launch to the first shown frame, for
#   hello   a hello-world JavaFX window            java -jar target/bench/hello.jar
#   jar     Cache Lab                              java -jar target/cachelab.jar --startup-probe
#   image   the packaged app (if built)            target/jpackage/app-image/CacheLab/bin/CacheLab --startup-probe
#   image-nocds  the same with class-data sharing off (-Xshare:off)
#   image-aot  the packaged app on JDK 25 with its AOT cache (if built: packaging/linux/aot-image.sh)
#   image-aot-off  the same with the AOT cache off (-XX:AOTMode=off)
# Each run is timed from outside: a timestamp just before exec, and the app's first-frame-epoch-ms. The app's own
# first-frame-ms (from the JVM's start time) is printed beside it.
#
# usage: packaging/bench/startup.sh [RUNS]      (default 7; needs a display: run under Xvfb, see README)
#        AOT_JDK=/usr/lib/jvm/temurin-25-jdk-amd64 packaging/bench/startup.sh   adds hello-world on that JDK
# Build first: mvn -B -DskipTests package   (and -Pdist for the packaged app)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-7}"
: "${DISPLAY:?no DISPLAY: start Xvfb first, e.g. Xvfb :99 -screen 0 1920x1080x24 & export DISPLAY=:99}"

# build the hello-world probe against the same JavaFX jars
mkdir -p target/bench/classes
javac -q -d target/bench/classes -cp "target/lib/*" packaging/bench/HelloFx.java 2>/dev/null \
  || javac -d target/bench/classes -cp "target/lib/*" packaging/bench/HelloFx.java
cp_entries=$(cd target/lib && ls javafx-*.jar | sed 's#^#../lib/#' | tr '\n' ' ')
printf 'Main-Class: bench.HelloFx\nClass-Path: %s\n' "$cp_entries" > target/bench/manifest.txt
jar --create --file target/bench/hello.jar --manifest target/bench/manifest.txt -C target/bench/classes .

HOME_DIR=$(mktemp -d)                     # the probe reads preferences; keep the user's out of it
trap 'rm -rf "$HOME_DIR"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

# configurations: name and command; runs are interleaved round by round so that load from other processes on
# the machine falls on all of them alike
NAMES=(); CMDS=()
add() { NAMES+=("$1"); CMDS+=("$2"); }
add hello "java -jar target/bench/hello.jar"
# the same hello-world on the packaged app's JDK 25, when AOT_JDK names it
if [[ -n "${AOT_JDK:-}" ]]; then add hello-jdk25 "$AOT_JDK/bin/java -jar target/bench/hello.jar"; fi
add jar "java -Dcachelab.home=$HOME_DIR -jar target/cachelab.jar --startup-probe"
IMG=target/jpackage/app-image/CacheLab/bin/CacheLab
if [[ -x "$IMG" ]]; then
  add image "env JAVA_TOOL_OPTIONS=-Dcachelab.home=$HOME_DIR $IMG --startup-probe"
  # the same image with class-data sharing off entirely (its AppCDS archive and the JDK's default one)
  add image-nocds "env JAVA_TOOL_OPTIONS=-Dcachelab.home=$HOME_DIR\ -Xshare:off $IMG --startup-probe"
fi

IMG_AOT=target/jpackage/app-image-aot/CacheLab/bin/CacheLab
if [[ -x "$IMG_AOT" ]]; then
  add image-aot "env JAVA_TOOL_OPTIONS=-Dcachelab.home=$HOME_DIR $IMG_AOT --startup-probe"
  add image-aot-off "env JAVA_TOOL_OPTIONS=-Dcachelab.home=$HOME_DIR\ -XX:AOTMode=off $IMG_AOT --startup-probe"
fi

declare -A OUTER INNER
run_once() {   # index -> appends one measurement
  local i=$1 t0 out e n
  t0=$(date +%s%3N)
  out=$(eval "${CMDS[$i]}" 2>/dev/null || true)
  e=$(sed -n 's/^first-frame-epoch-ms=//p' <<<"$out")
  n=$(sed -n 's/^first-frame-ms=//p' <<<"$out")
  if [[ -z "$e" ]]; then echo "${NAMES[$i]}: no first-frame line (did it start?)" >&2; exit 1; fi
  OUTER[$i]+="$((e - t0)) "; INNER[$i]+="$n "
}

echo "start-up to first frame: median of $RUNS interleaved runs after one warm-up each ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
for i in "${!NAMES[@]}"; do eval "${CMDS[$i]}" > /dev/null 2>&1 || true; done    # warm-up: page cache, ~/.openjfx
for _ in $(seq "$RUNS"); do for i in "${!NAMES[@]}"; do run_once "$i"; done; done
for i in "${!NAMES[@]}"; do
  printf '%-15s median %5d ms from launch   (in-JVM first-frame-ms median %5d)   runs: %s\n' "${NAMES[$i]}" \
    "$(tr ' ' '\n' <<<"${OUTER[$i]}" | grep . | median)" "$(tr ' ' '\n' <<<"${INNER[$i]}" | grep . | median)" "${OUTER[$i]}"
done
