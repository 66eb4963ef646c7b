package dev.agentpad.check;

import dev.agentpad.dialect.Effect;
import dev.agentpad.document.LineIndex;
import dev.agentpad.document.TextRange;
import java.util.Map;

/** The file's own name: one the tool skips (Gemini CLI's {@code _draft.md}), or a legacy one it wants moved ({@code .chatmode.md}). */
final class FileRules {

    private FileRules() {
    }

    static void check(CheckContext ctx) {
        if (ctx.path == null || ctx.path.getFileName() == null) {
            return;
        }
        String name = ctx.path.getFileName().toString();
        TextRange firstLine = new TextRange(0, LineIndex.lineEnd(ctx.doc.text(), 0));
        String skipped = ctx.dialect.places().skippedFileNames();
        if (skipped != null && name.matches(skipped)) {
            ctx.report(Severity.INFO, Effect.NOT_LOADED, Code.FILE_LOCATION, ctx.tool() + " skips files named like '" + name
                    + "' (a way to turn an agent off); rename it to load it", firstLine, null, null);
        }
        for (Map.Entry<String, String> legacy : ctx.dialect.places().legacyFileNames().entrySet()) {
            if (name.endsWith(legacy.getKey())) {
                ctx.report(Severity.WARNING, Effect.WORKS, Code.FILE_LOCATION, "'" + name + "': " + legacy.getValue(), firstLine, null, null);
            }
        }
    }
}
