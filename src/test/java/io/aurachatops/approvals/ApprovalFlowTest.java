package io.aurachatops.approvals;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Approvals end to end: an approval cannot be self-approved, replayed, used after Deny or expiry, or clicked by a
 * non-admin; each refusal is answered and audited, and the approver's click runs the command.
 */
@QuarkusTest
@WithTestResource(ApprovalResource.class)
class ApprovalFlowTest {

    static final String CHANNEL = "CALLOWED";

    @InjectWireMock
    WireMockServer wireMock;

    @InjectEmulator
    EmulatorServer emulator;

    @Inject
    Approvals approvals;

    @TestHTTPResource("/slack/commands")
    URL commands;

    @TestHTTPResource("/slack/interactions")
    URL interactions;

    @BeforeEach
    void stubs() {
        wireMock.resetAll();
        SlackStubs.happy(wireMock);
        wireMock.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.DeleteSecret"))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1").withBody("{}")));
    }

    @Test
    void aSecondAdminsApprovalRunsTheCommandOnceAndNobodyElseCanDecide() throws Exception {
        String id = EmulatorCalls.running(emulator.emulator(), "approve-me");
        String answer = reply("resize approve-me 8GB", "UADMIN1");
        assertTrue(answer.contains("needs a second admin"), answer);
        String card = slack(b -> b.contains("aura_act_approve") && b.contains("approve-me"));
        assertTrue(card.contains("resize approve-me") && card.contains("UADMIN1"), card);
        assertEquals(0, emulator.emulator().requestCount("PATCH", "/v1/instances/" + id), "nothing runs before approval");

        assertTrue(click("aura_act_approve", token(card, "approve"), "UADMIN1").contains("another admin has to approve"));
        assertTrue(click("aura_act_approve", token(card, "approve"), "UOPER1").contains("Only an admin"));
        click("aura_act_approve", token(card, "approve"), "UADMIN2");
        String approved = Awaits.request(wireMock, "/api/chat.update", b -> b.contains("approved by")
                && b.contains("approve-me"), Duration.ofSeconds(20));
        assertTrue(approved.contains("UADMIN1") && approved.contains("UADMIN2"), "the card names both: " + approved);
        assertTrue(thread("approve-me", "now has 8GB").contains("8GB"));
        assertEquals(1, emulator.emulator().requestCount("PATCH", "/v1/instances/" + id), "one resize");

        assertTrue(click("aura_act_approve", token(card, "approve"), "UADMIN2").contains("already approved"),
                "a replayed approval does nothing");
        assertTrue(click("aura_act_deny", token(card, "deny"), "UADMIN2").contains("already approved"));
        assertEquals(1, emulator.emulator().requestCount("PATCH", "/v1/instances/" + id));
        String audit = slack(b -> b.contains("channel=CAUDIT") && b.contains("approved:requested-by-UADMIN1"));
        assertTrue(audit.contains("UADMIN2"), audit);
        assertTrue(slack(b -> b.contains("channel=CAUDIT") && b.contains("refused:self-approval")).contains("UADMIN1"));
    }

    @Test
    void anApprovedDeleteNeedsNoSecondConfirmation() throws Exception {
        String id = EmulatorCalls.running(emulator.emulator(), "approved-delete");
        reply("delete approved-delete", "UADMIN1");
        String card = slack(b -> b.contains("aura_act_approve") && b.contains("approved-delete"));
        click("aura_act_approve", token(card, "approve"), "UADMIN2");
        assertTrue(thread("approved-delete", "is deleted").contains("UADMIN2"), "confirmed by the approver");
        assertEquals(Optional.empty(), emulator.emulator().statusOf(id));
    }

    @Test
    void anApprovedRestoreNeedsNoSecondConfirmation() throws Exception {
        String id = EmulatorCalls.running(emulator.emulator(), "approved-restore");
        String snapshot = EmulatorCalls.completedSnapshot(emulator.emulator(), id);
        reply("restore approved-restore " + snapshot, "UADMIN1");
        String card = slack(b -> b.contains("aura_act_approve") && b.contains("approved-restore"));
        assertTrue(card.contains("/aura restore approved-restore " + snapshot), "as it would be typed: " + card);
        assertEquals(0, emulator.emulator().requestCount("POST", "/v1/instances/" + id + "/snapshots/" + snapshot
                + "/restore"), "nothing runs before approval");
        click("aura_act_approve", token(card, "approve"), "UADMIN2");
        String confirmation = slack(b -> b.contains("aura_restore_confirm") && b.contains("approved-restore"));
        assertTrue(confirmation.contains("Approved by \\u003c@UADMIN2\\u003e, so it is confirmed in their name now."),
                "the confirmation card says why: " + confirmation);
        assertTrue(Awaits.request(wireMock, "/api/chat.update", b -> b.contains("Restoring") && b.contains(
                "approved-restore"), Duration.ofSeconds(30)).contains("confirmed by <@UADMIN2>"), "by the approver");
        assertEquals(1, emulator.emulator().requestCount("POST", "/v1/instances/" + id + "/snapshots/" + snapshot
                + "/restore"), "one restore, and no second click asked for");
    }

    @Test
    void whatGoesWrongAfterAnApprovalIsToldToTheRequesterNotTheApprover() throws Exception {
        String id = EmulatorCalls.running(emulator.emulator(), "approved-busy");
        reply("resize approved-busy 8GB", "UADMIN1");
        String card = slack(b -> b.contains("aura_act_approve") && b.contains("approved-busy"));
        emulator.emulator().failNext("PATCH", "/v1/instances/" + id, 409);
        assertEquals("", click("aura_act_approve", token(card, "approve"), "UADMIN2"),
                "the approver's reply URL is not the requester's");
        String told = Awaits.request(wireMock, "/api/chat.postEphemeral", b -> b.contains("UADMIN1"),
                Duration.ofSeconds(20));
        assertTrue(told.contains(CHANNEL) && !told.contains("UADMIN2"), "privately to the requester: " + told);
    }

    @Test
    void aCommandThatCannotSucceedIsRefusedBeforeAnyoneIsAskedToApproveIt() throws Exception {
        String id = EmulatorCalls.running(emulator.emulator(), "never-asked");
        assertTrue(reply("resize never-asked 999GB", "UADMIN1").contains("above the limit"));
        assertTrue(reply("delete no-such-instance", "UADMIN1").contains("no-such-instance"));
        String snapshot = "00000000-0000-0000-0000-000000000000";
        assertTrue(reply("restore never-asked " + snapshot, "UADMIN1").contains("has no snapshot"));
        assertTrue(wireMock.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).stream()
                .noneMatch(r -> r.getBodyAsString().contains("aura_act_approve")), "no approval card was posted");
        assertEquals(0, emulator.emulator().requestCount("PATCH", "/v1/instances/" + id));
    }

    @Test
    void aDenyAndAnExpiryAreFinal() throws Exception {
        String id = EmulatorCalls.running(emulator.emulator(), "deny-me");
        reply("resize deny-me 8GB", "UADMIN1");
        String card = slack(b -> b.contains("aura_act_approve") && b.contains("deny-me"));
        assertTrue(click("aura_act_deny", token(card, "deny"), "UOPER1").contains("Only an admin or"));
        click("aura_act_deny", token(card, "deny"), "UADMIN1");
        assertTrue(Awaits.request(wireMock, "/api/chat.update", b -> b.contains("denied by") && b.contains("deny-me"),
                Duration.ofSeconds(20)).contains("Nothing was done"));
        assertTrue(click("aura_act_approve", token(card, "approve"), "UADMIN2").contains("already denied"));

        reply("resize deny-me 16GB", "UADMIN1");
        String late = slack(b -> b.contains("aura_act_approve") && b.contains("deny-me") && b.contains("16GB"));
        assertTrue(approvals.expireDue(Instant.now().plus(Duration.ofHours(5))) >= 1);
        assertTrue(Awaits.request(wireMock, "/api/chat.update", b -> b.contains("expired without a decision")
                && b.contains("deny-me"), Duration.ofSeconds(20)).contains("Nothing was done"));
        assertTrue(click("aura_act_approve", token(late, "approve"), "UADMIN2").contains("already expired"));
        assertEquals(0, emulator.emulator().requestCount("PATCH", "/v1/instances/" + id), "never resized");
    }

    // --- the Events API and the Home tab ------------------------------------------------------------

    @TestHTTPResource("/slack/events")
    URL events;

    @Test
    void theEventsUrlIsVerifiedForgedEventsAre401AndTheHomeTabShowsWhatWaitsForTheViewer() throws Exception {
        HttpResponse<String> verification = send(events, "{\"type\":\"url_verification\",\"token\":\"x\","
                + "\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\"}", null);
        assertEquals(200, verification.statusCode());
        assertTrue(verification.body().contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
        String body = "{\"type\":\"url_verification\",\"challenge\":\"c\"}";
        assertEquals(401, HttpClient.newHttpClient().send(HttpRequest.newBuilder(events.toURI())
                .header("X-Slack-Request-Timestamp", SlackRequests.timestampNow()).header("X-Slack-Signature", "v0=00")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode(), "a forged event gets 401 and nothing else");

        EmulatorCalls.running(emulator.emulator(), "home-db");
        reply("resize home-db 8GB", "UADMIN1");
        slack(b -> b.contains("aura_act_approve") && b.contains("home-db"));
        String opened = "{\"type\":\"event_callback\",\"team_id\":\"T0TEAM\",\"event_id\":\"Ev0HOME1\","
                + "\"event\":{\"type\":\"app_home_opened\",\"user\":\"UADMIN2\",\"channel\":\"D1\","
                + "\"tab\":\"home\"}}";
        assertEquals(200, send(events, opened, null).statusCode());
        assertEquals(200, send(events, opened, "1").statusCode(), "Slack's retry is acked too");
        String home = Awaits.request(wireMock, "/api/views.publish", b -> b.contains("UADMIN2"), Duration.ofSeconds(20));
        assertTrue(home.contains("\"type\":\"home\"") && home.contains("resize home-db") && home.contains("UADMIN1"),
                "the approval UADMIN2 can decide: " + home);
        Thread.sleep(1500);
        assertEquals(1, wireMock.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/views.publish"))).size(),
                "one view per event, however often Slack delivers it");
    }

    private HttpResponse<String> send(URL url, String body, String retry) throws Exception {
        String ts = SlackRequests.timestampNow();
        HttpRequest.Builder request = HttpRequest.newBuilder(url.toURI()).header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", SlackRequests.sign(ts, body));
        if (retry != null) {
            request.header("X-Slack-Retry-Num", retry).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return HttpClient.newHttpClient().send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String reply(String text, String user) throws Exception {
        String hook = "/hooks/" + UUID.randomUUID();
        String body = SlackRequests.commandBody(text, user, CHANNEL, wireMock.baseUrl() + hook);
        deliver(commands, body);
        return Awaits.request(wireMock, hook, b -> true, Duration.ofSeconds(20));
    }

    /** Clicks, and returns the private answer to the clicker (empty when there was none within a moment). */
    private String click(String action, String token, String user) throws Exception {
        String hook = "/hooks/" + UUID.randomUUID();
        deliver(interactions, SlackRequests.clickBody(action, token, user, CHANNEL, "1700000000.000500",
                wireMock.baseUrl() + hook));
        try {
            return Awaits.request(wireMock, hook, b -> true, Duration.ofSeconds(3));
        } catch (AssertionError none) {
            return "";
        }
    }

    private void deliver(URL url, String body) throws Exception {
        String ts = SlackRequests.timestampNow();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.toURI())
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", SlackRequests.sign(ts, body)).POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
    }

    private String slack(java.util.function.Predicate<String> match) throws Exception {
        return Awaits.request(wireMock, "/api/chat.postMessage", match, Duration.ofSeconds(20));
    }

    private String thread(String name, String text) throws Exception {
        return slack(b -> b.contains("thread_ts") && b.contains(name) && b.contains(text));
    }

    private static String token(String card, String action) {
        Matcher m = Pattern.compile("\"value\":\"(a1\\." + action + "\\.[^\"]+)\"").matcher(card);
        assertTrue(m.find(), card);
        return m.group(1);
    }
}
