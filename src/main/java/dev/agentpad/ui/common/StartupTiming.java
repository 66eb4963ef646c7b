package dev.agentpad.ui.common;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Scene;

/**
 * With {@code -Dagentpad.startupTiming=true}, prints how long after the process started the window's first frame and
 * the first analysis came, and how long each file opened took to show and to draw: the numbers behind the startup and
 * opening figures in docs/benchmarks.md.
 */
public final class StartupTiming {

    private static final boolean ON = Boolean.getBoolean("agentpad.startupTiming");
    private static boolean analysed;

    private StartupTiming() {
    }

    /** A step on the way, such as "JavaFX started". */
    public static void reached(String step) {
        if (ON) {
            report(step);
        }
    }

    public static void firstFrame(Scene scene) {
        if (ON) {
            FirstFrame.then(scene, () -> report("first frame"));
        }
    }

    /** A file the user asked for at {@code askedNanos} is in its tab: says how long that took, and then its first frame. */
    public static void fileShown(Scene scene, String name, long askedNanos) {
        if (ON) {
            report(name + " shown, " + (System.nanoTime() - askedNanos) / 1_000_000 + " ms after asking");
            FirstFrame.then(scene, () -> report(name + " drawn, " + (System.nanoTime() - askedNanos) / 1_000_000 + " ms after asking"));
        }
    }

    public static void firstAnalysis() {
        if (ON && !analysed) {
            analysed = true;
            report("first analysis shown");
        }
    }

    static void report(String what) {
        // the JVM's own start time, to the millisecond: the process start instant Linux gives is whole seconds of boot
        // time plus clock ticks, and was measured 0.6 s early on this machine
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Runtime runtime = Runtime.getRuntime();
        System.err.printf("agentpad startup: %s after %d ms (heap used %d MB)%n", what,
                Duration.between(started, Instant.now()).toMillis(), (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
