package io.aurachatops.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.aurachatops.sandbox.EmulatorServer;
import io.aurachatops.support.Awaits;
import io.aurachatops.support.EmulatorCalls;
import io.aurachatops.support.InjectEmulator;
import io.aurachatops.support.InjectWireMock;
import io.aurachatops.support.SlackRequests;
import io.aurachatops.support.SlackStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cost-saving night against the emulator, with a fixed slot; and /aura schedule. */
@QuarkusTest
@WithTestResource(CostSavingResource.class)
class CostSavingFlowTest {

    static final Instant SLOT = Instant.parse("2026-03-30T18:00:00Z");

    @InjectWireMock
    WireMockServer wireMock;

    @InjectEmulator
    EmulatorServer emulator;

    @Inject
    CostSavingRun runs;

    @Inject
    ScheduledTick tick;

    @TestHTTPResource("/slack/commands")
    URL commands;

    @BeforeEach
    void stubs() {
        wireMock.resetAll();
        SlackStubs.happy(wireMock);
    }

    @Test
    void aNightPausesWhatItShouldSkipsTheRestAndASecondRunChangesNothing() throws Exception {
        String run = running("night-run");
        String paused = running("night-paused");
        emulator.emulator().handle("POST", "/v1/instances/" + paused + "/pause", Map.of(), auth(), null);
        String protectedOne = running("night-prot-db");
        String kept = running("night-keep");
        awaitStatus(paused, "paused");
        String busy = EmulatorCalls.create(emulator.emulator(), "night-busy").path("id").asText();

        wireMock.resetRequests();
        runs.run("pause", SLOT, false);
        String summary = Awaits.request(wireMock, "/api/chat.postMessage",
                b -> b.contains("channel=CNIGHT") && b.contains("Cost-saving pause"), Duration.ofSeconds(20));
        // Other tests share the emulator, so only this night's instances are checked.
        assertTrue(summary.contains("*Paused*") && summary.contains("*night-run* `" + run + "` (2GB)"), summary);
        assertTrue(summary.contains(", 0 failed"), summary);
        assertTrue(summary.contains("*night-paused* `" + paused + "` (2GB): already paused"), summary);
        assertTrue(summary.contains("*night-busy* `" + busy + "`") && summary.contains("busy: `creating`"), summary);
        assertTrue(summary.contains("*night-prot-db* `" + protectedOne + "` (2GB): protected")
                || summary.contains("*night-prot-db* `" + protectedOne + "`: protected"), summary);
        assertTrue(summary.contains("`" + kept + "`") && summary.contains(": excluded"), summary);
        assertTrue(summary.contains("*playground* `3d9e01f4` (1GB): free-db"), summary);
        // 20:00 to 07:00 in Berlin, summer time: 11 hours.
        assertTrue(summary.contains("about $") && summary.contains("11.0 h until the resume"), summary);
        assertTrue(summary.contains("paused instances assumed to cost 20 %"), summary);
        assertEquals(Optional.of("paused"), emulator.emulator().statusOf(run));
        assertEquals(Optional.of("running"), emulator.emulator().statusOf(protectedOne));
        assertEquals(Optional.of("running"), emulator.emulator().statusOf(kept));
        assertEquals(0, emulator.emulator().requestCount("POST", "/v1/instances/3d9e01f4/pause"));

        List<String> audit = wireMock.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                .withRequestBody(containing("CAUDIT"))).stream()
                .map(r -> java.net.URLDecoder.decode(r.getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8)).toList();
        assertEquals(1, audit.size(), "one audit line per run, not one per instance: " + audit);
        assertTrue(audit.get(0).contains("by the cost-saving schedule") && !audit.get(0).contains("<@scheduler>"),
                audit.get(0));

