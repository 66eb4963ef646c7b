package dev.agentpad.check;

import dev.agentpad.dialect.Dialect;
import dev.agentpad.dialect.Effect;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.document.TextRange;
import dev.agentpad.yaml.EditResult;
import dev.agentpad.yaml.FrontMatter;
import dev.agentpad.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the rules see while checking one document, and where they report. */
final class CheckContext {

    final AgentDocument doc;
    final FrontMatter frontMatter;
    final Dialect dialect;
    final Path path;
    /** True for an agent shipped in a plugin, which some tools load differently. */
    final boolean inPlugin;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    CheckContext(AgentDocument doc, FrontMatter frontMatter, Dialect dialect, Path path, boolean inPlugin) {
        this.doc = doc;
        this.frontMatter = frontMatter;
        this.dialect = dialect;
        this.path = path;
        this.inPlugin = inPlugin;
    }

    Diagnostic diagnostic(Severity severity, Code code, String message, TextRange range, String key, Fix fix) {
        return diagnostic(severity, code, message, range, key, fix, Effects.usual(code, severity, dialect));
    }

    Diagnostic diagnostic(Severity severity, Code code, String message, TextRange range, String key, Fix fix, Effect effect) {
        return new Diagnostic(severity, code, message, range, doc.positionOf(range.start()), doc.positionOf(range.end()), key, fix,
                effect, dialect.toolName());
    }

    void report(Severity severity, Code code, String message, TextRange range, String key, Fix fix) {
        diagnostics.add(diagnostic(severity, code, message, range, key, fix));
    }

    /** A problem with its severity and effect both stated. */
    void report(Severity severity, Effect effect, Code code, String message, TextRange range, String key, Fix fix) {
        diagnostics.add(diagnostic(severity, code, message, range, key, fix, effect));
    }

    /** A problem whose severity follows from what the tool does with it. */
    void report(Effect effect, Code code, String message, TextRange range, String key, Fix fix) {
        diagnostics.add(diagnostic(Effects.severity(effect), code, message, range, key, fix, effect));
    }

    void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    String raw(YamlNode node) {
        return node.range().of(doc.text());
    }

    String tool() {
        return dialect.toolName();
    }

    /** A fix from an editor result, or null when the editor made no change or refused. */
    static Fix fix(String title, EditResult result) {
        return result instanceof EditResult.Change change ? new Fix(title, change.edit()) : null;
    }
}
