package dev.agentpad.ui.common;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressBar;
import javafx.stage.Window;

/**
 * Work that may take a second (opening a long file) done on a worker thread while the FX thread waits in a modal
 * dialog that says what is happening and offers Cancel: the window keeps painting and answering, and nothing can be
 * typed into or closed under the work. Work done within a fifth of a second shows no dialog at all.
 */
public final class WorkWithProgress {

    /** How long the FX thread waits for the work before it shows the dialog: a dialog flashing by is worse than none. */
    static final long QUIET_MILLIS = 200;
    private static final ButtonType DONE = ButtonType.FINISH;

    /** What the worker does; it may throw one kind of checked exception, which {@link #run} throws again. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    private WorkWithProgress() {
    }

    /**
     * The result of {@code work}, or empty when the user cancelled (the work then runs to its end unseen and its result
     * is dropped). Called on the FX thread. With {@code owner} not yet shown (a file named on the command line), the
     * dialog stands alone; where no dialog may wait (during a layout or an animation), the FX thread waits without one.
     */
    public static <T, E extends Exception> Optional<T> run(Window owner, String header, String threadName, Work<T, E> work) throws E {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, threadName);
        worker.setDaemon(true);
        worker.start();
        try {
            return Optional.of(Platform.canStartNestedEventLoop() ? result.get(QUIET_MILLIS, TimeUnit.MILLISECONDS) : result.get());
        } catch (TimeoutException e) {
            return whileShowingProgress(owner, header, result) ? Optional.of(outcome(result)) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw WorkWithProgress.<E>rethrown(e);
        }
    }

    /** Shows the dialog until {@code result} is done (true) or the user cancels (false). */
    private static boolean whileShowingProgress(Window owner, String header, CompletableFuture<?> result) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner != null && owner.isShowing() ? owner : null); // alone before the window is shown
        dialog.setTitle("AgentPad");
        dialog.setHeaderText(header);
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(320);
        dialog.getDialogPane().setContent(progress);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        // not focused: a Space or Enter typed on while the dialog appears must not cancel; Escape and a click still do
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setFocusTraversable(false);
        dialog.getDialogPane().setId("work-in-progress");
        dialog.setOnShown(e -> closeWhenDone(dialog, result));
        result.whenComplete((value, failure) -> Platform.runLater(() -> closeWhenDone(dialog, result)));
        return dialog.showAndWait().orElse(ButtonType.CANCEL) == DONE;
    }

    private static void closeWhenDone(Dialog<ButtonType> dialog, CompletableFuture<?> result) {
        if (result.isDone() && dialog.isShowing() && dialog.getResult() == null) {
            dialog.setResult(DONE); // closes it
        }
    }

    private static <T, E extends Exception> T outcome(CompletableFuture<T> done) throws E {
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the work was done", e);
        } catch (ExecutionException e) {
            throw WorkWithProgress.<E>rethrown(e);
        }
    }

    /** The work's own exception, as it threw it. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E rethrown(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return (E) cause; // the only checked exception Work.call may throw
    }
}
