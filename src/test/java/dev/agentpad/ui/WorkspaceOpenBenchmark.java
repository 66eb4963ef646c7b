package dev.agentpad.ui;

import dev.agentpad.bench.Repositories;
import dev.agentpad.ui.workspace.WorkspaceAgent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a 20,000-file repository with 500 agents in a running window: from File > Open Folder to the tree with every
 * agent, and to every badge filled in. Five runs, each a fresh open of the folder. Not part of the build; run with
 * {@code mvn test -Dgroups=benchmark -DexcludedGroups=none -Dtest=WorkspaceOpenBenchmark}.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class WorkspaceOpenBenchmark {

    @TempDir
    Path dir;
    private EditorWindow window;

    @Start
    void start(Stage stage) {
        window = AgentPadApp.open(stage, List.of(), url -> { }, TestPreferences.recentFiles(), TestPreferences.journal());
    }

    @Test
    void openALargeRepository() throws Exception {
        Repositories.generate(dir, 20_000, 500);
        List<Long> tree = new ArrayList<>();
        List<Long> checked = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            WaitForAsyncUtils.asyncFx(() -> window.openFolder(dir)).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> window.workspace().agents().size() == 500)
                    .get(10, TimeUnit.SECONDS));
            tree.add((System.nanoTime() - start) / 1_000_000);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> window.workspace().agents().stream()
                    .allMatch(WorkspaceAgent::isChecked)).get(10, TimeUnit.SECONDS));
            checked.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("%nOpen a folder of 20,000 files with 500 agents, 5 runs (ms): tree %s, median %d; all checked %s, median %d%n",
                tree, median(tree), checked, median(checked));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
