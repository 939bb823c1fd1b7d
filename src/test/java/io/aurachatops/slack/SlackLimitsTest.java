package io.aurachatops.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.jobs.BatchItem;
import io.aurachatops.listing.InstanceListing;
import io.aurachatops.reply.Reply;
import io.aurachatops.schedule.CostSavingSummary;
import io.aurachatops.schedule.Policy;
import io.aurachatops.settings.RunSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The largest messages the bot builds, at 500 instances whose 30-character names are all {@code &<>}, against
 * Slack's documented limits (and the undocumented total a message's blocks may hold).
 */
class SlackLimitsTest {

    static final String WORST_NAME = "&<>".repeat(10);
    static final int INSTANCES = 500;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void aListOf500InstancesFitsOneMessage() throws Exception {
        List<InstanceSummary> all = IntStream.range(0, INSTANCES).mapToObj(i -> new InstanceSummary(
                String.format("%08x", i), WORST_NAME, "tenant", "gcp", "2026-01-01T00:00:00Z")).toList();
        Reply list = InstanceListing.render(INSTANCES + " instances:", InstanceListing.lines(all), Map.of());
        assertWithinLimits(SlackMessages.ephemeral(list));
    }

    @Test
    void aNightlySummaryOf500InstancesIsSplitIntoMessagesThatEachFit() throws Exception {
        Policy policy = Policy.from(new RunSettings(Map.of(RunSettings.AUTOPAUSE_MATCH, "*", RunSettings.AUTOPAUSE_CRON,
                "0 0 20 ? * *", RunSettings.AUTORESUME_CRON, "0 0 7 ? * *"))).orElseThrow();
        List<BatchItem> items = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            String outcome = i % 3 == 0 ? "done" : i % 3 == 1 ? "skipped" : "failed";
            items.add(new BatchItem(String.format("%08x", i), WORST_NAME, "professional-db", "64GB", outcome,
                    outcome.equals("done") ? null : "Aura had a problem (HTTP 503) (Aura request id `" + "r".repeat(36)
                            + "`). Try again in a minute."));
        }
        Reply summary = CostSavingSummary.render("pause", items, policy, Instant.parse("2026-03-02T19:00:00Z"));
        List<Reply> parts = SlackMessages.split(summary);
        assertTrue(parts.size() > 1, "500 lines do not fit one message");
        int lines = 0;
        for (Reply part : parts) {
            JsonNode message = assertWithinLimits(SlackMessages.message(part).toString());
            lines += message.toString().split("• ").length - 1;
        }
        assertTrue(lines >= INSTANCES, "every instance is in some part: " + lines);
    }

    @Test
    void theDeleteConfirmationOfTheWorstNameFits() throws Exception {
        Reply card = Reply.of("🗑️ Delete *" + io.aurachatops.reply.Markdown.escape(WORST_NAME) + "*?")
                .withButtons(ConfirmationTokens.buttons("v1." + "a".repeat(40) + ".U1.C1.1999999999." + "f".repeat(64),
                        WORST_NAME, "abcd1234", "Cancel"));
        assertWithinLimits(SlackMessages.ephemeral(card));
    }

    @Test
    void aPauseNoticeOf500InstancesOffersOneMenuWithinSlacksLimits() throws Exception {
        Policy policy = Policy.from(new RunSettings(Map.of(RunSettings.AUTOPAUSE_MATCH, "*", RunSettings.AUTOPAUSE_CRON,
                "0 0 20 ? * *", RunSettings.AUTOPAUSE_CHANNEL, "CNIGHT"))).orElseThrow();
        List<InstanceSummary> all = IntStream.range(0, INSTANCES).mapToObj(i -> new InstanceSummary(
                String.format("%08x", i), WORST_NAME, "tenant", "gcp", "2026-01-01T00:00:00Z")).toList();
        Reply notice = io.aurachatops.schedule.PauseNotice.notice(policy, Instant.parse("2026-03-02T19:00:00Z"), all,
                new io.aurachatops.access.ConfirmationTokens(() -> "secret"));
        JsonNode message = assertWithinLimits(SlackMessages.message(notice).toString());
        JsonNode menu = message.path("blocks").findParents("options").get(0);
        assertEquals("static_select", menu.path("type").asText());
        assertEquals(100, menu.path("options").size(), "Slack shows at most 100 options");
        assertTrue(message.toString().contains("the menu shows the first 100"), "the rest are named as such");
    }

    private JsonNode assertWithinLimits(String payload) throws Exception {
        JsonNode message = json.readTree(payload);
        JsonNode blocks = message.path("blocks");
        assertTrue(blocks.size() <= SlackMessages.MAX_BLOCKS, "blocks: " + blocks.size());
        assertTrue(message.path("text").asText().length() <= SlackMessages.MAX_FALLBACK_CHARS);
        int total = 0;
        for (JsonNode block : blocks) {
            for (JsonNode text : block.findValues("text")) {
                if (text.isTextual()) {
                    total += text.asText().length();
                }
            }
            if (block.path("type").asText().equals("section")) {
                assertTrue(block.path("text").path("text").asText().length() <= 3000, "a section over 3,000");
            }
            for (JsonNode element : block.path("elements")) {
                if (element.path("type").asText().equals("static_select")) {
                    assertTrue(element.path("options").size() <= 100, "options: " + element.path("options").size());
                    for (JsonNode option : element.path("options")) {
                        assertTrue(option.path("text").path("text").asText().length() <= 75, "an option's text");
                        assertTrue(option.path("value").asText().length() <= 150, "an option's value");
                    }
                }
                if (element.path("type").asText().equals("button")) {
                    assertTrue(element.path("text").path("text").asText().length() <= 75);
                    assertTrue(element.path("value").asText().length() <= 2000);
                    assertTrue(element.path("action_id").asText().length() <= 255);
                    JsonNode confirm = element.path("confirm");
                    if (!confirm.isMissingNode()) {
                        assertTrue(confirm.path("title").path("text").asText().length() <= 100, "confirm title");
                        assertTrue(confirm.path("text").path("text").asText().length() <= 300,
                                "confirm text: " + confirm.path("text").path("text").asText().length());
                        assertTrue(confirm.path("confirm").path("text").asText().length() <= 30);
                        assertTrue(confirm.path("deny").path("text").asText().length() <= 30);
                    }
                }
            }
        }
        assertTrue(total <= SlackMessages.MAX_MESSAGE_CHARS, "a message of " + total + " characters");
        String withoutDates = payload.replaceAll("(<|\\\\u003c)!date\\^", "");
        assertFalse(withoutDates.contains("<!") || withoutDates.contains("\\u003c!"), "a name reached Slack unescaped");
        // Markdown must carry names escaped; plain text (labels, options) is shown as it is, and Slack parses nothing.
        for (JsonNode text : message.findParents("type")) {
            if (text.path("type").asText().equals("mrkdwn")) {
                assertFalse(text.path("text").asText().contains("&<>"), "a name reached Slack's markdown unescaped");
            }
        }
        assertFalse(message.path("text").asText().contains("&<>"), "a name reached the notification text unescaped");
        return message;
    }
}
