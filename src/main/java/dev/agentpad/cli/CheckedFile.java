package dev.agentpad.cli;

import dev.agentpad.check.CheckResult;

/** One checked file as the reports print it: the path as the user named it, and the result. */
record CheckedFile(String displayPath, CheckResult result) {
}
