package dev.agentpad.check;

import dev.agentpad.dialect.DialectRegistry;
import java.nio.file.Path;
import java.util.List;

/** Test helper: checks a text as a file at a given path and describes the findings compactly. */
final class Diagnostics {

    private Diagnostics() {
    }

    static CheckResult check(String path, String text) {
        return Checker.standard().check(text, path == null ? null : Path.of(path), null);
    }

    static CheckResult check(String dialect, String path, String text) {
        return Checker.standard().check(text, path == null ? null : Path.of(path),
                DialectRegistry.standard().byId(dialect).orElseThrow());
    }

    /** "severity code line:col-line:col" for each diagnostic. */
    static List<String> summary(CheckResult result) {
        return result.diagnostics().stream().map(Diagnostics::summary).toList();
    }

    static String summary(Diagnostic d) {
        return d.severity().label() + " " + d.code().id() + " " + d.start() + "-" + d.end();
    }

    static Diagnostic only(CheckResult result, Code code) {
        List<Diagnostic> found = result.diagnostics().stream().filter(d -> d.code() == code).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + code + " but found " + summary(result));
        }
        return found.get(0);
    }

    /** The text after applying the diagnostic's fix. */
    static String fixed(CheckResult result, Code code) {
        Diagnostic d = only(result, code);
        if (d.fix() == null) {
            throw new AssertionError(code + " has no fix: " + d.message());
        }
        return d.fix().edit().applyTo(result.document().text());
    }

    static boolean has(CheckResult result, Code code) {
        return result.diagnostics().stream().anyMatch(d -> d.code() == code);
    }
}
