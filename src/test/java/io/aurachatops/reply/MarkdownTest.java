package io.aurachatops.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    @ParameterizedTest
    @ValueSource(strings = {"<!channel>", "<!here|here>", "<http://evil.example|click me>", "<@U123>", "<#C1>",
            "*bold*", "_italic_", "~struck~", "`code`"})
    void nothingTypedStaysLiveMarkup(String typed) {
        String escaped = Markdown.escape(typed);
        for (String live : new String[] {"<", ">", "*", "~", "`", "_i"}) {
            assertFalse(escaped.contains(live), () -> typed + " became " + escaped);
        }
    }

    @Test
    void anEntityTypedShowsAsTyped() {
        assertEquals("&amp;lt;!channel&amp;gt;", Markdown.escape("&lt;!channel&gt;"));
    }

    @Test
    void anUnderscoreInsideAWordStaysAsTyped() {
        assertEquals("orders_graph", Markdown.escape("orders_graph"));
    }

    @Test
    void aShownNameTurnsBackIntoTheTypedOne() {
        for (String name : new String[] {"*db*", "_x_", "a~b", "q`1", "orders_graph"}) {
            assertEquals(name, Markdown.plain(Markdown.escape(name)));
        }
    }
}
