package dev.agentpad.check;

import dev.agentpad.dialect.Dialect;
import dev.agentpad.document.TextEdit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies every fix that changes only how a file is written, never what a tool reads from it ({@link Fix#keepsMeaning}),
 * until none is left: the engine of {@code agentpad check --fix}. Fixes that change a value or a key name, or that
 * could give an agent more power, are left for a person to choose.
 */
public final class SafeFixes {

    private static final int MAX_ROUNDS = 8;

    /** The text after the fixes, the fixes in the order they were applied, and the check of the final text. */
    public record Outcome(String text, List<Diagnostic> applied, CheckResult result) {
        public boolean changed() {
            return !applied.isEmpty();
        }
    }

    private SafeFixes() {
    }

    public static Outcome apply(Checker checker, String text, Path path, Dialect dialect) {
        List<Diagnostic> applied = new ArrayList<>();
        CheckResult result = checker.check(text, path, dialect);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<TextEdit, Diagnostic> fixes = new LinkedHashMap<>();
            for (Diagnostic d : result.diagnostics()) {
                if (d.fix() != null && d.fix().keepsMeaning()) {
                    fixes.putIfAbsent(d.fix().edit(), d);
                }
            }
            if (fixes.isEmpty()) {
                break;
            }
            List<TextEdit> edits = fixes.keySet().stream().sorted(Comparator.comparingInt((TextEdit e) -> e.range().start()).reversed()).toList();
            int limit = Integer.MAX_VALUE;
            String next = text;
            for (TextEdit edit : edits) {
                if (edit.range().end() <= limit) {
                    next = edit.applyTo(next);
                    applied.add(fixes.get(edit));
                    limit = edit.range().start();
                }
            }
            text = next;
            result = checker.check(text, path, dialect);
        }
        return new Outcome(text, applied, result);
    }
}
