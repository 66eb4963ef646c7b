#!/usr/bin/env bash
# Writes src/main/jpackage/startup-classes.txt: the classes one start of the editor loads (the window, the sample
# agent, its first analysis and preview). The packaged app loads them in a training run and archives them for
# class-data sharing (dev.agentpad.StartupClasses; docs/benchmarks.md, "Start-up"). A stale list only costs speed:
# re-run this after changes to what the window loads at start.
#   mvn package -DskipTests && scripts/startup-classlist.sh
# Needs Xvfb (Debian: apt-get install xvfb). SETTLE=seconds the editor runs before it is stopped (default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/main/jpackage/startup-classes.txt
work=$(mktemp -d)
app=
xvfb=
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# a free display, reported by Xvfb itself once it is ready
exec 3> "$work/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
display=":$(head -n1 "$work/display")"
DISPLAY=$display java -Dagentpad.home="$work/home" -XX:DumpLoadedClassList="$work/loaded" \
    -jar target/agentpad.jar assets/samples/code-reviewer.md >"$work/app.log" 2>&1 &
app=$!
sleep "${SETTLE:-15}"
kill -0 "$app" 2>/dev/null || { echo "the editor stopped early:" >&2; cat "$work/app.log" >&2; exit 1; }
kill "$app"
wait "$app" || true
app=
{
  echo "# The classes one start of the editor loads, written by scripts/startup-classlist.sh; see dev.agentpad.StartupClasses."
  grep -v '^[@#]' "$work/loaded" | cut -d' ' -f1
} > "$work/list"
classes=$(grep -vc '^#' "$work/list")
# a start loads about 5,000; far fewer means the window never came up, and the list in git is better kept
[ "$classes" -ge 3000 ] || { echo "only $classes classes were loaded: $out left as it was" >&2; exit 1; }
mv "$work/list" "$out"
echo "$classes classes in $out"
