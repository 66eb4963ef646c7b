package dev.agentpad.ui;

import dev.agentpad.io.RecoveryJournal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Keeps one window's unsaved text in the {@link RecoveryJournal}: written on a background thread one second after the
 * last edit (so within two seconds of it), cleared when the text is saved, reverted or discarded. A journal that
 * cannot be written is said once in the status bar; the editor goes on.
 */
final class CrashRecovery {

    static final Duration DELAY = Duration.seconds(1);

    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "agentpad-recovery");
        thread.setDaemon(true); // never keeps the app from exiting; close() waits for what is queued
        return thread;
    });

    private final RecoveryJournal journal;
    private final DocumentState doc;
    private final Supplier<String> text;
    private final Consumer<String> notice;
    private final String id = RecoveryJournal.newId();
    private final PauseTransition pause = new PauseTransition(DELAY);
    private boolean failedBefore;

    CrashRecovery(RecoveryJournal journal, DocumentState doc, Supplier<String> text, Consumer<String> notice) {
        this.journal = journal;
        this.doc = doc;
        this.text = text;
        this.notice = notice;
        pause.setOnFinished(e -> writeNow());
    }

    /** The text changed: journal it once typing pauses. */
    void edited() {
        pause.playFromStart();
    }

    /** Journals the current state now: the text when unsaved, nothing (the entry cleared) when saved. */
    void writeNow() {
        pause.stop();
        if (!doc.dirty.get()) {
            clear();
            return;
        }
        Path path = doc.path.get();
        String name = doc.displayName.get();
        String now = text.get();
        String disk = doc.savedText;
        WRITER.execute(() -> {
            try {
                journal.write(id, path, name, now, disk);
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> failed(e));
            }
        });
    }

    /**
     * The window closes, its text saved or discarded: the entry is removed after any write still queued, and this
     * waits (up to two seconds) for that, so an exiting app leaves no entry behind to be offered as a crash's.
     */
    void close() {
        pause.stop();
        try {
            WRITER.submit(() -> {
                journal.clear(id);
                return null;
            }).get(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Saved or reverted: nothing of this window needs recovering. */
    void clear() {
        pause.stop();
        WRITER.execute(() -> {
            try {
                journal.clear(id);
            } catch (IOException e) {
                Platform.runLater(() -> failed(e));
            }
        });
    }

    private void failed(Exception e) {
        if (!failedBefore) {
            failedBefore = true;
            notice.accept("Crash recovery is off: cannot write " + journal.folder() + " (" + e.getMessage() + ")");
        }
    }
}
