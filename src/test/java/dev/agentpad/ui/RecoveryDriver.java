package dev.agentpad.ui;

import dev.agentpad.io.RecentFiles;
import dev.agentpad.io.RecoveryJournal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The real app in a JVM of its own (headless Monocle), driven for {@code CrashRecoveryTest}:
 * {@code type JOURNAL TEXT FILE...} opens each file in a window, types TEXT at its end as key events, waits until the
 * journal holds every window's text and prints "TYPED", then waits to be killed; {@code restore JOURNAL} starts the
 * app, presses Restore All in the restore dialog and prints each window's path and text (Base64), then exits.
 */
public final class RecoveryDriver {

    public static void main(String[] args) throws Exception {
        RecoveryJournal journal = new RecoveryJournal(Path.of(args[1]));
        RecentFiles recent = TestPreferences.recentFiles();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        if (args[0].equals("type")) {
            type(journal, recent, args[2], List.of(args).subList(3, args.length));
        } else {
            restore(journal, recent, List.of(args).subList(2, args.length));
        }
    }

    private static void type(RecoveryJournal journal, RecentFiles recent, String text, List<String> files) throws Exception {
        List<EditorWindow> windows = new ArrayList<>();
        onFx(() -> {
            for (String file : files) {
                windows.add(AgentPadApp.open(new Stage(), List.of(file), url -> { }, recent, journal));
            }
        });
        for (EditorWindow window : windows) {
            onFx(() -> window.editor().area().moveTo(window.editor().area().getLength()));
            for (char c : text.toCharArray()) {
                onFx(() -> window.editor().area().fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false)));
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            List<RecoveryJournal.Entry> entries = journal.all().entries();
            if (entries.size() == files.size() && entries.stream().allMatch(e -> e.text().endsWith(text))) {
                System.out.println("TYPED");
                System.out.flush();
                Thread.sleep(Long.MAX_VALUE); // until killed
            }
            Thread.sleep(50);
        }
        System.out.println("journal not written: " + journal.all().entries());
        System.exit(1);
    }

    /** Starts the editor on {@code open} (none: the sample), as a user would after the crash, and restores everything. */
    private static void restore(RecoveryJournal journal, RecentFiles recent, List<String> open) throws Exception {
        onFx(() -> AgentPadApp.open(new Stage(), open, url -> { }, recent, journal));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Button all = null;
        while (all == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
            all = CompletableFuture.supplyAsync(() -> Window.getWindows().stream()
                    .map(w -> w.getScene() == null ? null : (Button) w.getScene().lookup("#restore-all"))
                    .filter(b -> b != null).findFirst().orElse(null), Platform::runLater).get(10, TimeUnit.SECONDS);
        }
        if (all == null) {
            System.out.println("no restore dialog");
            System.exit(1);
        }
        Button press = all;
        onFx(press::fire);
        onFx(() -> {
            for (AgentTab window : EditorWindow.openWindows().stream().flatMap(w -> w.tabs().stream()).toList()) {
                String path = window.documentPath() == null ? "untitled" : window.documentPath().toString();
                System.out.println("WINDOW " + path + " " + (window.isDirty() ? "unsaved" : "saved") + " "
                        + Base64.getEncoder().encodeToString(window.text().getBytes(StandardCharsets.UTF_8)));
            }
        });
        System.out.flush();
        System.exit(0);
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }
}
