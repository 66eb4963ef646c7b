package dev.agentpad.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressBar;
import javafx.stage.Window;

/**
 * Work that may take a second (opening a long file) done on a worker thread while the FX thread waits in a modal
 * dialog that says what is happening and offers Cancel: the window keeps painting and answering, and nothing can be
 * typed into or closed under the work. Work done within a fifth of a second shows no dialog at all. The dialog stays
 * until the result is shown, so that the window never looks idle while it takes the result in.
 */
public final class WorkWithProgress {

    /** How long the FX thread waits for the work before it shows the dialog: a dialog flashing by is worse than none. */
    static final long QUIET_MILLIS = 200;

    /** What the worker does; it may throw one kind of checked exception, which {@link #run} throws again. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    private WorkWithProgress() {
    }

    /**
     * Does {@code work} on a worker thread and hands its result to {@code show} on the FX thread; false when the user
     * cancelled (the work then runs to its end unseen and its result is dropped). Called on the FX thread. With
     * {@code owner} not yet shown (a file named on the command line) the dialog stands alone; where no dialog may wait
     * (during a layout or an animation) the FX thread waits without one.
     */
    public static <T, E extends Exception> boolean run(Window owner, String header, String threadName, Work<T, E> work, Consumer<T> show)
            throws E {
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
        T quick;
        try {
            quick = Platform.canStartNestedEventLoop() ? result.get(QUIET_MILLIS, TimeUnit.MILLISECONDS) : result.get();
        } catch (TimeoutException e) {
            return whileShowingProgress(owner, header, result, show);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw WorkWithProgress.<E>rethrown(e);
        }
        show.accept(quick);
        return true;
    }

    /** Shows the dialog until {@code result} is done and shown (true), or the user cancels (false). */
    private static <T, E extends Exception> boolean whileShowingProgress(Window owner, String header, CompletableFuture<T> result,
            Consumer<T> show) throws E {
        Dialog<ButtonType> dialog = progressDialog(owner, header);
        Object loop = new Object();
        boolean[] waiting = {true}; // until the work is done or the user closes the dialog
        boolean[] inLoop = {false};
        boolean[] cancelled = {false};
        Runnable stopWaiting = () -> {
            if (waiting[0]) {
                waiting[0] = false;
                if (inLoop[0]) {
                    inLoop[0] = false;
                    Platform.exitNestedEventLoop(loop, null);
                }
            }
        };
        dialog.setOnHidden(e -> {
            cancelled[0] |= waiting[0]; // closed by the user (Cancel, Escape, the window's close button)
            stopWaiting.run();
        });
        dialog.setOnShown(e -> {
            if (result.isDone()) {
                stopWaiting.run();
            }
        });
        result.whenComplete((value, failure) -> Platform.runLater(stopWaiting));
        dialog.show();
        if (waiting[0]) {
            inLoop[0] = true;
            Platform.enterNestedEventLoop(loop);
        }
        boolean shown = false;
        try {
            if (cancelled[0]) {
                return false;
            }
            show.accept(outcome(result)); // with the dialog still up: the window is busy taking the result in
            shown = true;
            return true;
        } finally {
            if (shown && dialog.getOwner() != null && dialog.getOwner().getScene() != null) {
                FirstFrame.then(dialog.getOwner().getScene(), dialog::close); // and until it has laid the result out
            } else {
                dialog.close();
            }
        }
    }

    /** "Opening NAME…" over a moving bar, with Cancel; alone when {@code owner} is not shown yet. */
    private static Dialog<ButtonType> progressDialog(Window owner, String header) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner != null && owner.isShowing() ? owner : null);
        dialog.setTitle("AgentPad");
        dialog.setHeaderText(header);
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(320);
        dialog.getDialogPane().setContent(progress);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        // not focused: a Space or Enter typed on while the dialog appears must not cancel; Escape and a click still do
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setFocusTraversable(false);
        dialog.getDialogPane().setId("work-in-progress");
        return dialog;
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
