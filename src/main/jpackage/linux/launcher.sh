#!/bin/sh
# AgentPad's launcher on Linux (bin/AgentPad of the app image), in place of the one jpackage makes: it starts the
# image's own Java with the options, class path and main class jpackage wrote to lib/app/AgentPad.cfg, and nothing
# else. JDK 17's launcher first asks rpm and then dpkg which package owns it, on every start (jdk.jpackage,
# LinuxLauncher.c, findOwnerOfFile; later jpackage versions no longer ask): 0.4 s of each start here, commands
# included (docs/benchmarks.md, "Start-up").
set -ef
launcher=$(readlink -f "$0")
image=$(dirname "$(dirname "$launcher")")
app=$image/lib/app
cfg=$app/AgentPad.cfg
setting() {
    sed -n "s/^$1=//p" "$cfg" | sed "s|\\\$APPDIR|$app|g"
}
# one option a line in the cfg, none with spaces; globbing is off (set -f), so '-Xlog:cds*=off' stays as it is
# shellcheck disable=SC2046
exec "$image/lib/runtime/bin/java" $(setting java-options) -Djpackage.app-path="$launcher" \
    -cp "$(setting app.classpath)" "$(setting app.mainclass)" "$@"
