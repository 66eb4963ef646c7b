package dev.agentpad.analysis;

import dev.agentpad.check.CheckResult;
import dev.agentpad.form.FormModel;
import dev.agentpad.render.PromptStats;
import dev.agentpad.render.StyleRun;
import java.util.List;

/** Everything the window shows for one snapshot: problems, highlighting, the form, the preview page and prompt statistics. */
public record Analysis(long version, String text, CheckResult check, List<StyleRun> styles, FormModel form,
                       String previewHtml, PromptStats stats) {
}
