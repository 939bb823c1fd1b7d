package io.aurachatops.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"`/aura get <id|name>`\"|\"`/aura get &lt;id|name&gt;`\"",
            "\"ask <@U123> in <#C456>\"|\"ask <@U123> in <#C456>\"",
            "\"see <https://example.com|docs> & more\"|\"see <https://example.com|docs> &amp; more\"",
            "\"a &lt; b and c > d\"|\"a &lt; b and c &gt; d\"",
            "\"<!here> <script>\"|\"<!here> &lt;script&gt;\""})
    void keepsMentionsAndEscapesEverythingElse(String raw, String escaped) {
        assertEquals(escaped, SlackText.escape(raw));
    }

    @Test
    void keepsADateThatSlackShowsInTheReadersTimeZoneButNothingLikeIt() {
        assertEquals("at <!date^1796321611^{time}|18:13 UTC>", SlackText.escape("at <!date^1796321611^{time}|18:13 UTC>"));
        assertEquals("&lt;!date^1^{time}|&lt;a&gt;&gt;", SlackText.escape("<!date^1^{time}|<a>>"));
        assertEquals("<!date^1796321611^{date_short_pretty} at {time}|2026-12-03 18:13 UTC>",
                SlackText.escape("<!date^1796321611^{date_short_pretty} at {time}|2026-12-03 18:13 UTC>"));
    }
}
