#!/usr/bin/env bash
# Smoke test of the packaged app (not part of `mvn -B verify`: it needs jpackage's output and, for the window, a
# display). Build first:  mvn -B -DskipTests -Ddist verify
#
#   packaging/smoke-test.sh [APP_IMAGE_DIR]     default target/jpackage/app-image/CacheLab
#
# Checks, in order:
#   1. `CacheLab --version` prints the version and exits 0 (the headless CLI path, no toolkit);
#   2. `CacheLab validate` on a bundled scenario file prints OK;
#   3. the window: `CacheLab --startup-probe` opens it and reports its first frame, under Xvfb (started here if
#      DISPLAY is unset and Xvfb is installed: apt-get install -y xvfb libgtk-3-0), else headless on Monocle;
#   4. the AppCDS archive is used (Xshare:on fails loudly if it can't be mapped) — a warning only, since an image
#      moved after it was built has no valid archive;
#   5. the .deb, if built, declares libgtk-3-0 and carries the .desktop entry and the class list.
set -euo pipefail
cd "$(dirname "$0")/.."
IMG="${1:-target/jpackage/app-image/CacheLab}"
LAUNCHER="$IMG/bin/CacheLab"
[[ -x "$LAUNCHER" ]] || { echo "smoke: no $LAUNCHER; build it with: mvn -B -DskipTests -Ddist verify" >&2; exit 2; }
HOME_DIR=$(mktemp -d)
XVFB_PID=""
cleanup() { [[ -n "$XVFB_PID" ]] && kill "$XVFB_PID" 2>/dev/null; rm -rf "$HOME_DIR"; }
trap cleanup EXIT
export JAVA_TOOL_OPTIONS="-Dcachelab.home=$HOME_DIR"
pass=0; fail=0
ok() { echo "PASS  $1"; pass=$((pass + 1)); }
ko() { echo "FAIL  $1"; fail=$((fail + 1)); }

out=$("$LAUNCHER" --version 2>/dev/null) && [[ "$out" == "Cache Lab "* ]] && ok "--version: $out" || ko "--version (got: ${out:-nothing})"

scenario=$(ls resources/scenarios/*.json | grep -v index.json | head -1)
out=$("$LAUNCHER" validate "$scenario" 2>&1 | grep -v "Picked up" || true)
[[ "$out" == *OK* ]] && ok "validate $scenario" || ko "validate $scenario (got: $out)"

mode=""
if [[ -z "${DISPLAY:-}" ]] && command -v Xvfb > /dev/null; then
  Xvfb :97 -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
  XVFB_PID=$!
  export DISPLAY=:97
  sleep 1
fi
if [[ -n "${DISPLAY:-}" ]]; then
  mode="window on $DISPLAY"
else
  mode="headless Monocle (no Xvfb installed)"
  export JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"
fi
out=$(timeout 60 "$LAUNCHER" --startup-probe 2>/dev/null || true)
ms=$(sed -n 's/^first-frame-ms=//p' <<<"$out")
[[ -n "$ms" ]] && ok "window opened, first frame after ${ms} ms ($mode)" || ko "window did not report a first frame ($mode)"

if [[ -f "$IMG/lib/app/cachelab.jsa" ]]; then
  if JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xshare:on" "$LAUNCHER" --version > /dev/null 2>&1; then
    ok "AppCDS archive maps (lib/app/cachelab.jsa)"
  else
    echo "WARN  AppCDS archive present but not usable here (image moved? run packaging/linux/cds.sh $IMG)"
  fi
else
  echo "WARN  no AppCDS archive in $IMG (packaging/linux/cds.sh makes one)"
fi

deb=$(ls target/jpackage/deb/*.deb 2>/dev/null | head -1 || true)
if [[ -n "$deb" ]]; then
  dpkg-deb -f "$deb" Depends | grep -q libgtk-3-0 && ok ".deb depends on libgtk-3-0" || ko ".deb lacks libgtk-3-0"
  listing=$(dpkg-deb -c "$deb")
  grep -q '\.desktop$' <<<"$listing" && ok ".deb has a .desktop entry" || ko ".deb has no .desktop entry"
  grep -q 'lib/app/cachelab.classlist' <<<"$listing" && ok ".deb has the class list for its postinst" || ko ".deb lacks the class list"
fi

echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
