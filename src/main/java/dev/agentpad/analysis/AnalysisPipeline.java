package dev.agentpad.analysis;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs analysis in the background and delivers only the latest result: a snapshot superseded before its work
 * starts is skipped, and a result superseded before delivery is dropped (stale style spans are the classic
 * RichTextFX IndexOutOfBoundsException). Both executors are injected: the editor passes a worker thread and
 * {@code Platform::runLater}; tests pass queues they run by hand.
 */
public final class AnalysisPipeline {

    private final Function<Snapshot, Analysis> analyzer;
    private final Executor background;
    private final Executor deliver;
    private final Consumer<Analysis> onResult;
    private final BiConsumer<Snapshot, RuntimeException> onFailure;
    private final AtomicLong latest = new AtomicLong(-1);
    /** No snapshot has this version: nothing is delivered after {@link #cancel}. */
    private static final long CANCELLED = Long.MIN_VALUE;

    /**
     * @param onFailure told (on the delivery executor) when an analysis throws; the panes keep their last good state,
     *                  and the next submit tries again
     */
    public AnalysisPipeline(Function<Snapshot, Analysis> analyzer, Executor background, Executor deliver, Consumer<Analysis> onResult,
                            BiConsumer<Snapshot, RuntimeException> onFailure) {
        this.analyzer = analyzer;
        this.background = background;
        this.deliver = deliver;
        this.onResult = onResult;
        this.onFailure = onFailure;
    }

    /** Its owner is gone (the tab closed): work under way finishes unseen, and neither its result nor a failure is delivered. */
    public void cancel() {
        latest.set(CANCELLED);
    }

    public void submit(Snapshot snapshot) {
        latest.set(snapshot.version());
        background.execute(() -> {
            if (snapshot.version() != latest.get()) {
                return;
            }
            Analysis analysis;
            try {
                analysis = analyzer.apply(snapshot);
            } catch (RuntimeException | StackOverflowError e) {
                RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException("the text is nested too deeply", e);
                deliver.execute(() -> {
                    if (snapshot.version() == latest.get()) {
                        onFailure.accept(snapshot, failure);
                    }
                });
                return;
            }
            deliver.execute(() -> {
                if (analysis.version() == latest.get()) {
                    onResult.accept(analysis);
                }
            });
        });
    }
}
