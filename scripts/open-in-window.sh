#!/usr/bin/env bash
# How long the editor takes to open a long prompt through File > Open, as a user would: a fresh editor each run (under
# a virtual display, driven by drive.sh), the file typed into the file chooser, and the editor's own timing
# (-Dagentpad.startupTiming=true) printing when the file was shown and when its first frame was drawn, counted from the
# moment the chooser handed the path over.
#   scripts/open-in-window.sh [path/to/drive.sh]     (after mvn package; RUNS=3 runs by default)
# The file is the hostile "3 MB body" (62,000 paragraphs with a tag and a placeholder each); FILE=path opens another.
# APP=target/dist/AgentPad/bin/AgentPad measures the packaged app (after mvn -Dnative package) instead of java -jar.
set -eu
cd "$(dirname "$0")/.."
drive=${1:-../shared/tools/drive.sh}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file=${FILE:-$work/big.md}
if [ -z "${FILE:-}" ]; then
  { printf -- '---\nname: big\ndescription: A big one.\n---\n'
    yes 'Some words in a paragraph, <example> and {{x}}.
' | head -n 124000; } > "$file"
fi
for run in $(seq "${RUNS:-3}"); do
  rm -rf "$work/home"
  if [ -n "${APP:-}" ]; then
    export JAVA_TOOL_OPTIONS="-Dagentpad.home=$work/home -Dagentpad.startupTiming=true"
    command=("$APP")
  else
    command=(java -Dagentpad.home="$work/home" -Dagentpad.startupTiming=true -jar target/agentpad.jar)
  fi
  # the chooser drops a character typed right after its first "/": that one goes alone
  printf 'wait AgentPad\nsleep 6\nkey ctrl+o\nwait ^Open\nsleep 3\ntype /\nsleep 1\ntype %s\nsleep 2\nkey Return\nsleep 8\n' "${file#/}" \
    | "$drive" -o "$work/run" -- "${command[@]}" > /dev/null 2>&1 || true
  echo "run $run: $(grep -E "$(basename "$file") (shown|drawn)" "$work/run/app.log" | sed -E 's/.*startup: //; s/ after [0-9]+ ms \(heap.*//' | paste -sd ';' -)"
done
