package dev.agentpad.cli;

import dev.agentpad.check.Code;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.check.Severity;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The three output formats of {@code check}: text lines, JSON and SARIF 2.1.0 (for GitHub code scanning). */
final class Reports {

    private Reports() {
    }

    static void text(List<CheckedFile> files, PrintStream out) {
        long[] counts = new long[Severity.values().length];
        for (CheckedFile file : files) {
            for (Diagnostic d : file.result().diagnostics()) {
                out.println(file.displayPath() + ":" + d.start().line() + ":" + d.start().column() + ": " + d.severity().label()
                        + " " + d.code().id() + " " + d.message());
                counts[d.severity().ordinal()]++;
            }
        }
        out.println("checked " + files.size() + (files.size() == 1 ? " file: " : " files: ")
                + plural(counts[0], "error") + ", " + plural(counts[1], "warning") + ", " + plural(counts[2], "info"));
    }

    static void json(List<CheckedFile> files, PrintStream out) {
        List<String> objects = new ArrayList<>();
        for (CheckedFile file : files) {
            String diagnostics = file.result().diagnostics().stream().map(d -> "{"
                    + "\"severity\":" + Json.string(d.severity().label())
                    + ",\"code\":" + Json.string(d.code().id())
                    + ",\"message\":" + Json.string(d.message())
                    + ",\"line\":" + d.start().line() + ",\"column\":" + d.start().column()
                    + ",\"endLine\":" + d.end().line() + ",\"endColumn\":" + d.end().column()
                    + ",\"key\":" + Json.string(d.key())
                    + (d.fix() != null ? ",\"fix\":" + Json.string(d.fix().title()) : "")
                    + "}").collect(Collectors.joining(",\n      "));
            objects.add("{\"path\":" + Json.string(file.displayPath())
                    + ",\"dialect\":" + Json.string(file.result().detection().dialect().id())
                    + ",\"name\":" + Json.string(file.result().agentName().orElse(null))
                    + ",\"diagnostics\":[" + (diagnostics.isEmpty() ? "" : "\n      " + diagnostics + "\n    ") + "]}");
        }
        out.println("[" + (objects.isEmpty() ? "" : "\n  " + String.join(",\n  ", objects) + "\n") + "]");
    }

    static void sarif(List<CheckedFile> files, PrintStream out, String version) {
        String rules = java.util.Arrays.stream(Code.values()).map(c -> "{\"id\":" + Json.string(c.id())
                + ",\"shortDescription\":{\"text\":" + Json.string(c.summary()) + "}}").collect(Collectors.joining(",\n            "));
        List<String> results = new ArrayList<>();
        for (CheckedFile file : files) {
            for (Diagnostic d : file.result().diagnostics()) {
                results.add("{\"ruleId\":" + Json.string(d.code().id())
                        + ",\"ruleIndex\":" + d.code().ordinal()
                        + ",\"level\":" + Json.string(level(d.severity()))
                        + ",\"message\":{\"text\":" + Json.string(d.message()) + "}"
                        + ",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":"
                        + Json.string(file.displayPath().replace('\\', '/')) + "}"
                        + ",\"region\":{\"startLine\":" + d.start().line() + ",\"startColumn\":" + d.start().column()
                        + ",\"endLine\":" + d.end().line() + ",\"endColumn\":" + d.end().column() + "}}}]}");
            }
        }
        out.println("""
                {
                  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
                  "version": "2.1.0",
                  "runs": [{
                    "tool": {"driver": {
                      "name": "AgentPad",
                      "version": %s,
                      "rules": [
                        %s
                      ]
                    }},
                    "columnKind": "utf16CodeUnits",
                    "results": [%s]
                  }]
                }""".formatted(Json.string(version), rules,
                results.isEmpty() ? "" : "\n        " + String.join(",\n        ", results) + "\n      "));
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
