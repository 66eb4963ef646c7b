package dev.agentpad.cli;

/** Arguments a command cannot run with; the message says what is wrong. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message, null, false, false);
    }
}
