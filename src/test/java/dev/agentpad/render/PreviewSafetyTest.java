package dev.agentpad.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpad.check.Checker;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile Markdown in a prompt (or a description, shown on the card) renders as inert text: no element that runs
 * code, loads anything or navigates, in the body of the page. The page's Content-Security-Policy forbids scripts and
 * fetches besides; this suite checks the HTML itself does not depend on that.
 */
class PreviewSafetyTest {

    private static final Pattern ACTIVE_TAG = Pattern.compile("<\\s*(script|iframe|object|embed|svg|math|style|link|meta|base|form|img|video|audio|frame)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("<[^>]*\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern BAD_URL = Pattern.compile("(href|src|action|xlink:href)\\s*=\\s*\"\\s*(javascript|data|vbscript|file):",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("style\\s*=\\s*\"[^\"]*url\\(", Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)><circle r=1/></svg>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[click](vbscript:msgbox)",
            "![x](https://evil.example/track.png)",
            "![x](data:image/svg+xml,<svg onload=alert(1)>)",
            "<div style=\"background:url(https://evil.example/x)\">x</div>",
            "<style>body{background:url(https://evil.example)}</style>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&#60;img src=x onerror=alert(1)&#62;",
            "[x](&#106;avascript:alert(1))",
            "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<form action=\"https://evil.example\"><button>go</button></form>",
            "<base href=\"https://evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "```\n</code></pre><script>alert(1)</script>\n```",
            "<https://example.org/\" onmouseover=\"alert(1)>",
    })
    void aHostilePromptRendersAsInertText(String payload) {
        String agent = "---\nname: x\ndescription: \"" + payload.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"\n---\n" + payload + "\n";
        String page = PreviewPage.render(Checker.standard().check(agent, Path.of("r/.claude/agents/x.md"), null), "x", true);
        String body = page.substring(page.indexOf("<body"));
        assertThat(ACTIVE_TAG.matcher(body).find()).as("an active element in %s", body).isFalse();
        assertThat(EVENT_ATTRIBUTE.matcher(body).find()).as("an event attribute in %s", body).isFalse();
        assertThat(BAD_URL.matcher(body).find()).as("a dangerous URL in %s", body).isFalse();
        assertThat(CSS_URL.matcher(body).find()).as("a CSS url() in %s", body).isFalse();
        assertThat(page).contains("default-src 'none'");
    }
}
