package dev.agentpad.ui.review;

import dev.agentpad.analysis.Analysis;
import dev.agentpad.check.Checker;
import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.Equivalents;
import dev.agentpad.document.LineEndings;
import dev.agentpad.document.TextEdit;
import dev.agentpad.document.TextRange;
import dev.agentpad.io.FileProblem;
import dev.agentpad.io.GitRepository;
import dev.agentpad.io.TextFiles;
import dev.agentpad.render.AgentCard;
import dev.agentpad.review.Review;
import dev.agentpad.review.ReviewPage;
import dev.agentpad.ui.common.Themes;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.events.EventTarget;

/**
 * The review mode's left side: the text being edited compared with another version of it, read-only, meaning first
 * (see {@link ReviewPage}). The other version is the file as saved, the file at a git revision (HEAD, a branch, a tag)
 * or another agent file. Previous and Next step through the changes and show each in the editor; a change's Revert
 * link takes it back as one undo step. The comparison is computed off the FX thread after each analysis.
 */
public final class ReviewPane {

    public static final String SAVED = "Saved file";
    public static final String OTHER = "Other file…";

    /** What the pane needs from the window. */
    public interface Host {
        Checker checker();

        Path path();

        Dialect chosenDialect();

        void select(TextRange range);

        /** Applies {@code edit} when the editor's text is still {@code onText}; says why not otherwise. */
        void apply(TextEdit edit, String onText);

        Window window();

        void say(String notice);
    }

