package io.aurachatops.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackMessagesTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void rendersSummarySectionsAndFootnoteWithAFallbackText() throws Exception {
        JsonNode message = json.readTree(SlackMessages.ephemeral(Reply.of("Hello", List.of("*a*", "b")).withFootnote("note")));
        assertEquals("ephemeral", message.path("response_type").asText());
        assertEquals("Hello", message.path("text").asText());
        assertEquals(4, message.path("blocks").size());
        assertEquals("section", message.path("blocks").get(1).path("type").asText());
        assertEquals("mrkdwn", message.path("blocks").get(1).path("text").path("type").asText());
        assertEquals("context", message.path("blocks").get(3).path("type").asText());
    }

    @Test
    void staysWithinSlacksLimits() throws Exception {
        List<String> sections = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            sections.add(("line " + i + " ").repeat(500));
        }
        JsonNode message = json.readTree(SlackMessages.ephemeral(Reply.of("x".repeat(5000), sections).withFootnote("f")));
        assertTrue(message.path("blocks").size() <= SlackMessages.MAX_BLOCKS);
        assertTrue(message.path("text").asText().length() <= SlackMessages.MAX_FALLBACK_CHARS);
        for (JsonNode block : message.path("blocks")) {
            if (block.path("type").asText().equals("section")) {
                assertTrue(block.path("text").path("text").asText().length() <= SlackMessages.MAX_SECTION_CHARS);
            }
        }
        String last = message.path("blocks").get(message.path("blocks").size() - 2).toString();
        assertTrue(last.contains("more part(s) not shown"), last);
    }
}
