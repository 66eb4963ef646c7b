package dev.agentpad.analysis;

import dev.agentpad.dialect.Dialect;
import java.nio.file.Path;

/** The editor's text at one moment, with what analysis needs to know about it. */
public record Snapshot(long version, String text, Path path, Dialect forcedDialect) {
}
