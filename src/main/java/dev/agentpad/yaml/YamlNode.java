package dev.agentpad.yaml;

import dev.agentpad.document.TextRange;

/** A node of the front matter with its exact place in the document's text. */
public sealed interface YamlNode permits YamlScalar, YamlSequence, YamlMapping, YamlAlias {

    /** Range in the whole document's text (UTF-16 offsets), trimmed of trailing blank lines. */
    TextRange range();

    /** A short word for messages: "text", "list", "map", "alias". */
    String kindName();
}
