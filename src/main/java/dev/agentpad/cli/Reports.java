package dev.agentpad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentpad.check.Code;
import dev.agentpad.check.Diagnostic;
import dev.agentpad.check.Severity;
import dev.agentpad.io.Json;
import java.io.PrintStream;
import java.util.List;

/**
 * The three output formats of {@code check}: text lines, JSON and SARIF 2.1.0 (for GitHub code scanning). Each
 * problem carries the tool's outcome ({@code effect}): what the tool does with the file because of it.
 */
final class Reports {


    private Reports() {
    }

    static void text(List<CheckedFile> files, PrintStream out) {
        long[] counts = new long[Severity.values().length];
        for (CheckedFile file : files) {
            for (Diagnostic d : file.result().diagnostics()) {
                out.println(file.displayPath() + ":" + d.start().line() + ":" + d.start().column() + ": " + d.severity().label()
                        + " " + d.code().id() + " " + d.message() + " [" + d.outcome() + "]");
                counts[d.severity().ordinal()]++;
            }
        }
        out.println("checked " + files.size() + (files.size() == 1 ? " file: " : " files: ")
                + plural(counts[0], "error") + ", " + plural(counts[1], "warning") + ", " + plural(counts[2], "info"));
    }

    static void json(List<CheckedFile> files, PrintStream out) {
        ArrayNode all = Json.mapper().createArrayNode();
        for (CheckedFile file : files) {
            ObjectNode f = all.addObject();
            f.put("path", file.displayPath());
            f.put("dialect", file.result().detection().dialect().id());
            f.put("name", file.result().agentName().orElse(null));
            ArrayNode diagnostics = f.putArray("diagnostics");
            for (Diagnostic d : file.result().diagnostics()) {
                ObjectNode o = diagnostics.addObject();
                o.put("severity", d.severity().label());
                o.put("code", d.code().id());
                o.put("message", d.message());
                o.put("line", d.start().line());
                o.put("column", d.start().column());
                o.put("endLine", d.end().line());
                o.put("endColumn", d.end().column());
                o.put("key", d.key());
                o.put("tool", d.tool());
                o.put("effect", d.effect().words());
                if (d.fix() != null) {
                    o.put("fix", d.fix().title());
                }
            }
        }
        print(all, out);
    }

    static void sarif(List<CheckedFile> files, PrintStream out, String version) {
        ObjectNode sarif = Json.mapper().createObjectNode();
        sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        sarif.put("version", "2.1.0");
        ObjectNode run = sarif.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "AgentPad");
        driver.put("version", version);
        ArrayNode rules = driver.putArray("rules");
        for (Code c : Code.values()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", c.id());
            rule.putObject("shortDescription").put("text", c.summary());
        }
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        for (CheckedFile file : files) {
            for (Diagnostic d : file.result().diagnostics()) {
                ObjectNode r = results.addObject();
                r.put("ruleId", d.code().id());
                r.put("ruleIndex", d.code().ordinal());
                r.put("level", level(d.severity()));
                r.putObject("message").put("text", d.message() + " [" + d.outcome() + "]");
                ObjectNode location = r.putArray("locations").addObject().putObject("physicalLocation");
                location.putObject("artifactLocation").put("uri", file.displayPath().replace('\\', '/'));
                ObjectNode region = location.putObject("region");
                region.put("startLine", d.start().line());
                region.put("startColumn", d.start().column());
                region.put("endLine", d.end().line());
                region.put("endColumn", d.end().column());
                ObjectNode properties = r.putObject("properties");
                properties.put("tool", d.tool());
                properties.put("effect", d.effect().words());
            }
        }
        print(sarif, out);
    }

    private static void print(Object tree, PrintStream out) {
        out.println(Json.pretty(tree));
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
