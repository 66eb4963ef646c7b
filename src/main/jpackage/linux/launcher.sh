#!/bin/bash
# AgentPad's launcher on Linux (bin/AgentPad of the app image), in place of the one jpackage makes: it starts the
# image's own Java with the options, class path and main class jpackage wrote to lib/app/AgentPad.cfg, and nothing
# else. JDK 17's launcher first asks rpm and then dpkg which package owns it, on every start (jdk.jpackage,
# LinuxLauncher.c, findOwnerOfFile; later jpackage versions no longer ask): 0.35 s of each start here, commands
# included (docs/benchmarks.md, "Start-up").
set -e
launcher=$(readlink -f "$0")
image=$(dirname "$(dirname "$launcher")")
app=$image/lib/app
options=()
classpath=
main=
while IFS= read -r line; do
    line=${line//\$APPDIR/"$app"}
    case $line in
        java-options=*) options+=("${line#java-options=}") ;;
        app.classpath=*) classpath=${line#app.classpath=} ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
    esac
done < "$app/AgentPad.cfg"
exec "$image/lib/runtime/bin/java" "${options[@]}" -Djpackage.app-path="$launcher" -cp "$classpath" "$main" "$@"
