package dev.agentpad.analysis;

import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import dev.agentpad.form.FormModel;
import dev.agentpad.render.PreviewPage;
import dev.agentpad.render.PromptStats;

/** Computes an {@link Analysis} from a snapshot: pure, thread-safe, and run off the FX thread. */
public final class Analyzer {

    /** The longest prompt the window's preview renders whole (about 4,000 lines); past it, the first part. */
    public static final int PREVIEW_LIMIT = 200_000;

    private final Checker checker;

    public Analyzer(Checker checker) {
        this.checker = checker;
    }

    public Analysis analyze(Snapshot snapshot) {
        CheckResult check = checker.check(snapshot.text(), snapshot.path(), snapshot.forcedDialect());
        String title = snapshot.path() != null ? snapshot.path().getFileName().toString() : "untitled";
        return new Analysis(snapshot.version(), snapshot.text(), check,
                FormModel.of(check),
                PreviewPage.parts(check, title, false, PREVIEW_LIMIT),
                PromptStats.of(check.document().bodyText()));
    }
}
