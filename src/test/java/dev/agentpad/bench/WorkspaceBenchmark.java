package dev.agentpad.bench;

import dev.agentpad.analysis.WorkspaceIndex;
import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a large repository as a workspace: 20,000 files (source, docs, a node_modules folder, an ignored build
 * folder) of which 500 are agents in every tool's layout. {@code scan} is what the window waits for before the first
 * tree (finding the files and placing each by tool); {@code checkAll} checks the 500 on two threads, as the window's
 * pool does while badges fill in; {@code acrossFiles} is the workspace checks run once all are checked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkspaceBenchmark {

    private Path root;
    private WorkspaceIndex index;
    private Map<Path, CheckResult> results;
    private ExecutorService pool;

    @Setup
    public void repository() throws IOException {
        root = Files.createTempDirectory("agentpad-workspace-bench");
        Repositories.generate(root, 20_000, 500);
        index = new WorkspaceIndex(root, Checker.standard());
        pool = Executors.newFixedThreadPool(2);
        results = new LinkedHashMap<>();
        for (WorkspaceIndex.Agent agent : index.scan()) {
            results.put(agent.file(), index.check(agent.file()).result());
        }
        if (results.size() != 500) {
            throw new IllegalStateException("expected 500 agents, found " + results.size());
        }
    }

    @TearDown
    public void remove() throws IOException {
        pool.shutdownNow();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public List<WorkspaceIndex.Agent> scan() throws IOException {
        return index.scan();
    }

    @Benchmark
    public int checkAll() throws Exception {
        List<Future<WorkspaceIndex.Checked>> checks = new ArrayList<>();
        for (Path file : results.keySet()) {
            checks.add(pool.submit(() -> index.check(file)));
        }
        int errors = 0;
        for (Future<WorkspaceIndex.Checked> check : checks) {
            errors += (int) check.get().errors();
        }
        return errors;
    }

    @Benchmark
    public int acrossFiles() {
        return index.workspaceProblems(results).size();
    }
}