    private final Host host;
    private final ComboBox<String> base = new ComboBox<>();
    private final Button previous = new Button("◀ Previous");
    private final Button next = new Button("Next ▶");
    private final Label count = new Label();
    /** Made the first time a review is shown: a WebView costs a second or more to create on a slow machine. */
    private WebView view;
    private final StackPane content = new StackPane(new Label("Comparing…"));
    private final VBox root;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "agentpad-review");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final Equivalents equivalents = Equivalents.standard();
    private Review.Version baseVersion;
    private Analysis latest;
    private Review review;
    private String html = "";
    private int current = -1;
    private boolean choosing;

    public ReviewPane(Host host) {
        this.host = host;
        base.setId("review-base");
        base.setTooltip(new Tooltip("The version to compare your text with"));
        base.setOnAction(e -> {
            if (!choosing && base.getValue() != null) {
                compareWith(base.getValue());
            }
        });
        previous.setId("review-previous");
        next.setId("review-next");
        previous.setOnAction(e -> step(-1));
        next.setOnAction(e -> step(1));
        count.setId("review-count");
        HBox bar = new HBox(6, new Label("Compare with"), base, previous, next, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("review-bar");
        Label title = new Label("Review");
        title.getStyleClass().add("pane-title");
        title.setMaxWidth(Double.MAX_VALUE);
        root = new VBox(title, bar, content);
        root.setId("review-pane");
        VBox.setVgrow(content, Priority.ALWAYS);
        root.setMinWidth(0);
    }

    public VBox node() {
        return root;
    }

    private WebView view() {
        if (view == null) {
            view = new WebView();
            view.setId("review");
            view.setContextMenuEnabled(false);
            WebEngine engine = view.getEngine();
            engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
                if (state == Worker.State.SUCCEEDED) {
                    hookLinks(engine.getDocument());
                }
            });
            content.getChildren().setAll(view);
        }
        return view;
    }

    /** The choices for this file: the saved file, git revisions when it is in a repository, another file. */
    public void refreshChoices() {
        List<String> choices = new ArrayList<>();
        if (host.path() != null) {
            choices.add(SAVED);
            GitRepository.containing(host.path()).ifPresent(git -> {
                try (git) {
                    choices.addAll(git.revisions());
                }
            });
        }
        choices.add(OTHER);
        choosing = true;
        String was = base.getValue();
        base.getItems().setAll(choices);
        base.setValue(was != null && choices.contains(was) ? was : null);
        choosing = false;
    }

    /** Starts comparing with {@code choice}: SAVED, a revision name, or OTHER (asks for a file). */
    public void compareWith(String choice) {
        if (choice.equals(OTHER)) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Compare with");
            File file = chooser.showOpenDialog(host.window());
            if (file != null) {
                compareWithFile(file.toPath());
            }
            return;
        }
        Path path = host.path();
        load(() -> {
            if (choice.equals(SAVED)) {
                return version("saved file", TextFiles.read(path).text(), path);
            }
            try (GitRepository git = GitRepository.containing(path).orElseThrow(() -> new FileProblem(path, path + " is not in a git repository"))) {
                String text = git.read(choice, path).map(t -> t.text()).orElse("");
                return version(choice, text, path);
            }
        });
        choosing = true;
        base.setValue(choice);
        choosing = false;
    }

    void compareWithFile(Path other) {
        load(() -> version(other.getFileName().toString(), TextFiles.read(other).text(), other));
    }

    /** A newer analysis of the editor's text: the comparison follows. */
    public void update(Analysis analysis) {
        latest = analysis;
        recompute();
    }

    /** Frees the worker thread; what it was doing is not shown (its tab is gone). */
    public void shutdown() {
        generation.incrementAndGet();
        worker.shutdownNow();
    }

    /** The page last shown: what tests and automation read. */
    public String html() {
        return html;
    }

    public Optional<Review> review() {
        return Optional.ofNullable(review);
    }

    private interface Loader {
        Review.Version load() throws FileProblem;
    }

    private void load(Loader loader) {
        long id = generation.incrementAndGet();
        worker.execute(() -> {
            try {
                Review.Version loaded = loader.load();
                Platform.runLater(() -> {
                    if (id == generation.get()) {
                        baseVersion = loaded;
                        recompute();
                    }
                });
            } catch (FileProblem e) {
                Platform.runLater(() -> {
                    if (id == generation.get()) {
                        host.say("Cannot compare: " + e.getMessage());
                    }
                });
            }
        });
    }

    private Review.Version version(String label, String text, Path path) {
        return Review.Version.of(label, host.checker().check(LineEndings.toLf(text), path, host.chosenDialect()));
    }

    private void recompute() {
        if (baseVersion == null || latest == null) {
            return;
        }
        Review.Version before = baseVersion;
        Analysis now = latest;
        long id = generation.incrementAndGet();
        worker.execute(() -> {
            Review.Version after = new Review.Version("your text", now.check(), AgentCard.of(now.check()),
                    now.stats().tokens());
            Review next = Review.of(before, after, equivalents);
            String page = ReviewPage.render(next);
            Platform.runLater(() -> {
                if (id == generation.get()) {
                    show(next, page);
                }
            });
        });
    }

    private void show(Review next, String page) {
        review = next;
        int changes = next.changes().size();
        count.setText(changes == 0 ? "no changes" : changes + (changes == 1 ? " change" : " changes"));
        previous.setDisable(changes == 0);
        this.next.setDisable(changes == 0);
        current = Math.min(current, changes - 1);
        if (!page.equals(html)) {
            html = page;
            WebEngine engine = view().getEngine();
            Object y = engine.getLoadWorker().getState() == Worker.State.SUCCEEDED ? engine.executeScript("window.scrollY") : 0;
            double scroll = y instanceof Number n ? n.doubleValue() : 0;
            engine.getLoadWorker().stateProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Worker.State> o, Worker.State was, Worker.State state) {
                    if (state == Worker.State.SUCCEEDED) {
                        engine.getLoadWorker().stateProperty().removeListener(this);
                        engine.executeScript("window.scrollTo(0, " + scroll + ")");
                    }
                }
            });
            engine.loadContent(Themes.page(page));
        }
    }

    public void themeChanged() {
        String page = html;
        html = null;
        if (page != null && review != null) {
            show(review, page);
        }
    }

    /** Goes to the previous (-1) or next (+1) change, wrapping around, and shows it in the editor. */
    void step(int direction) {
        if (review == null || review.changes().isEmpty()) {
            return;
        }
        int size = review.changes().size();
        current = ((current < 0 && direction < 0 ? 0 : current) + direction + size) % size;
        showChange(current);
    }

    private void showChange(int index) {
        Review.Change change = review.changes().get(index);
        change.inNewText().ifPresent(host::select);
        view().getEngine().executeScript("var e = document.getElementById('change-" + index + "'); if (e) e.scrollIntoView({block: 'center'});");
        count.setText((index + 1) + " of " + review.changes().size() + ": " + change.title());
    }

    /**
     * The page's own links ({@code agentpad:show/N}, {@code agentpad:revert/N}) are handled here, by listeners on the
     * page's DOM from Java: the page itself runs no script, and the links never navigate.
     */
    private void hookLinks(Document document) {
        if (document == null) {
            return;
        }
        NodeList links = document.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            String href = link.getAttribute("href");
            if (href != null && href.startsWith("agentpad:")) {
                ((EventTarget) link).addEventListener("click", event -> {
                    event.preventDefault();
                    follow(href.substring("agentpad:".length()));
                }, false);
            }
        }
    }

    /** A link of the page: {@code show/N} or {@code revert/N}. */
    private void follow(String action) {
        if (review == null) {
            return;
        }
        String[] parts = action.split("/");
        int index;
        try {
            index = Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
            return;
        }
        if (index < 0 || index >= review.changes().size()) {
            return;
        }
        Review.Change change = review.changes().get(index);
        if (parts[0].equals("show")) {
            current = index;
            showChange(index);
        } else if (parts[0].equals("revert")) {
            change.revert().ifPresent(edit -> host.apply(edit, review.after().result().document().text()));
        }
    }

    /** Takes back change {@code index} of the current review, as the page's Revert link does. */
    public void revert(int index) {
        follow("revert/" + index);
    }
}
