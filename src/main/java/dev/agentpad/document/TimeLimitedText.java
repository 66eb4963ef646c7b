package dev.agentpad.document;

/**
 * A text that stops whoever reads it once a deadline has passed or the reading thread is interrupted: a regular
 * expression that backtracks for minutes over it throws {@link TooSlow} instead. Checking the clock on every read
 * would cost more than the search, so it is checked every few thousand reads.
 */
final class TimeLimitedText implements CharSequence {

    /** Thrown by a read after the deadline. */
    static final class TooSlow extends RuntimeException {
        TooSlow() {
            super(null, null, false, false);
        }
    }

    private static final int READS_BETWEEN_CHECKS = 1 << 12;

    private final CharSequence text;
    private final long deadline;
    private int reads;

    TimeLimitedText(CharSequence text, long deadlineNanos) {
        this.text = text;
        this.deadline = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        if (++reads == READS_BETWEEN_CHECKS) {
            reads = 0;
            if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
                throw new TooSlow();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
