package dev.agentpad.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts tokens as OpenAI's o200k_base encoding does (tiktoken's byte-pair merges), with the token table of jtokkit's
 * jar held compactly: the 199,998 tokens in one byte array and an open-addressed index, about 5 MB. jtokkit's own
 * encoder holds the table as hash maps of boxed keys and values: 35 MB of the editor's heap, and 0.6 s of loading
 * (1 s of CPU) in the first analysis, on a 2-core machine beside the window's first frame. The counts are the same as
 * jtokkit's {@code countTokensOrdinary} ({@code TokenCounterTest} compares them).
 */
final class TokenCounter {

    /** jtokkit's copy of tiktoken's o200k_base table: one token a line, its bytes in Base64, a space, its rank. */
    private static final String TABLE = "/com/knuddels/jtokkit/o200k_base.tiktoken";
    /** o200k_base's pre-tokenizer (tiktoken's {@code pat_str}), as jtokkit compiles it. */
    private static final Pattern PIECES = Pattern.compile(String.join("|",
            "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
            "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
            "\\p{N}{1,3}",
            " ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*",
            "\\s*[\\r\\n]+",
            "\\s+(?!\\S)",
            "\\s+"), Pattern.UNICODE_CHARACTER_CLASS);
    private static final int NONE = Integer.MAX_VALUE;
    /** Base64 digit to its six bits; -1 for anything else ('=' padding). */
    private static final int[] SEXTET = new int[128];

    static {
        Arrays.fill(SEXTET, -1);
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < digits.length(); i++) {
            SEXTET[digits.charAt(i)] = i;
        }
    }

    static final TokenCounter O200K = load(TABLE);

    /** Every token's bytes, one after another; token {@code i}'s are {@code bytes[start[i] .. start[i + 1])}. */
    private final byte[] bytes;
    private final int[] start;
    private final int[] rank;
    /** Open addressing on a power-of-two table: entry index + 1, or 0 for an empty slot. */
    private final int[] slots;

    private TokenCounter(byte[] bytes, int[] start, int[] rank) {
        this.bytes = bytes;
        this.start = start;
        this.rank = rank;
        this.slots = new int[Integer.highestOneBit(rank.length * 2) * 2];
        for (int i = 0; i < rank.length; i++) {
            int slot = hash(bytes, start[i], start[i + 1]) & (slots.length - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = i + 1;
        }
    }

    private static TokenCounter load(String resource) {
        byte[] table;
        try (InputStream in = TokenCounter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the token table " + resource + " is missing from the application");
            }
            table = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int lines = 0;
        for (byte b : table) {
            lines += b == '\n' ? 1 : 0;
        }
        // read byte by byte: a String and a Base64 decoder per line took 0.3 s of a cold start
        byte[] bytes = new byte[table.length]; // decoded Base64 is shorter than the table
        int[] start = new int[lines + 2];
        int[] rank = new int[lines + 1];
        int count = 0;
        int length = 0;
        int at = 0;
        while (at < table.length) {
            start[count] = length;
            int bits = 0;
            int buffered = 0;
            for (; table[at] != ' '; at++) {
                int sextet = SEXTET[table[at] & 0x7f];
                if (sextet < 0) {
                    continue; // '=' padding
                }
                bits = bits << 6 | sextet;
                buffered += 6;
                if (buffered >= 8) {
                    buffered -= 8;
                    bytes[length++] = (byte) (bits >> buffered);
                }
            }
            int value = 0;
            for (at++; at < table.length && table[at] != '\n'; at++) {
                if (table[at] >= '0' && table[at] <= '9') {
                    value = value * 10 + table[at] - '0';
                }
            }
            rank[count++] = value;
            at++;
        }
        start[count] = length;
        return new TokenCounter(Arrays.copyOf(bytes, length), Arrays.copyOf(start, count + 1), Arrays.copyOf(rank, count));
    }

    /** Tokens of {@code text}, special tokens such as {@code <|endoftext|>} counted as ordinary text. */
    int count(String text) {
        int tokens = 0;
        Matcher piece = PIECES.matcher(text);
        while (piece.find()) {
            byte[] utf8 = piece.group().getBytes(StandardCharsets.UTF_8);
            tokens += rankOf(utf8, 0, utf8.length) != NONE ? 1 : merge(utf8);
        }
        return tokens;
    }

    /**
     * tiktoken's byte-pair merge: starting from single bytes, the adjacent pair whose joined bytes have the lowest rank
     * (the leftmost of equals) is merged until no pair is a token; the parts left are the tokens. A queue of candidate
     * pairs makes it n log n, so a long run without spaces (a minified blob, a line of dashes) costs no more than text.
     */
    private int merge(byte[] piece) {
        int n = piece.length;
        int[] next = new int[n]; // part starting at i ends where the next part starts; -1 marks a part merged away
        int[] previous = new int[n];
        for (int i = 0; i < n; i++) {
            next[i] = i + 1;
            previous[i] = i - 1;
        }
        PriorityQueue<long[]> pairs = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        for (int i = 0; i + 1 < n; i++) {
            offer(pairs, piece, next, i);
        }
        int parts = n;
        while (!pairs.isEmpty()) {
            long[] pair = pairs.poll();
            int left = (int) pair[1];
            int right = (int) pair[2];
            if (next[left] != right || next[right] != (int) pair[3]) {
                continue; // one of its parts has been merged since
            }
            next[left] = next[right];
            next[right] = -1;
            if (next[left] < n) {
                previous[next[left]] = left;
            }
            parts--;
            if (previous[left] >= 0) {
                offer(pairs, piece, next, previous[left]);
            }
            offer(pairs, piece, next, left);
        }
        return parts;
    }

    /** Queues the pair of the part at {@code left} and the part after it, when their bytes together are a token. */
    private void offer(PriorityQueue<long[]> pairs, byte[] piece, int[] next, int left) {
        int right = next[left];
        if (right >= piece.length) {
            return;
        }
        int end = next[right];
        int rank = rankOf(piece, left, end);
        if (rank != NONE) {
            pairs.add(new long[] {rank, left, right, end});
        }
    }

    private int rankOf(byte[] piece, int from, int to) {
        int slot = hash(piece, from, to) & (slots.length - 1);
        for (int entry; (entry = slots[slot]) != 0; slot = (slot + 1) & (slots.length - 1)) {
            int i = entry - 1;
            if (Arrays.equals(bytes, start[i], start[i + 1], piece, from, to)) {
                return rank[i];
            }
        }
        return NONE;
    }

    private static int hash(byte[] in, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ in[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
