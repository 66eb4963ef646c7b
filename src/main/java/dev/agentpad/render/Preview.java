package dev.agentpad.render;

import java.util.List;

/**
 * A preview page in the parts that change independently: the page's head (styles and policy), the agent card, and
 * the rendered prompt as one HTML fragment per top-level Markdown block. The editor's preview patches only the parts
 * that differ from what it shows; {@link #html()} is the whole page, as {@code agentpad render} writes it.
 */
public record Preview(String head, String card, String problems, List<String> blocks) {

    public Preview {
        blocks = List.copyOf(blocks);
    }

    public String html() {
        int size = head.length() + card.length() + problems.length() + 64;
        for (String block : blocks) {
            size += block.length();
        }
        StringBuilder page = new StringBuilder(size).append(head).append(card).append(problems).append(ARTICLE_OPEN);
        blocks.forEach(page::append);
        return page.append(ARTICLE_CLOSE).toString();
    }

    static final String ARTICLE_OPEN = "<article class=\"prompt\">\n";
    static final String ARTICLE_CLOSE = "</article>\n</body></html>\n";
}
