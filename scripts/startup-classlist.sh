#!/usr/bin/env bash
# Writes src/main/jpackage/startup-classes.txt: the classes one start of the editor loads (the window, the sample
# agent, its first analysis and preview). The packaged app loads them in a training run and archives them for
# class-data sharing (dev.agentpad.StartupClasses; docs/benchmarks.md, "Start-up"). A stale list only costs speed:
# re-run this after changes to what the window loads at start.
#   mvn package -DskipTests && scripts/startup-classlist.sh
# Needs Xvfb (Debian: apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/main/jpackage/startup-classes.txt
work=$(mktemp -d)
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
DISPLAY=$display java -Dagentpad.home="$work/home" -XX:DumpLoadedClassList="$work/loaded" \
    -jar target/agentpad.jar assets/samples/code-reviewer.md >/dev/null 2>&1 &
app=$!
sleep "${SETTLE:-15}"
kill "$app"
wait "$app" || true
{
  echo "# The classes one start of the editor loads, written by scripts/startup-classlist.sh; see dev.agentpad.StartupClasses."
  grep -v '^[@#]' "$work/loaded" | cut -d' ' -f1
} > "$out"
echo "$(grep -vc '^#' "$out") classes in $out"