        wireMock.resetRequests();
        String again = runs.run("pause", SLOT, false).summary();
        assertTrue(again.contains("has already started"), again);
        Thread.sleep(1500);
        assertEquals(0, wireMock.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                .withRequestBody(containing("CNIGHT"))).size(), "one run and one summary per slot");

        runs.run("pause", SLOT.plus(Duration.ofDays(1)), false);
        String nextNight = Awaits.request(wireMock, "/api/chat.postMessage",
                b -> b.contains("channel=CNIGHT") && b.contains("Cost-saving pause"), Duration.ofSeconds(20));
        // night-busy may have finished creating meanwhile and be paused now; night-run must only be skipped.
        assertTrue(nextNight.contains("`" + run + "` (2GB): already paused"), nextNight);
        assertEquals(1, emulator.emulator().requestCount("POST", "/v1/instances/" + run + "/pause"), "paused once");
    }

    @Test
    void twoManualRunsAtOnceAreOneRunWithOneSummary() throws Exception {
        String id = running("night-manual");
        wireMock.resetRequests();
        String first = "/hooks/" + UUID.randomUUID();
        String second = "/hooks/" + UUID.randomUUID();
        Thread other = new Thread(() -> {
            try {
                send("schedule run", "UADMIN1", second);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        send("schedule run", "UADMIN1", first);
        other.join();
        String one = Awaits.request(wireMock, first, b -> true, Duration.ofSeconds(20));
        String two = Awaits.request(wireMock, second, b -> true, Duration.ofSeconds(20));
        assertTrue(one.contains("has already started") ^ two.contains("has already started"), one + "\n" + two);

        Awaits.request(wireMock, "/api/chat.postMessage", b -> b.contains("channel=CNIGHT") && b.contains("night-manual"),
                Duration.ofSeconds(20));
        Thread.sleep(1500);
        assertEquals(1, wireMock.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                .withRequestBody(containing("CNIGHT"))).size(), "one summary");
        assertEquals(1, emulator.emulator().requestCount("POST", "/v1/instances/" + id + "/pause"), "one pause call");
    }

    @Test
    void anInstanceKeptAwakeIsSkippedByTheNightsPauseWithTheReason() throws Exception {
        String id = running("night-awake");
        String granted = reply("keep-awake night-awake", "UOPER1");
        assertTrue(granted.contains("stays awake tonight"), granted);
        assertTrue(reply("keep-awake night-awake", "UOPER1").contains("already kept awake"));
        assertTrue(reply("keep-awake night-keep", "UOPER1").contains("not paused by the cost-saving policy"));

        runs.run("pause", SLOT.minus(Duration.ofDays(3)), false);
        String summary = Awaits.request(wireMock, "/api/chat.postMessage",
                b -> b.contains("channel=CNIGHT") && b.contains("night-awake"), Duration.ofSeconds(20));
        assertTrue(summary.contains("`" + id + "`: kept awake by") && summary.contains("UOPER1"), summary);
        assertEquals(0, emulator.emulator().requestCount("POST", "/v1/instances/" + id + "/pause"));
    }

    @Test
    void aShortOutageIsSurvivedAndALongOneIsReported() throws Exception {
        String id = running("night-flaky");
        emulator.emulator().failNext("GET", "/v1/instances/" + id, 503);
        runs.run("pause", SLOT.minus(Duration.ofDays(7)), false);
        String summary = Awaits.request(wireMock, "/api/chat.postMessage",
                b -> b.contains("channel=CNIGHT") && b.contains("night-flaky"), Duration.ofSeconds(20));
        assertTrue(summary.contains("*Paused*") && summary.contains("night-flaky"), summary);

        emulator.emulator().failNext(20, 503);
        runs.run("resume", SLOT.minus(Duration.ofDays(7)), false);
        String failure = Awaits.request(wireMock, "/api/chat.postMessage",
                b -> b.contains("channel=CNIGHT") && b.contains("could not start"), Duration.ofSeconds(20));
        assertTrue(failure.contains("Aura had a problem (HTTP 503)"), failure);
        emulator.emulator().failNext(0, 503);
    }

    @Inject
    io.quarkus.scheduler.Scheduler scheduler;

    @Inject
    PolicyHolder policies;

    @Test
    void theLocalServerSchedulesThePolicysCronsInItsZone() {
        Instant next = scheduler.getScheduledJob("autopause").getNextFireTime();
        assertEquals(policies.policy().orElseThrow().pause().nextAfter(Instant.now()).orElseThrow().toInstant(), next);
        assertEquals(20, next.atZone(java.time.ZoneId.of("Europe/Berlin")).getHour());
        assertTrue(scheduler.getScheduledJob("autoresume") != null);
    }

    @Test
    void theTickRunsOnlyTheSlotsThatFellDue() {
        assertEquals("nothing due", tick.tick(Instant.parse("2026-03-30T12:00:00Z")));
        assertEquals("pause@2026-03-30T18:00:00Z", tick.tick(Instant.parse("2026-03-30T18:04:00Z")));
        assertEquals("resume@2026-03-31T05:00:00Z", tick.tick(Instant.parse("2026-03-31T05:02:30Z")));
    }

    @Test
    void scheduleShowsThePolicyAndADryRunChangesNothing() throws Exception {
        String id = running("night-dry");
        String shown = reply("schedule", "UNOBODY");
        assertTrue(shown.contains("Cost-saving policy"), shown);
        String blocks = lastHookBody();
        assertTrue(blocks.contains("`0 0 20 ? * *` (Europe/Berlin), next"), blocks);
        assertTrue(blocks.contains("night-dry"), blocks);
        assertTrue(ack("schedule run", "UOPER1").contains("needs the admin role")
                || reply("schedule run", "UOPER1").contains("needs the admin role"));
        String dry = reply("schedule run --dry-run", "UOPER1");
        assertTrue(dry.contains("Dry run of the cost-saving pause: nothing was changed."), dry);
        assertTrue(lastHookBody().contains("*night-dry* `" + id + "`: would pause"), lastHookBody());
        assertEquals(0, emulator.emulator().requestCount("POST", "/v1/instances/" + id + "/pause"));
        assertTrue(reply("schedule later", "UNOBODY").contains("`schedule` takes `run` or nothing"));
    }

    @Inject
    PauseNotice notices;

    @Inject
    io.aurachatops.ledger.Ledger ledger;

    @TestHTTPResource("/slack/interactions")
    URL interactions;

    @Test
    void tenMinutesBeforeThePauseANoticeOffersKeepAwakeAndAnOperatorsClickSparesThatInstance() throws Exception {
        String id = running("night-notice");
        Instant slot = policies.policy().orElseThrow().pause().nextAfter(Instant.now()).orElseThrow().toInstant();
        wireMock.resetRequests();
        assertTrue(notices.announceDue(slot.minus(Duration.ofMinutes(10)), Duration.ofMinutes(2)).contains("1 pause"));
        assertTrue(notices.announceDue(slot.minus(Duration.ofMinutes(9)), Duration.ofMinutes(2)).contains("no pause"),
                "one notice per slot");
        String notice = Awaits.request(wireMock, "/api/chat.postMessage",
                b -> b.contains("channel=CNIGHT") && b.contains("night-notice"), Duration.ofSeconds(20));
        assertTrue(notice.contains("aura_act_keep_awake") && notice.contains("if running"), notice);
        assertTrue(!notice.contains("night-keep") && !notice.contains("night-prot"), "excluded and protected are not listed");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("(a1\\.keep-awake\\." + id
                + "\\.CNIGHT\\.[0-9]+\\.[0-9a-f]+)").matcher(notice);
        assertTrue(token.find(), notice);

        String refusedHook = "/hooks/" + UUID.randomUUID();
        assertEquals(200, click("aura_act_keep_awake", token.group(1), "UNOBODY", refusedHook).statusCode());
        assertTrue(Awaits.request(wireMock, refusedHook, b -> true, Duration.ofSeconds(20)).contains("operator"),
                "a viewer's click is refused");
        assertEquals(200, click("aura_act_keep_awake", token.group(1), "UOPER1", "/hooks/" + UUID.randomUUID())
                .statusCode());
        String thread = Awaits.request(wireMock, "/api/chat.postMessage", b -> b.contains("thread_ts")
                && b.contains("night-notice") && b.contains("kept by"), Duration.ofSeconds(20));
        assertTrue(thread.contains("UOPER1"), thread);

        // The run reads this record and skips the instance (anInstanceKeptAwake… runs a whole night on it).
        assertEquals(Optional.of("UOPER1"), KeepAwake.keptBy(ledger, id));
        assertTrue(KeepAwake.keptIds(ledger).contains(id));
    }

    @Test
    void keepAwakeUntilADayCoversEachNightToItAndNoMore() throws Exception {
        running("night-week");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        String granted = reply("keep-awake night-week --until " + today.plusDays(3), "UOPER1");
        assertTrue(granted.contains("stays awake for 4 nights") || granted.contains("stays awake for 3 nights"), granted);
        assertTrue(reply("keep-awake night-week", "UOPER1").contains("already kept awake"));
        assertTrue(reply("keep-awake night-week --until " + today.plusDays(30), "UOPER1").contains("14 days ahead"));
        assertTrue(reply("keep-awake night-week --until someday", "UOPER1").contains("YYYY-MM-DD"));
    }

    @Test
    void getWarnsAboutAPausedInstanceThatAuraResumesByItselfWithinThreeDays() throws Exception {
        String id = running("night-long");
        emulator.emulator().handle("POST", "/v1/instances/" + id + "/pause", Map.of(), auth(), null);
        awaitStatus(id, "paused");
        // As if the bot had paused it 28 days ago (the pause clock's record; Aura's API does not say).
        ledger.create("paused-since#" + id, Map.of("since", Instant.now().minus(Duration.ofDays(28)).toString(),
                "state", "paused"), Instant.now().plus(Duration.ofDays(3)));
        String get = reply("get night-long", "UOPER1");
        assertTrue(get.contains("resumes an instance paused for 30 days by itself"), get);
    }

    private HttpResponse<String> click(String action, String value, String user, String hook) throws Exception {
        String body = SlackRequests.clickBody(action, value, user, "CNIGHT", "1700000000.000300",
                wireMock.baseUrl() + hook);
        String ts = SlackRequests.timestampNow();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(interactions.toURI())
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", SlackRequests.sign(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    // --- helpers ------------------------------------------------------------------------------------

    private String lastHook;

    private String lastHookBody() {
        return lastHook;
    }

    private String reply(String text, String user) throws Exception {
        String hook = "/hooks/" + UUID.randomUUID();
        HttpResponse<String> ack = send(text, user, hook);
        if (!ack.body().contains("Working on")) {
            lastHook = ack.body();
            return ack.body();
        }
        lastHook = Awaits.request(wireMock, hook, b -> true, Duration.ofSeconds(20));
        return lastHook;
    }

    private String ack(String text, String user) throws Exception {
        return send(text, user, "/hooks/" + UUID.randomUUID()).body();
    }

    private HttpResponse<String> send(String text, String user, String hook) throws Exception {
        String body = SlackRequests.commandBody(text, user, "CALLOWED", wireMock.baseUrl() + hook);
        String ts = SlackRequests.timestampNow();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(commands.toURI())
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", SlackRequests.sign(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String running(String name) throws Exception {
        return EmulatorCalls.running(emulator.emulator(), name);
    }

    private Map<String, String> auth() throws Exception {
        return EmulatorCalls.auth(emulator.emulator());
    }

    private void awaitStatus(String id, String status) throws Exception {
        EmulatorCalls.awaitStatus(emulator.emulator(), id, status);
    }
}
