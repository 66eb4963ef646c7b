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
import javafx.util.Duration;

/**
 * Re-analyses the text once typing pauses (150 ms), on a worker thread, and hands the newest result to the FX
 * thread. It also times each edit to the moment its result is shown, for the latency figures in the notes.
 */
final class LiveAnalysis {

    static final Duration DEBOUNCE = Duration.millis(150);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "agentpad-analysis");
        t.setDaemon(true);
        return t;
    });
    private final AnalysisPipeline pipeline;
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private final LongFunction<Snapshot> snapshot;
    private long version;
    private long lastEditNanos;

    LiveAnalysis(Analyzer analyzer, LongFunction<Snapshot> snapshot, Consumer<Analysis> onResult) {
        this.snapshot = snapshot;
        this.pipeline = new AnalysisPipeline(analyzer, worker, Platform::runLater, onResult);
        pause.setOnFinished(e -> pipeline.submit(snapshot.apply(version)));
    }

    /** An edit: analysis follows once the user pauses. */
    void edited() {
        version++;
        lastEditNanos = System.nanoTime();
        pause.playFromStart();
    }

    /** Analyse now (a file was opened, the dialect was switched). */
    void now() {
        version++;
        lastEditNanos = System.nanoTime();
        pause.stop();
        pipeline.submit(snapshot.apply(version));
    }

    /** Milliseconds since the last edit or request: read when a result is shown. */
    double millisSinceEdit() {
        return (System.nanoTime() - lastEditNanos) / 1e6;
    }

    void shutdown() {
        pause.stop();
        worker.shutdownNow();
    }
}
