package dev.agentpad.cli;

import dev.agentpad.check.Checker;
import dev.agentpad.dialect.DialectOverrides;
import dev.agentpad.dialect.DialectRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The checker, built on a thread of its own from the moment a command starts: loading the dialects takes about
 * 0.15 s, during which the command reads its arguments and its files, and {@code render} starts on the prompt's
 * Markdown, which needs no dialect (docs/benchmarks.md, "The fifth stop").
 */
final class BackgroundChecker implements Supplier<Checker> {

    private final CompletableFuture<Checker> checker = new CompletableFuture<>();

    BackgroundChecker(List<Path> overrideFolders) {
        Thread loading = new Thread(() -> {
            try {
                checker.complete(new Checker(DialectRegistry.withOverrides(overrideFolders)));
            } catch (Throwable t) {
                checker.completeExceptionally(t);
            }
        }, "agentpad-dialects");
        loading.setDaemon(true);
        loading.start();
    }

    /**
     * The checker, once loaded.
     *
     * @throws DialectOverrides.Problem when a dialect override of the user's cannot be read
     */
    @Override
    public Checker get() {
        try {
            return checker.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
