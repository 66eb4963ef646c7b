package dev.agentpad.document;

/** Whether a document starts with a front-matter block, and whether that block is closed. */
public enum FrontMatterState {
    /** Line 1 is not a {@code ---} fence: the whole file is the body. */
    NONE,
    /** An opening and a closing {@code ---} fence. */
    CLOSED,
    /** An opening fence with no closing one: tools treat the file as having no usable front matter. */
    UNTERMINATED
}
