package dev.agentpad.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.agentpad.Corpus;
import dev.agentpad.Mutations;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compact counter counts what jtokkit's o200k_base encoder counts, on every kind of text an agent holds, and a
 * prompt counted in pieces (as the status bar counts it) counts as the whole.
 */
class TokenCounterTest {

    private static final Encoding JTOKKIT = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    @Test
    void countsTheSameAsJtokkitOnTextOfEveryKind() {
        List<String> texts = List.of(
                "",
                "You are an expert backend engineer.",
                "---\ndescription: >-\n  Use this agent when you need to develop, debug: or optimize\nmode: all\n---\nBody.\n",
                "<example>\nContext: the user asks {{input}} and $ARGUMENTS.\n</example>\r\n\r\n",
                "Naïve café, Straße, İstanbul, ΑΒΓ αβγ, Привет, 日本語のテキスト, 한국어, עברית, العربية",
                "Emoji 🚀👩‍💻🇩🇪 and combining e\u0301 and a lone surrogate \ud800 here",
                "I'm you're they've we'll he'd IT'S SHE'LL",
                "12345678901234567890 3.14159 1,000,000",
                "    indented code\n\ttabs\t\there\n\n\n   \n",
                "<|endoftext|> <|fim_prefix|> special tokens as plain text",
                "-".repeat(5_000),
                "a".repeat(3_000) + "b".repeat(3_000),
                "xyzq".repeat(2_000), // letters without a break: one piece of 8,000 bytes
                "ab".repeat(700) + " " + "\u00e9".repeat(700));
        for (String text : texts) {
            assertThat(TokenCounter.O200K.count(text)).as("%.60s", text).isEqualTo(JTOKKIT.countTokensOrdinary(text));
        }
    }

    @Test
    void countsTheSameAsJtokkitOnRandomBytesAndCharacters() {
        Random random = new Random(20261201L);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int k = 0; k < length; k++) {
                text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : " \n\t:'-_<>{}aeiouAEIOU0189".charAt(random.nextInt(24)));
            }
            assertThat(TokenCounter.O200K.count(text.toString())).as("%s", text).isEqualTo(JTOKKIT.countTokensOrdinary(text.toString()));
        }
    }

    @Test
    void countsTheSameAsJtokkitOnLongRandomRuns() {
        Random random = new Random(20261202L);
        String[] alphabets = {"abcdefghijklmnopqrstuvwxyz", "-=_*#~.,;!?/", "\u00e9\u00df\u4e2d\u6587\u0416", "aeiou0123456789"};
        for (int i = 0; i < 60; i++) {
            String alphabet = alphabets[i % alphabets.length];
            StringBuilder text = new StringBuilder();
            int length = 500 + random.nextInt(3_000);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(TokenCounter.O200K.count(text.toString())).as("%.60s", text).isEqualTo(JTOKKIT.countTokensOrdinary(text.toString()));
        }
    }

    @Test
    void countsTheSameAsJtokkitOnTheCorpusAndItsMutations() {
        List<String> texts = Corpus.entries().stream().map(Corpus.Entry::read).toList();
        List<String> differing = new ArrayList<>();
        Random random = new Random(7L);
        for (String text : texts) {
            for (String variant : List.of(text, Mutations.mutate(text, random))) {
                int count = TokenCounter.O200K.count(variant);
                if (count != JTOKKIT.countTokensOrdinary(variant) || PromptStats.tokens(variant) != count) {
                    differing.add(variant.substring(0, Math.min(80, variant.length())));
                }
            }
        }
        assertThat(differing).as("of %d corpus files and as many mutations, whole and in pieces", texts.size()).isEmpty();
    }

    @Test
    void aPromptCountedInPiecesCountsAsTheWholeText() {
        List<String> texts = new ArrayList<>(List.of(
                "Line one.\nLine two.\n\n\nAfter three breaks.\n\n  indented\n\tTabbed\n.\n/path\n2 items\n\u00e9t\u00e9\r\nCRLF\n",
                "No breaks at all, just words.",
                "\n\n\n",
                dev.agentpad.bench.Prompts.agent(2_000, 3)));
        for (String text : texts) {
            assertThat(PromptStats.tokens(text)).as("%.60s", text).isEqualTo(TokenCounter.O200K.count(text));
        }
    }

    @Test
    void aPromptWithoutBlankLinesIsCutAtItsLines() {
        String text = "First line of a prompt\nSecond line\n  indented goes with it\n3 more\n";
        List<Integer> cuts = new ArrayList<>();
        for (int at = 0; at < text.length(); at = PromptStats.nextCut(text, at)) {
            cuts.add(PromptStats.nextCut(text, at));
        }
        assertThat(cuts).containsExactly(23, 59, text.length());
    }
}
