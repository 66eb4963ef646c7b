package dev.agentpad.check;

import dev.agentpad.document.TextEdit;

/** A repair for a diagnostic: a short title for a button or menu, and the text edit it makes. */
public record Fix(String title, TextEdit edit) {
}
