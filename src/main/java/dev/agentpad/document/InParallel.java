package dev.agentpad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The same work on each piece of something long: the first piece on the calling thread, each other on a daemon thread
 * of its own (pieces are few, one per core, and each is worth a thread's start).
 */
public final class InParallel {

    private InParallel() {
    }

    /**
     * {@code work} applied to each of {@code pieces}, in their order. The first failure is thrown (unchecked, as
     * {@link java.util.concurrent.CompletionException} when it happened on another thread) after every piece is done;
     * an {@link Error} on the calling thread (a stack overflow) is thrown at once.
     */
    public static <T, R> List<R> map(List<T> pieces, Function<T, R> work, String threadName) {
        List<CompletableFuture<R>> others = new ArrayList<>();
        for (T piece : pieces.subList(Math.min(1, pieces.size()), pieces.size())) {
            CompletableFuture<R> other = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    other.complete(work.apply(piece));
                } catch (Throwable t) {
                    other.completeExceptionally(t);
                }
            }, threadName);
            thread.setDaemon(true);
            thread.start();
            others.add(other);
        }
        List<R> results = new ArrayList<>(pieces.size());
        RuntimeException failed = null;
        try {
            if (!pieces.isEmpty()) {
                results.add(work.apply(pieces.get(0)));
            }
        } catch (RuntimeException e) {
            failed = e;
        }
        for (CompletableFuture<R> other : others) {
            try {
                results.add(other.join());
            } catch (RuntimeException e) {
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
        return results;
    }
}
