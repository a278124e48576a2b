#!/usr/bin/env bash
# Makes the README's pictures again, headless, from the built jar: `mvn -B -q -DskipTests package` first.
set -euo pipefail
cd "$(dirname "$0")"
jar=../../target/cachelab.jar
shot() { java -jar "$jar" snapshot "$@" 2>/dev/null | tail -n 1; }
shot --scenario stale-after-save --step 3 --width 1280 --height 720 --out explorer-1280x720.png
shot --scenario stale-after-save --step 3 --width 1920 --height 1080 --zoom 200 --presenter --out presenter-1920x1080-200.png
shot --scenario stale-after-save --step 3 --width 1280 --height 720 --zoom 200 --presenter --out presenter-1280x720-200.png
shot --scenario stale-after-save --step 3 --width 1280 --height 720 --what-if update-tag --out after-updateTag.png
shot --scenario stale-after-save --step 3 --frame 5200 --width 1280 --height 720 --out tokens-in-flight.png
shot --scenario stale-after-save --step 4 --compare --width 1280 --height 720 --out compare-all-tools.png
shot --scenario sandbox --step 0 --compare-instances --width 1280 --height 720 --out compare-instances.png
shot --scenario pods-sticky-save --step 5 --width 1280 --height 720 --out two-instances-1280x720.png
shot --scenario pods-shared-tags-prerendered --step 4 --width 1920 --height 1080 --zoom 200 --presenter --out two-instances-shared-store-presenter.png
