package dev.agentpad.bench;

import dev.agentpad.check.CheckResult;
import dev.agentpad.check.Checker;
import dev.agentpad.dialect.Equivalents;
import dev.agentpad.review.Review;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reviewing a change to a 2,000-line prompt: the semantic front-matter diff, the line and word diff of the body,
 * problems and power on both sides. Both versions are checked (and their tokens counted) beforehand, as the window's
 * analysis does for every edit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReviewBenchmark {

    private Review.Version before;
    private Review.Version after;
    private final Equivalents equivalents = Equivalents.standard();

    @Setup
    public void setUp() {
        Checker checker = Checker.standard();
        String old = Prompts.agent(2000, 1);
        String changed = old.replace("model: sonnet", "model: opus").replace("tools: Read, Grep,", "tools: Read, Grep, WebFetch,")
                .replaceFirst("review the code", "review all the code").replace("## Section 20", "## Section twenty");
        CheckResult a = checker.check(old, Path.of("p/.claude/agents/reviewer.md"), null);
        CheckResult b = checker.check(changed, Path.of("p/.claude/agents/reviewer.md"), null);
        before = Review.Version.of("HEAD", a);
        after = Review.Version.of("working tree", b);
    }

    @Benchmark
    public Review reviewTwoThousandLinePrompts() {
        return Review.of(before, after, equivalents);
    }
}
