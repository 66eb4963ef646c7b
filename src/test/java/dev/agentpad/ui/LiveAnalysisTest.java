package dev.agentpad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.analysis.Analysis;
import dev.agentpad.analysis.Analyzer;
import dev.agentpad.analysis.Snapshot;
import dev.agentpad.check.Checker;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Analysis results held until the window's first frame: the frame is not held up, and nothing is lost. */
@ExtendWith(ApplicationExtension.class)
class LiveAnalysisTest {

    private final List<Analysis> shown = new CopyOnWriteArrayList<>();
    private LiveAnalysis live;

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> live.shutdown()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aResultHeldForTheFirstFrameIsShownWhenReleasedAndPendingUntilThen() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            live = new LiveAnalysis(new Analyzer(Checker.standard()),
                    version -> new Snapshot(version, "---\nname: x\ndescription: Checks things\n---\nBody\n", null, null), shown::add, message -> { });
            live.holdResults();
            live.now();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> live.holdsAResult()).get());
        assertThat(shown).as("held, not shown").isEmpty();
        assertThat(WaitForAsyncUtils.asyncFx(() -> live.pendingProperty().get()).get()).as("the panes still say checking").isTrue();

        WaitForAsyncUtils.asyncFx(() -> live.releaseResults()).get(10, TimeUnit.SECONDS);
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).text()).contains("Checks things");
        assertThat(WaitForAsyncUtils.asyncFx(() -> live.pendingProperty().get()).get()).isFalse();

        WaitForAsyncUtils.asyncFx(() -> live.now()).get(10, TimeUnit.SECONDS); // once released, results are shown as they come
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.size() == 2);
    }
}
