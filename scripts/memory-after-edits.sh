#!/usr/bin/env bash
# Resident size of the real editor process after opening a 2,000-line prompt (or LINES lines) and making 1,000
# edits in its window (49 characters and Enter, ten times per step, typed with xdotool under a virtual display by
# drive.sh), read from /proc/PID/status 3, 8 and 18 s after each 500 (the collector gives memory back after 5 s
# without a collection, and the last typing pause's analysis may have just collected).
#   scripts/memory-after-edits.sh [path/to/drive.sh]      (after mvn package; prints one line per step)
# Extra JVM options go in AGENTPAD_JAVA_OPTS, for example -XX:+UseSerialGC to compare collectors; LINES=46000 makes
# the 3 MB prompt instead (give it SETTLE=20 seconds to open and be analysed before the edits). APP=target/dist/AgentPad/bin/AgentPad
# measures the packaged app (after mvn -Dnative package) instead of java -jar.
set -eu
cd "$(dirname "$0")/.."
drive=${1:-../shared/tools/drive.sh}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/repo/.claude/agents"
cat > "$work/Gen.java" <<'JAVA'
public class Gen {
    public static void main(String[] a) throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Path.of(a[0]), dev.agentpad.bench.Prompts.agent(Integer.parseInt(a[1]), 3));
    }
}
JAVA
java -cp target/test-classes:target/classes "$work/Gen.java" "$work/repo/.claude/agents/long.md" "${LINES:-2000}"
if [ -n "${APP:-}" ]; then
  export JAVA_TOOL_OPTIONS="-Dagentpad.home=$work/home ${AGENTPAD_JAVA_OPTS:-}"
  command=("$APP")
  process='[j]package.app-path=.*AgentPad'  # [j]: not the shell that runs pgrep
else
  command=(java -Dagentpad.home="$work/home" ${AGENTPAD_JAVA_OPTS:-} -jar target/agentpad.jar)
  process="^java -Dagentpad.home=$work/home"
fi
rss="sh p=\$(pgrep -n -f '$process'); echo \"%s \$(grep VmRSS /proc/\$p/status)\""
{
  echo "wait AgentPad"; echo "sleep ${SETTLE:-8}"; printf "$rss\n" "opened"
  echo "click 900 500"; echo "sleep 1"
  for n in 500 1000; do
    for i in $(seq 10); do echo "type Some words typed into the prompt, and a few more."; echo "key Return"; done
    echo "sleep 3"; printf "$rss\n" "after $n edits"; echo "sleep 5"; printf "$rss\n" "after $n edits, 5 s later"
    echo "sleep 10"; printf "$rss\n" "after $n edits, 15 s later"
  done
} > "$work/steps.txt"
"$drive" -o "$work/out" -- "${command[@]}" "$work/repo/.claude/agents/long.md" < "$work/steps.txt" | grep -v '^saved'
