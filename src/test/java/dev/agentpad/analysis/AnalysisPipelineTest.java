package dev.agentpad.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.check.Checker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The pipeline without a toolkit: executors are queues the test runs by hand, so ordering is exact and sleep-free. */
class AnalysisPipelineTest {

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> fxThread = new ArrayDeque<>();
    private final List<Analysis> shown = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final AnalysisPipeline pipeline = new AnalysisPipeline(new Analyzer(Checker.standard())::analyze,
            queue(background), queue(fxThread), shown::add, (snapshot, e) -> failures.add(snapshot.version() + ": " + e.getMessage()));

    private static Executor queue(Queue<Runnable> q) {
        return q::add;
    }

    private static void drain(Queue<Runnable> q) {
        while (!q.isEmpty()) {
            q.poll().run();
        }
    }

    private static Snapshot snapshot(long version, String text) {
        return new Snapshot(version, text, null, null);
    }

    @Test
    void aSnapshotSupersededBeforeItsWorkStartsIsSkipped() {
        pipeline.submit(snapshot(1, "---\ndescription: one\n---\n"));
        pipeline.submit(snapshot(2, "---\ndescription: two\n---\n"));
        drain(background);
        drain(fxThread);
        assertThat(shown).extracting(Analysis::version).containsExactly(2L);
    }

    @Test
    void aResultSupersededBeforeDeliveryIsDropped() {
        pipeline.submit(snapshot(1, "---\ndescription: one\n---\n"));
        drain(background); // version 1 analysed, its delivery is queued
        pipeline.submit(snapshot(2, "---\ndescription: two\n---\n"));
        drain(fxThread); // version 1 arrives after version 2 was asked for: dropped
        assertThat(shown).isEmpty();
        drain(background);
        drain(fxThread);
        assertThat(shown).extracting(Analysis::version).containsExactly(2L);
        assertThat(shown.get(0).preview().html()).contains("two");
    }

    @Test
    void afterCancelNeitherAResultNorAFailureUnderWayIsDelivered() {
        pipeline.submit(snapshot(1, "---\ndescription: one\n---\n"));
        drain(background); // analysed, its delivery queued on the FX thread
        pipeline.cancel(); // the tab closed
        drain(fxThread);
        assertThat(shown).isEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void anAnalysisCarriesEverythingThePanesShow() {
        pipeline.submit(snapshot(7, "---\nname: x-y\ndescription: Use when: needed\n---\nHello **world**\n"));
        drain(background);
        drain(fxThread);
        Analysis a = shown.get(0);
        assertThat(a.text()).startsWith("---\nname: x-y");
        assertThat(a.check().diagnostics()).extracting(d -> d.code().id()).contains("yaml-colon-in-plain");
        assertThat(a.form().yamlProblem()).isPresent();
        assertThat(a.preview().html()).contains("<strong>world</strong>");
        assertThat(a.stats().words()).isEqualTo(2);
    }

    @Test
    void anAnalysisThatThrowsIsReportedAndTheNextEditTriesAgain() {
        Analyzer real = new Analyzer(Checker.standard());
        List<String> said = new ArrayList<>();
        AnalysisPipeline flaky = new AnalysisPipeline(s -> {
            if (s.text().contains("boom")) {
                throw new IllegalStateException("a rule broke on this text");
            }
            return real.analyze(s);
        }, queue(background), queue(fxThread), shown::add, (s, e) -> said.add(s.version() + ": " + e.getMessage()));
        flaky.submit(snapshot(1, "---\ndescription: boom\n---\n"));
        drain(background);
        drain(fxThread);
        assertThat(shown).as("the panes keep their last state").isEmpty();
        assertThat(said).containsExactly("1: a rule broke on this text");
        flaky.submit(snapshot(2, "---\ndescription: fine\n---\n"));
        drain(background);
        drain(fxThread);
        assertThat(shown).extracting(Analysis::version).containsExactly(2L);
    }
}
