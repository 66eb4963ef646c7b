package dev.agentpad.analysis;

import dev.agentpad.check.CheckResult;
import dev.agentpad.form.FormModel;
import dev.agentpad.render.Preview;
import dev.agentpad.render.PromptStats;

/**
 * Everything the window shows for one snapshot that needs the parsed file: problems, the form, the preview page and
 * prompt statistics. (Syntax highlighting does not wait for it: the editor lexes as the user types.)
 */
public record Analysis(long version, String text, CheckResult check, FormModel form, Preview preview, PromptStats stats) {
}
