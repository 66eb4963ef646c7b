package dev.agentpad.check;

import dev.agentpad.dialect.Access;
import dev.agentpad.dialect.AccessReader;
import dev.agentpad.dialect.AccessWriter;
import dev.agentpad.dialect.DialectConversion;
import dev.agentpad.dialect.Equivalents;
import dev.agentpad.dialect.Role;
import dev.agentpad.document.AgentDocument;
import dev.agentpad.yaml.EditResult;
import dev.agentpad.yaml.FrontMatter;
import dev.agentpad.yaml.FrontMatterEditor;
import dev.agentpad.yaml.FrontMatterReader;
import dev.agentpad.yaml.NewValue;
import dev.agentpad.yaml.YamlEntry;
import dev.agentpad.yaml.YamlMapping;
import java.util.Optional;

/**
 * The fix for opencode's deprecated {@code tools}: the same tools written as {@code permission} rules (merged with
 * the rules already there), offered only when the agent may then do exactly what it could before, no more and no less.
 */
final class ToolSwitchesFix {

    private static final Equivalents EQUIVALENTS = Equivalents.standard();

    private ToolSwitchesFix() {
    }

    static Optional<Fix> of(CheckContext ctx, YamlMapping mapping, YamlEntry tools) {
        Optional<String> permissionKey = ctx.dialect.field(Role.PERMISSIONS).map(f -> f.key());
        if (permissionKey.isEmpty()) {
            return Optional.empty();
        }
        Access before = AccessReader.read(ctx.dialect, mapping, EQUIVALENTS);
        AccessWriter written = AccessWriter.write(before, ctx.dialect, EQUIVALENTS);
        String text = ctx.doc.text();
        String after = apply(text, FrontMatterEditor.remove(ctx.doc, tools.name()));
        Optional<NewValue> rules = Optional.ofNullable(written.values().get(permissionKey.get()));
        after = rules.isPresent() ? apply(after, FrontMatterEditor.set(AgentDocument.parse(after), permissionKey.get(), rules.get()))
                : apply(after, FrontMatterEditor.remove(AgentDocument.parse(after), permissionKey.get()));
        FrontMatter read = FrontMatterReader.read(AgentDocument.parse(after));
        if (!read.isValid() || !written.leftOut().isEmpty()) {
            return Optional.empty();
        }
        Access now = AccessReader.read(ctx.dialect, read.mapping().orElseThrow(), EQUIVALENTS);
        boolean same = now.widerThan(before, EQUIVALENTS.capabilities()).isEmpty() && before.widerThan(now, EQUIVALENTS.capabilities()).isEmpty();
        return same ? DialectConversion.minimalEdit(text, after)
                .map(edit -> new Fix("Move 'tools' into '" + permissionKey.get() + "' (the same tools, allowed and denied)", edit, true))
                : Optional.empty();
    }

    private static String apply(String text, EditResult result) {
        return result instanceof EditResult.Change ? result.applyTo(text) : text;
    }

}
