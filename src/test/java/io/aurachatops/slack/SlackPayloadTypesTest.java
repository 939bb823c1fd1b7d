package io.aurachatops.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;
import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.Role;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceConfiguration;
import io.aurachatops.aura.InstanceStatus;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.reply.Reply;
import io.aurachatops.schedule.PauseNotice;
import io.aurachatops.schedule.Policy;
import io.aurachatops.settings.RunSettings;
import io.aurachatops.support.FakeAura;
import io.aurachatops.support.FakeTime;
import io.aurachatops.watch.InstanceActions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Writes the new payloads, serialised as the Slack SDK sends them, into a TypeScript file typed with Slack's own
 * {@code @slack/types} ({@code View}, {@code KnownBlock}). {@code .ci/run} compiles it with {@code tsc --strict};
 * a field Slack does not know, or a wrong type or literal, fails CI there. Here it checks the file is written.
 */
class SlackPayloadTypesTest {

    static final Path OUT = Path.of("target", "slack-types", "payloads.ts");
    static final Gson GSON = GsonFactory.createSnakeCase();

    @Test
    void theNewPayloadsAreWrittenForTheTypeCheck() throws Exception {
        List<String> lines = new ArrayList<>(List.of("import type { KnownBlock, View } from '@slack/types';", ""));
        List<InstanceConfiguration> configs = IntStream.range(0, 150).mapToObj(i -> new InstanceConfiguration(
                "professional-db", "gcp", "region-" + i, "Region number " + i + " with a long descriptive name indeed",
                (1 + i % 6) + "GB", "2GB", "5")).toList();
        view(lines, "createLoading", CreateModal.loading(""));
        view(lines, "createEmpty", CreateModal.form("", configs, CreateModal.Choice.NONE));
        view(lines, "createFilled", CreateModal.form("{\"c\":\"C1\"}", configs, new CreateModal.Choice("professional-db",
                "gcp", "region-7", "2GB")));
        view(lines, "createProblem", CreateModal.problem("Aura said no <&>"));
        view(lines, "createWithLongRegionNames", CreateModal.form("", List.of(new InstanceConfiguration("professional-db",
                "aws", "us-west-2", "US West, Oregon (us-west-2)", "2GB", "4GB", "5")), CreateModal.Choice.NONE));
        blocks(lines, "home", SlackMessages.homeBlocks(Reply.of("Aura ChatOps", List.of("*Your instances*\n• a",
                "*Your leases*\nNone")).withButtons(List.of(io.aurachatops.reply.Button.openCreateForm()))
                .withMenu(new io.aurachatops.reply.Menu(InstanceActions.MENU, "⚡ Act on one of yours…", List.of(
                        new io.aurachatops.reply.Menu.Option("⏸️ Pause a", "a1.pause.x.C1.1.ab"))))
                .withFootnote("Type /aura help")));
        ConfirmationTokens tokens = new ConfirmationTokens(() -> "secret");
        Reply card = new InstanceActions(tokens, new FakeAura(), new FakeTime(), 16).on(Reply.of("✅ *orders* is running"),
                new Instance("a1b2c3d4", "orders", "t", InstanceStatus.of("running"), "professional-db", "gcp",
                        "europe-west1", "4GB", "8GB", null, null), "C1", Role.ADMIN);
        blocks(lines, "cardWithActions", SlackMessages.blocks(card));
        Policy policy = Policy.from(new RunSettings(Map.of(RunSettings.AUTOPAUSE_MATCH, "*", RunSettings.AUTOPAUSE_CRON,
                "0 0 20 ? * *", RunSettings.AUTOPAUSE_CHANNEL, "C1"))).orElseThrow();
        List<InstanceSummary> many = IntStream.range(0, 120).mapToObj(i -> new InstanceSummary(String.format("%08x", i),
                "dev-" + i, "t", "gcp", "2026-01-01T00:00:00Z")).toList();
        blocks(lines, "pauseNoticeMenu", SlackMessages.blocks(PauseNotice.notice(policy,
                Instant.parse("2026-03-02T19:00:00Z"), many, tokens)));
        blocks(lines, "pauseNoticeButtons", SlackMessages.blocks(PauseNotice.notice(policy,
                Instant.parse("2026-03-02T19:00:00Z"), many.subList(0, 3), tokens)));
        Files.createDirectories(OUT.getParent());
        Files.write(OUT, lines);
        String written = Files.readString(OUT);
        assertTrue(written.contains("export const createFilled: View = {") && written.contains("\"type\":\"modal\"")
                && written.contains("static_select"), written.substring(0, Math.min(400, written.length())));
    }

    private static void view(List<String> lines, String name, Object view) {
        lines.add("export const " + name + ": View = " + GSON.toJson(view) + ";");
    }

    private static void blocks(List<String> lines, String name, Object blocks) {
        lines.add("export const " + name + ": KnownBlock[] = " + GSON.toJson(blocks) + ";");
    }
}
