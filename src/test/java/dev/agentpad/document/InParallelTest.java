package dev.agentpad.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InParallelTest {

    @Test
    void eachPieceIsWorkedOnItsOwnThreadTheFirstOnTheCallersAndTheResultsKeepTheirOrder() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> lengths = InParallel.map(List.of("a", "bb", "ccc", "dddd"), piece -> {
            threads.add(Thread.currentThread().getName());
            return piece.length();
        }, "piece-worker");

        assertThat(lengths).containsExactly(1, 2, 3, 4);
        assertThat(threads).containsExactlyInAnyOrder(Thread.currentThread().getName(), "piece-worker"); // the workers share one name
    }

    @Test
    void aFailureIsThrownOnlyAfterEveryPieceIsDone() {
        AtomicInteger done = new AtomicInteger();
        assertThatThrownBy(() -> InParallel.map(List.of(1, 2, 3), n -> {
            if (n == 1) {
                throw new IllegalArgumentException("first piece failed");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return done.incrementAndGet();
        }, "piece-worker")).isInstanceOf(IllegalArgumentException.class).hasMessage("first piece failed");
        assertThat(done).hasValue(2);
        assertThat(InParallel.map(List.<String>of(), String::length, "piece-worker")).isEmpty();
    }
}
