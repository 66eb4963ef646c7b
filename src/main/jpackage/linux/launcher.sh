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
# A headless command is a short run: the serial collector answers it sooner (with the first compiler only, which
# AgentPad.cfg gives every run: the 3 MB prompt's render 2.2 -> 1.4 s, a one-file check 0.52 -> 0.39 s, the 411-file
# corpus 1.36 -> 1.14 s); the editor keeps G1, which gives memory back in a long session. A command's heap is new
# memory, and the first touch of each page costs: a young generation of 32 MB is reused while still mapped (the
# default, a third of 1/64 of the memory, kept touching fresh pages), and huge pages, where the kernel offers them,
# take one fault for 2 MB instead of 512 (the 3 MB prompt's render 1.27 -> 1.15 s with the first, -> 0.8 s with both;
# the corpus 1.12 -> 0.98 s). Where the kernel has none, the JVM would print a warning into the command's output,
# hence the look at sysfs first. The names are Cli.commands() (LauncherScriptTest keeps them equal).
case ${1-} in
    check|render|set|convert|diff|dialects|help|--help|-h|--version|version)
        options+=(-XX:+UseSerialGC -Xmn32m)
        huge_pages=
        read -r huge_pages 2> /dev/null < /sys/kernel/mm/transparent_hugepage/enabled || true
        if [[ -n $huge_pages && $huge_pages != *"[never]"* ]]; then
            options+=(-XX:+UseTransparentHugePages)
        fi ;;
esac
# Without a graphics device JavaFX draws in software (SoftwareRendering.java); GTK then need not load OpenGL either,
# which here is Mesa's software rasterizer and 44 MB of LLVM (about 60 MB less resident, docs/benchmarks.md).
if [[ -z ${GDK_GL+set} && ! -e /dev/nvidiactl && ! -e /dev/dxg ]] && ! compgen -G '/dev/dri/*' > /dev/null; then
    export GDK_GL=disable
fi
exec "$image/lib/runtime/bin/java" "${options[@]}" -Djpackage.app-path="$launcher" -cp "$classpath" "$main" "$@"
