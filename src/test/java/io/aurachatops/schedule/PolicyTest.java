package io.aurachatops.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.jobs.BatchItem;
import io.aurachatops.reply.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyTest {

    static AutopauseSettings autopause(List<String> match, String cron, String zone) {
        return new AutopauseSettings() {
            public Optional<List<String>> match() {
                return Optional.ofNullable(match);
            }

            public Optional<List<String>> exclude() {
                return Optional.empty();
            }

            public Optional<String> cron() {
                return Optional.ofNullable(cron);
            }

            public String timezone() {
                return zone;
            }

            public Optional<String> channel() {
                return Optional.of("CNIGHT");
            }
        };
    }

    static Optional<Policy> policy(List<String> match, String cron, String zone, String resume, String prices) {
        return Policy.from(autopause(match, cron, zone), () -> Optional.ofNullable(resume), () -> Optional.ofNullable(prices));
    }

    @Test
    void noVariablesMeansNoPolicy() {
        AutopauseSettings none = new AutopauseSettings() {
            public Optional<List<String>> match() {
                return Optional.empty();
            }

            public Optional<List<String>> exclude() {
                return Optional.empty();
            }

            public Optional<String> cron() {
                return Optional.empty();
            }

            public String timezone() {
                return "UTC";
            }

            public Optional<String> channel() {
                return Optional.empty();
            }
        };
        assertEquals(Optional.empty(), Policy.from(none, Optional::empty, Optional::empty));
    }

    @Test
    void aHalfPolicyIsNeverIgnored() {
        assertMessage(() -> policy(null, "0 0 20 ? * *", "UTC", null, null), "AURA_AUTOPAUSE_MATCH is empty");
        assertMessage(() -> policy(List.of("dev-*"), null, "UTC", null, null), "AURA_AUTOPAUSE_CRON is not");
        assertMessage(() -> policy(List.of("dev-*"), "0 0 20 ? * *", "Mars/Olympus", null, null),
                "AURA_AUTOPAUSE_TIMEZONE `Mars/Olympus` is not a time zone");
        assertMessage(() -> policy(List.of("dev-*"), "0 0 20 ? * *", "UTC", "7am", null), "AURA_AUTORESUME_CRON is not");
        assertMessage(() -> policy(List.of("dev-*"), "0 0 20 ? * *", "UTC", null, "professional-db:0.09"),
                "AURA_PRICE_PER_GB_HOUR takes `type=price` pairs");
    }

    @Test
    void theSummaryEstimatesTheSavingWithItsAssumptions() {
        Policy policy = policy(List.of("dev-*"), "0 0 20 ? * MON-FRI", "UTC", "0 0 7 ? * MON-FRI",
                "professional-db=0.10,paused-factor=0.2").orElseThrow();
        Instant slot = Instant.parse("2026-01-05T20:00:00Z");
        Reply summary = CostSavingSummary.render("pause", List.of(
                new BatchItem("aaaaaaaa", "dev-a", "professional-db", "8GB", "done", null),
                new BatchItem("bbbbbbbb", "dev-b", "professional-db", "4GB", "skipped", "already paused"),
                new BatchItem("cccccccc", "dev-c", "professional-db", "4GB", "failed", "Aura had a problem")), policy, slot);
        assertEquals("🌙 Cost-saving pause: 1 paused, 1 skipped, 1 failed", summary.summary());
        String text = String.join("\n", summary.sections());
        // 8 GB x $0.10 x (1 - 0.2) = $0.64 an hour, 11 h until 07:00, 22 weekday pauses in 30 days.
        assertTrue(text.contains("about $7.04 for this pause (11.0 h until the resume), about $154.88 per month on the "
                + "policy's schedule (22 pauses of 11.0 h)"), text);
        // A manual run in the morning: its own night is longer, the month is still the policy's.
        Reply manual = CostSavingSummary.render("pause", List.of(new BatchItem("aaaaaaaa", "dev-a", "professional-db",
                "8GB", "done", null)), policy, Instant.parse("2026-01-06T08:20:00Z"));
        String manualText = String.join("\n", manual.sections());
        assertTrue(manualText.contains("(22.7 h until the resume), about $154.88 per month"), manualText);
        assertTrue(text.contains("*dev-b* `bbbbbbbb` (4GB): already paused"), text);
        assertTrue(summary.footnote().contains("paused instances assumed to cost 20 %"), summary.footnote());
    }

    private static void assertMessage(Runnable call, String expected) {
        PolicyException e = assertThrows(PolicyException.class, call::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
