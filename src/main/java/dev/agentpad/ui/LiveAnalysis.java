package dev.agentpad.ui;

import dev.agentpad.analysis.Analysis;
import dev.agentpad.analysis.AnalysisPipeline;
import dev.agentpad.analysis.Analyzer;
import dev.agentpad.analysis.Snapshot;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;

/**
 * Re-analyses the text once typing pauses, on a worker thread, and hands the newest result to the FX thread. The pause
 * grows with the text: a small agent is checked almost at once, a long prompt not on every keystroke. It also times
 * each edit to the moment its result is shown, for the latency figures in the notes.
 */
final class LiveAnalysis {

    /**
     * The pause for a text of {@code length} characters: 25 ms, plus 5 ms for every 40,000 characters, at most 250 ms.
     * Even the short pause folds a burst of keystrokes into one analysis; a stale one is dropped anyway.
     */
    static Duration pauseFor(int length) {
        return Duration.millis(Math.min(250, 25 + 5L * (length / 40_000)));
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "agentpad-analysis");
        t.setDaemon(true);
        return t;
    });
    private final AnalysisPipeline pipeline;
    private final PauseTransition pause = new PauseTransition(pauseFor(0));
    private final LongFunction<Snapshot> snapshot;
    private long version;
    private long lastEditNanos;
    private final BooleanProperty pending = new SimpleBooleanProperty(true);
    private final Consumer<Analysis> onResult;
    private boolean holding;
    private Analysis held;

    LiveAnalysis(Analyzer analyzer, LongFunction<Snapshot> snapshot, Consumer<Analysis> onResult, Consumer<String> onFailure) {
        this.snapshot = snapshot;
        this.onResult = onResult;
        this.pipeline = new AnalysisPipeline(analyzer::analyze, worker, Platform::runLater, a -> {
            if (holding) {
                held = a;
            } else {
                deliver(a);
            }
        }, (s, e) -> {
            pending.set(false);
            System.getLogger("agentpad").log(System.Logger.Level.WARNING, "analysis of version " + s.version() + " failed", e);
            onFailure.accept("Analysis failed: " + e + " (the panes show the last good result; the next edit tries again)");
        });
        pause.setOnFinished(e -> pipeline.submit(snapshot.apply(version)));
    }

    /** An edit leaving a text of {@code length} characters: analysis follows once the user pauses. */
    void edited(int length) {
        pause.setDuration(pauseFor(length));
        pending.set(true);
        version++;
        lastEditNanos = System.nanoTime();
        pause.playFromStart();
    }

    /**
     * A text of {@code length} characters was loaded (a file opened): analysed after the same pause as an edit, so
     * that the window draws the new text first. Started at once, a 3 MB prompt's analysis took both cores while the
     * window laid out its first screen, and the open took about 0.1 s longer.
     */
    void opened(int length) {
        edited(length);
    }

    /** Analyse now (the dialect was switched, a file saved). */
    void now() {
        pending.set(true);
        version++;
        lastEditNanos = System.nanoTime();
        pause.stop();
        pipeline.submit(snapshot.apply(version));
    }

    /** Results are kept, not shown, until {@link #releaseResults} (the window's first frame is not drawn yet). */
    void holdResults() {
        holding = true;
    }

    /** Shows the newest result kept since {@link #holdResults}, and every result from now on. */
    void releaseResults() {
        holding = false;
        if (held != null) {
            Analysis a = held;
            held = null;
            deliver(a);
        }
    }

    /** True while a result is kept for {@link #releaseResults}. */
    boolean holdsAResult() {
        return held != null;
    }

    private void deliver(Analysis a) {
        pending.set(false);
        onResult.accept(a);
    }

    /** True from an edit until its analysis is shown (or has failed). */
    ReadOnlyBooleanProperty pendingProperty() {
        return pending;
    }

    /** Milliseconds since the last edit or request: read when a result is shown. */
    double millisSinceEdit() {
        return (System.nanoTime() - lastEditNanos) / 1e6;
    }

    /** True once, after {@link #shutdown}, the analysis under way (if any) has ended. */
    boolean stopped() {
        return worker.isTerminated();
    }

    void shutdown() {
        pause.stop();
        pipeline.cancel(); // an analysis under way when its tab closed is not shown
        worker.shutdownNow();
    }
}
