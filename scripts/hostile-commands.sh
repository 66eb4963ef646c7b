#!/usr/bin/env bash
# How long check, render and set take on every kind of hostile file (HostileFiles.java: alias bomb, 3 MB body, a
# million table cells ...), JVM start included: the slowest of RUNS runs (3 unless given) for each.
#   scripts/hostile-commands.sh [APP]      (after mvn package; APP defaults to the packaged app of mvn -Dnative package)
# Any command works as APP, for example "java -jar target/agentpad.jar".
set -eu
cd "$(dirname "$0")/.."
app=${1:-target/dist/AgentPad/bin/AgentPad}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/Gen.java" <<'JAVA'
public class Gen {
    public static void main(String[] a) throws Exception {
        for (var e : dev.agentpad.HostileFiles.all().entrySet()) {
            var folder = java.nio.file.Path.of(a[0], e.getKey().replaceAll("\\W", "-"), ".claude", "agents");
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.write(folder.resolve("agent.md"), e.getValue());
        }
    }
}
JAVA
java -cp target/test-classes:target/classes "$work/Gen.java" "$work/files"
for folder in "$work"/files/*/; do
    file=$folder.claude/agents/agent.md
    line=$(printf '%-24s' "$(basename "$folder")")
    for command in check render set; do
        slowest=0
        for _ in $(seq "${RUNS:-3}"); do
            cp "$file" "$work/copy.md"
            case $command in
                set) args=(set "$work/copy.md" model=sonnet) ;;
                *) args=("$command" "$file") ;;
            esac
            start=$(date +%s%N)
            $app "${args[@]}" > /dev/null 2>&1 || true
            elapsed=$(( $(date +%s%N) - start ))
            (( elapsed > slowest )) && slowest=$elapsed
        done
        line+=$(printf ' %s %4d ms' "$command" $((slowest / 1000000)))
    done
    echo "$line"
done
