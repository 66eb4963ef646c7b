package dev.agentpad.analysis;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs analysis in the background and delivers only the latest result: a snapshot superseded before its work
 * starts is skipped, and a result superseded before delivery is dropped (stale style spans are the classic
 * RichTextFX IndexOutOfBoundsException). Both executors are injected: the editor passes a worker thread and
 * {@code Platform::runLater}; tests pass queues they run by hand.
 */
public final class AnalysisPipeline {

    private final Analyzer analyzer;
    private final Executor background;
    private final Executor deliver;
    private final Consumer<Analysis> onResult;
    private final AtomicLong latest = new AtomicLong(-1);

    public AnalysisPipeline(Analyzer analyzer, Executor background, Executor deliver, Consumer<Analysis> onResult) {
        this.analyzer = analyzer;
        this.background = background;
        this.deliver = deliver;
        this.onResult = onResult;
    }

    public void submit(Snapshot snapshot) {
        latest.set(snapshot.version());
        background.execute(() -> {
            if (snapshot.version() != latest.get()) {
                return;
            }
            Analysis analysis = analyzer.analyze(snapshot);
            deliver.execute(() -> {
                if (analysis.version() == latest.get()) {
                    onResult.accept(analysis);
                }
            });
        });
    }
}
