package dev.agentpad;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The packaged app's training run for its start-up archive (class-data sharing). Loads, without initialising, every
 * class named in a list of the classes a start of the editor loads, so that a JVM started with
 * {@code -XX:ArchiveClassesAtExit} archives them parsed and verified; the launcher maps that archive and skips that
 * work on every start. Nothing is run and no window opens, so it needs no display (it runs while building the app
 * image and when the .deb is installed). Names that no longer exist are skipped: a stale list costs speed, not
 * correctness.
 *
 * <pre>java -XX:ArchiveClassesAtExit=agentpad.jsa -cp agentpad.jar dev.agentpad.StartupClasses startup-classes.txt</pre>
 */
public final class StartupClasses {

    private StartupClasses() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: StartupClasses CLASS-LIST");
            System.exit(2);
        }
        Loaded loaded = load(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8), StartupClasses.class.getClassLoader());
        System.err.println("start-up classes: " + loaded.found() + " loaded, " + loaded.missing() + " not found");
    }

    /** How many of the listed classes were loaded, and how many are gone. */
    record Loaded(int found, int missing) {
    }

    /** Loads each class named (one a line, {@code a/b/C} or {@code a.b.C}; {@code #} comments) without initialising it. */
    static Loaded load(List<String> lines, ClassLoader loader) {
        int found = 0;
        int missing = 0;
        for (String line : lines) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            try {
                Class.forName(name.replace('/', '.'), false, loader);
                found++;
            } catch (ClassNotFoundException | LinkageError e) {
                missing++;
            }
        }
        return new Loaded(found, missing);
    }
}
