package io.aurachatops.lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.aurachatops.access.ConfirmationTokens;
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
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** pause, resume, resize and delete against the emulator, with roles, groups, guardrails and the audit channel. */
@QuarkusTest
@WithTestResource(LifecycleResource.class)
class LifecycleFlowTest {

    static final String CHANNEL = "CALLOWED";
    static final Pattern TOKEN = Pattern.compile("\"value\":\"((?:v1|r1|o1)\\.[^\"]+)\"");

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @InjectWireMock
    WireMockServer wireMock;

    @InjectEmulator
    EmulatorServer emulator;

    @Inject
    ConfirmationTokens tokens;

    @Inject
    io.aurachatops.leases.Leases leases;

    @Inject
    io.aurachatops.leases.LeaseSweep sweep;

    @Inject
    io.aurachatops.leases.LeaseEnds leaseEnds;

    @TestHTTPResource("/slack/commands")
    URL commands;

    @TestHTTPResource("/slack/interactions")
    URL interactions;

    @BeforeEach
    void stubs() {
        wireMock.resetAll();
        SlackStubs.happy(wireMock);
        wireMock.stubFor(post("/api/usergroups.users.list").withRequestBody(containing("SADMINGROUP"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true,\"users\":[\"UGROUPADMIN\"]}")));
        wireMock.stubFor(post("/api/usergroups.users.list").withRequestBody(containing("SOPSGROUP"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error\":\"plan_upgrade_required\"}")));
        wireMock.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.DeleteSecret"))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1").withBody("{}")));
    }

    // --- pause --------------------------------------------------------------------------------------

    @Test
    void pauseWatchesTheInstanceToPaused() throws Exception {
        String id = running("pause-me");
        command("pause pause-me", "UOPER1");
        assertTrue(thread("pause-me").contains("is paused"));
        assertEquals(Optional.of("paused"), emulator.emulator().statusOf(id));
        String audit = slack("chat.postMessage", b -> b.contains("channel=CAUDIT") && b.contains("`pause` " + id)
                && b.contains("accepted"));
        assertTrue(audit.contains("<@UOPER1>") && audit.contains("Aura request"), audit);
    }

    @Test
    void pauseSaysAlreadyPaused() throws Exception {
        paused("sleepy");
        assertTrue(reply("pause sleepy", "UOPER1").contains("is already paused"));
    }

    @Test
    void pauseExplainsAnAura409() throws Exception {
        String id = running("contested");
        emulator.emulator().failNext("POST", "/v1/instances/" + id + "/pause", 409);
        String text = reply("pause contested", "UOPER1");
        assertTrue(text.contains("is busy") && text.contains("Try again when it finishes"), text);
    }

    @Test
    void pauseOfABusyInstanceSaysBusyWithoutCallingAura() throws Exception {
        String id = createDirectly("still-creating");
        String text = reply("pause still-creating", "UOPER1");
        assertTrue(text.contains("busy: `creating`"), text);
        assertEquals(0, emulator.emulator().requestCount("POST", "/v1/instances/" + id + "/pause"));
    }

    @Test
    void unknownInstancesAreNotFound() throws Exception {
        for (String verb : new String[] {"pause", "resume", "delete"}) {
            String text = reply(verb + " no-such-db", "UADMIN1");
            assertTrue(text.contains("No instance has the id or name `no-such-db`"), text);
        }
        assertTrue(reply("resize no-such-db 4GB", "UADMIN1").contains("No instance has the id or name"));
    }

    @Test
    void protectedInstancesAreNeverTouched() throws Exception {
        String id = running("protected-prod");
        for (String text : new String[] {"pause protected-prod", "resize protected-prod 4GB", "delete protected-prod"}) {
            String answer = reply(text, "UADMIN1");
            assertTrue(answer.contains("is protected (`AURA_PROTECTED`)"), answer);
        }
        assertEquals(0, emulator.emulator().requestCount("POST", "/v1/instances/" + id + "/pause"));
        assertEquals(0, emulator.emulator().requestCount("PATCH", "/v1/instances/" + id));
        assertTrue(wireMock.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                .withRequestBody(containing("aura_delete_confirm"))).isEmpty());
    }

    // --- resume -------------------------------------------------------------------------------------

    @Test
    void resumeWatchesThePausedInstanceToRunning() throws Exception {
        String id = paused("wake-me");
        command("resume wake-me", "UOPER1");
        assertTrue(thread("wake-me").contains("is running again"));
        assertEquals(Optional.of("running"), emulator.emulator().statusOf(id));
    }

    @Test
    void resumeSaysAlreadyRunningAndExplainsA409() throws Exception {
        running("awake");
        assertTrue(reply("resume awake", "UOPER1").contains("is already running"));
        String id = paused("napping");
        emulator.emulator().failNext("POST", "/v1/instances/" + id + "/resume", 409);
        assertTrue(reply("resume napping", "UOPER1").contains("is busy"));
    }

    // --- resize -------------------------------------------------------------------------------------

    @Test
    void resizeIsDoneOnlyWhenTheNewMemoryIsVisibleAndItRuns() throws Exception {
        String id = running("grow-me");
        command("resize grow-me 4 GB", "UADMIN1");
        String done = thread("grow-me");
        assertTrue(done.contains("now has 4GB"), done);
        assertEquals(1, emulator.emulator().requestCount("PATCH", "/v1/instances/" + id));
    }

    @Test
    void resizeChecksRoleStateSizeAndAura409() throws Exception {
        assertTrue(ackOrReply("resize orders-graph 4GB", "UOPER1").contains("needs the admin role"));
        paused("resting");
        assertTrue(reply("resize resting 4GB", "UADMIN1").contains("resume it before resizing"));
        running("oversize");
        String above = reply("resize oversize 32GB", "UADMIN1");
        assertTrue(above.contains("above the limit of 16GB") && above.contains("`1GB`, `2GB`, `4GB`, `8GB`, `16GB`"), above);
        assertTrue(reply("resize oversize 2GB", "UADMIN1").contains("already has 2GB"));
        String id = running("racy");
        emulator.emulator().failNext("PATCH", "/v1/instances/" + id, 409);
        assertTrue(reply("resize racy 4GB", "UADMIN1").contains("is busy"));
    }

    // --- delete -------------------------------------------------------------------------------------

    @Test
    void deleteNeedsAClickAndThenDeletesOnceAndRetiresTheSecret() throws Exception {
        String id = running("doomed");
        // As if the bot had created it: its credentials secret exists.
        wireMock.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.DescribeSecret"))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"Name\":\"aura/" + id + "\"}")));
        leases.start(id, "doomed", null, "UOPER1", CHANNEL, null, java.time.Duration.ofHours(8));
        command("delete doomed", "UADMIN1");
        String card = slack("chat.postMessage", b -> b.contains("aura_delete_confirm") && b.contains("doomed"));
        assertTrue(card.contains("\"style\":\"danger\"") && card.contains("\"confirm\""), card);
        Thread.sleep(1500);
        assertEquals(0, emulator.emulator().requestCount("DELETE", "/v1/instances/" + id), "no DELETE without a click");

        String token = token(card);
        String ts = ts(card);
        assertEquals(200, click("aura_delete_confirm", token, "UGROUPADMIN", ts).statusCode());
        assertEquals(200, click("aura_delete_confirm", token, "UGROUPADMIN", ts).statusCode());
        String done = thread("doomed");
        assertTrue(done.contains("is deleted"), done);
        assertTrue(slack("chat.update", b -> b.contains("doomed") && b.contains("is deleted"))
                .contains("scheduled for deletion with a 7-day recovery window"));
        // Two clicks handled at once may both reach Aura; the second DELETE meets a 409 and takes no effect.
        long accepted = wireMock.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals("/api/chat.update"))
                .map(e -> URLDecoder.decode(e.getRequest().getBodyAsString(), StandardCharsets.UTF_8))
                .filter(b -> b.contains("Deleting *doomed*")).count();
        assertEquals(1, accepted, "one delete accepted");
        assertTrue(hooks(b -> b.contains("already being deleted") || b.contains("already been deleted")),
                "the second click is told");
        wireMock.verify(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("secretsmanager.DeleteSecret"))
                .withRequestBody(matchingJsonPath("$.SecretId", equalTo("aura/" + id)))
                .withRequestBody(matchingJsonPath("$.RecoveryWindowInDays", equalTo("7"))));
        assertEquals(Optional.empty(), emulator.emulator().statusOf(id));
        assertTrue(leases.running().stream().noneMatch(l -> l.instanceId().equals(id)), "its lease ended with it");
    }

    @Test
    void aClickDeliveredAgainAfterItsDeleteFinishesTheCardAndRetiresTheSecret() throws Exception {
        String id = running("half-done");
        wireMock.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.DescribeSecret"))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"Name\":\"aura/" + id + "\"}")));
        command("delete half-done", "UADMIN1");
        String card = slack("chat.postMessage", b -> b.contains("aura_delete_confirm") && b.contains("half-done"));
        // The first delivery sent the DELETE and stopped before it queued its watch (a crash):
        emulator.emulator().handle("DELETE", "/v1/instances/" + id, Map.of(), EmulatorCalls.auth(emulator.emulator()), null);
        assertEquals(200, click("aura_delete_confirm", token(card), "UADMIN1", ts(card)).statusCode());
        String done = thread("half-done");
        assertTrue(done.contains("is deleted"), done);
        wireMock.verify(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("secretsmanager.DeleteSecret"))
                .withRequestBody(matchingJsonPath("$.SecretId", equalTo("aura/" + id))));
    }

    @Test
    void clicksThatMustNotDeleteDoNot() throws Exception {
        String id = running("survivor");
        command("delete survivor", "UADMIN1");
        String card = slack("chat.postMessage", b -> b.contains("aura_delete_confirm") && b.contains("survivor"));
        String token = token(card);
        String ts = ts(card);
        click("aura_delete_confirm", token, "UOPER1", ts);
        assertTrue(awaitHook(b -> b.contains("needs the admin role")).contains("delete"));
        click("aura_delete_confirm", token, "UNOBODY", ts);
        assertTrue(awaitHook(b -> b.contains("plan_upgrade_required")).contains("user groups"));

        String expired = tokens.issue(id, "UADMIN1", CHANNEL, Instant.now().minusSeconds(3600));
        click("aura_delete_confirm", expired, "UADMIN1", ts);
        String otherInstance = token.replace(id, "5e3a91cf");
        click("aura_delete_confirm", otherInstance, "UADMIN1", ts);
        click("aura_delete_confirm", token.substring(0, token.length() - 4) + "beef", "UADMIN1", ts);
        long refusals = 0;
        for (long deadline = System.currentTimeMillis() + 15_000; refusals < 3 && System.currentTimeMillis() < deadline;) {
            Thread.sleep(100);
            refusals = wireMock.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith("/hooks/"))
                    .map(e -> e.getRequest().getBodyAsString()).filter(b -> b.contains("no longer valid")).count();
        }
        assertEquals(3, refusals, "expired, other-instance and forged tokens are refused");

        String body = interactionBody("aura_delete_confirm", token, "UADMIN1", ts);
        HttpResponse<String> forged = deliver(interactions, body, SlackRequests.timestampNow(), "v0=" + "1".repeat(64));
        assertEquals(401, forged.statusCode());
        Thread.sleep(500);
        assertEquals(0, emulator.emulator().requestCount("DELETE", "/v1/instances/" + id));
        assertEquals(Optional.of("running"), emulator.emulator().statusOf(id));

        click("aura_delete_cancel", token, "UADMIN1", ts);
        assertTrue(slack("chat.update", b -> b.contains("cancelled by")).contains("Nothing was deleted"));
        // An old copy of the card (say, a private one) still shows Delete: after Cancel it deletes nothing.
        click("aura_delete_confirm", token, "UADMIN1", ts);
        String told = null;
        for (long deadline = System.currentTimeMillis() + 15_000; told == null && System.currentTimeMillis() < deadline;) {
            Thread.sleep(100);
            told = wireMock.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith("/hooks/"))
                    .map(e -> e.getRequest().getBodyAsString()).filter(b -> b.contains("cancelled this delete"))
                    .findFirst().orElse(null);
        }
        assertTrue(told != null, "the clicker is told the delete was cancelled");
        assertEquals(0, emulator.emulator().requestCount("DELETE", "/v1/instances/" + id));
        assertEquals(Optional.of("running"), emulator.emulator().statusOf(id));
    }

    // --- snapshots ----------------------------------------------------------------------------------

    @Test
    void aSnapshotIsFollowedToCompletedAndListed() throws Exception {
        String id = running("snap-me");
        command("snapshot snap-me", "UOPER1");
        String done = thread("snap-me");
        assertTrue(done.contains("Snapshot of *snap-me* is complete"), done);
        assertEquals(1, emulator.emulator().requestCount("POST", "/v1/instances/" + id + "/snapshots"));

        String hook = "/hooks/" + UUID.randomUUID();
        send("snapshots snap-me", "UNOBODY", hook);
        String listed = awaitRequest(hook, b -> true);
        assertTrue(listed.contains("2 snapshots of *snap-me*"), "the one taken at creation and the new one: " + listed);
        assertTrue(listed.contains("AdHoc") && listed.contains("Scheduled") && listed.contains("exportable"), listed);
    }

    @Test
    void aSnapshotNeedsARunningInstanceAndADayIsWrittenAsADate() throws Exception {
        String id = paused("snap-asleep");
        assertTrue(reply("snapshot snap-asleep", "UOPER1").contains("takes snapshots of running instances only"));
        assertEquals(0, emulator.emulator().requestCount("POST", "/v1/instances/" + id + "/snapshots"));
        assertTrue(ackOrReply("snapshots snap-asleep --date tomorrow", "UOPER1").contains("write it as YYYY-MM-DD"));
        assertTrue(ackOrReply("snapshot snap-asleep", "UNOBODY").contains("needs the operator role"));
    }

    @Test
    void anAdminsConfirmationRestoresACompletedSnapshotOnceAndACancelledCardRestoresNothing() throws Exception {
        String id = running("restore-me");
        String snapshot = EmulatorCalls.completedSnapshot(emulator.emulator(), id);
        assertTrue(ackOrReply("restore restore-me " + snapshot, "UOPER1").contains("needs the admin role"));

        command("restore restore-me " + snapshot, "UADMIN1");
        String card = slack("chat.postMessage", b -> b.contains("aura_restore_confirm") && b.contains("restore-me"));
        assertTrue(card.contains("\"style\":\"danger\"") && card.contains("\"confirm\""), card);
        assertEquals(0, emulator.emulator().requestCount("POST", "/v1/instances/" + id + "/snapshots/" + snapshot
                + "/restore"), "nothing is restored without a click");
        String token = token(card);
        click("aura_restore_confirm", token, "UOPER1", ts(card));
        awaitHook(b -> b.contains("needs the admin role") && b.contains("restore"));
        click("aura_restore_confirm", token, "UADMIN1", ts(card));
        assertTrue(thread("restore-me").contains("is restored and running"));
        click("aura_restore_confirm", token, "UADMIN1", ts(card));
        awaitHook(b -> b.contains("already confirmed"));
        assertEquals(1, emulator.emulator().requestCount("POST", "/v1/instances/" + id + "/snapshots/" + snapshot
                + "/restore"), "restored once");

        command("restore restore-me " + snapshot, "UADMIN1");
        String second = slack("chat.postMessage", b -> b.contains("aura_restore_confirm") && b.contains("restore-me")
                && !token(b).equals(token));
        click("aura_restore_cancel", token(second), "UADMIN1", ts(second));
        assertTrue(slack("chat.update", b -> b.contains("Restore of")).contains("Nothing was changed"));
        click("aura_restore_confirm", token(second), "UADMIN1", ts(second));
        awaitHook(b -> b.contains("cancelled this restore"));
        assertEquals(1, emulator.emulator().requestCount("POST", "/v1/instances/" + id + "/snapshots/" + snapshot
                + "/restore"), "a cancelled card restores nothing");
    }

    @Test
    void anAdminsConfirmationOverwritesATargetWithTheSourcesDataAndProtectedTargetsAreRefused() throws Exception {
        String target = running("ow-target");
        running("ow-source");
        assertTrue(ackOrReply("overwrite ow-target --from ow-source", "UOPER1").contains("needs the admin role"));
        assertTrue(ackOrReply("overwrite ow-target", "UADMIN1").contains("from"), "the source is required");
        assertTrue(ackOrReply("overwrite ow-target --from ow-target", "UADMIN1").contains("cannot be overwritten with "
                + "itself"));

        command("overwrite ow-target --from ow-source", "UADMIN1");
        String card = slack("chat.postMessage", b -> b.contains("aura_overwrite_confirm") && b.contains("ow-target"));
        assertTrue(card.contains("\"style\":\"danger\"") && card.contains("\"confirm\""), card);
        click("aura_overwrite_confirm", token(card), "UADMIN1", ts(card));
        assertTrue(thread("ow-target").contains("has the new data and is running"));
        click("aura_overwrite_cancel", token(card), "UADMIN1", ts(card));
        awaitHook(b -> b.contains("can no longer be cancelled"));
        Thread.sleep(300);
        assertTrue(wireMock.findAll(postRequestedFor(urlEqualTo("/api/chat.update")).withRequestBody(
                containing("Overwrite"))).stream().noneMatch(r -> r.getBodyAsString().contains("cancelled")),
                "a late Cancel does not rewrite the finished card");
        assertEquals(1, emulator.emulator().requestCount("POST", "/v1/instances/" + target + "/overwrite"));

        String guarded = running("protected-target");
        assertTrue(reply("overwrite protected-target --from ow-source", "UADMIN1").contains("is protected"));
        assertEquals(0, emulator.emulator().requestCount("POST", "/v1/instances/" + guarded + "/overwrite"));
    }

    @Test
    void anUnknownSnapshotIsNamedBeforeAnyCard() throws Exception {
        running("restore-none");
        String answer = reply("restore restore-none 00000000-0000-4000-8000-000000000000", "UADMIN1");
        assertTrue(answer.contains("has no snapshot `00000000-0000-4000-8000-000000000000`"), answer);
    }

    // --- roles --------------------------------------------------------------------------------------

    @Test
    void groupMembersGetTheirRoleAndOthersAreToldWhichRoleIsNeeded() throws Exception {
        running("group-pause");
        command("pause group-pause", "UGROUPADMIN");
        assertTrue(thread("group-pause").contains("is paused"));
        String refused = reply("pause orders-graph", "UNOBODY");
        assertTrue(refused.contains("needs the operator role"), refused);
        assertTrue(refused.contains("plan_upgrade_required"), refused);
        assertTrue(!refused.contains("UOPER1") && !refused.contains("UADMIN1"), "never says who holds the role");
    }

    @Test
    void aChannelOutsideTheAllowListIsRefused() throws Exception {
        String body = SlackRequests.commandBody("pause orders-graph", "UADMIN1", "COTHER", wireMock.baseUrl() + "/hooks/x");
        String ts = SlackRequests.timestampNow();
        HttpResponse<String> ack = deliver(commands, body, ts, SlackRequests.sign(ts, body));
        assertTrue(ack.body().contains("I only act in"), ack.body());
    }

    // --- buttons on cards ---------------------------------------------------------------------------

    @Test
    void getOffersTheActionsOfTheStateAndAClickRunsTheCommandWithTheClickersRole() throws Exception {
        String id = running("buttoned");
        String admin = replyBody("get buttoned", "UADMIN1");
        assertTrue(admin.contains("aura_act_run_pause") && admin.contains("aura_act_run_delete")
                && admin.contains("aura_act_run_resize"), admin);
        String viewer = replyBody("get buttoned", "UVIEWER");
        assertTrue(!viewer.contains("aura_act_run_"), "a viewer gets no buttons: " + viewer);

        Matcher resize = Pattern.compile("\"value\":\"(a1\\.resize-8gb\\.[^\"]+)\"").matcher(admin);
        assertTrue(resize.find(), admin);
        assertEquals(200, click("aura_act_run_resize", resize.group(1), "UOPER1", "1700000000.000401").statusCode());
        assertTrue(awaitHook(b -> b.contains("admin") && b.contains("resize")).contains("admin"),
                "an operator's resize click is refused at click time");
        assertTrue(wireMock.findAll(postRequestedFor(urlEqualTo("/api/chat.update"))).stream()
                .noneMatch(r -> r.getBodyAsString().contains("1700000000.000401")), "a refused click leaves its card alone");

        Matcher pause = Pattern.compile("\"value\":\"(a1\\.pause\\.[^\"]+)\"").matcher(admin);
        assertTrue(pause.find(), admin);
        assertEquals(200, click("aura_act_run_pause", pause.group(1), "UOPER1", "1700000000.000400").statusCode());
        assertTrue(thread("buttoned").contains("is paused"));
        assertEquals(Optional.of("paused"), emulator.emulator().statusOf(id));
        String finalCard = slack("chat.update", b -> b.contains("buttoned") && b.contains("is paused"));
        assertTrue(finalCard.contains("aura_act_run_resume") && !finalCard.contains("aura_act_run_pause"),
                "the final card offers what fits the new state: " + finalCard);
    }

    // --- clone first, then delete ------------------------------------------------------------------

    @Test
    void cloneFirstMakesAPausedSmallestCopyAndDeletesTheOriginalOnlyOnceTheCopyRuns() throws Exception {
        wireMock.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.CreateSecret"))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1").withBody("{}")));
        String id = running("keep-my-data");
        command("delete keep-my-data", "UADMIN1");
        String card = slack("chat.postMessage", b -> b.contains("aura_delete_clone_first") && b.contains("keep-my-data"));
        assertTrue(card.contains("snapshots die with their instance"), card);
        String copyName = io.aurachatops.lifecycle.SafeDeletes.copyName("keep-my-data", java.time.Instant.now());

        assertEquals(200, click("aura_delete_clone_first", token(card), "UOPER1", ts(card)).statusCode());
        assertTrue(awaitHook(b -> b.contains("admin")).contains("admin"), "an operator may not confirm a delete");
        assertEquals(200, click("aura_delete_clone_first", token(card), "UADMIN1", ts(card)).statusCode());
        assertEquals(200, click("aura_delete_clone_first", token(card), "UADMIN2", ts(card)).statusCode());

        String copied = slack("chat.postMessage", b -> b.contains("thread_ts") && b.contains("holds the data now"));
        assertTrue(copied.contains(copyName) && copied.contains("being paused"), copied);
        String deleted = slack("chat.postMessage", b -> b.contains("thread_ts") && b.contains("keep-my-data")
                && b.contains("is deleted"));
        assertTrue(deleted.contains("keeps the data"), deleted);
        assertEquals(Optional.empty(), emulator.emulator().statusOf(id), "the original is gone");
        assertEquals(1, EmulatorCalls.countNamed(emulator.emulator(), copyName), "one copy, however many clicks");
        JsonNode copy = EmulatorCalls.instances(emulator.emulator()).stream()
                .filter(i -> i.path("name").asText().equals(copyName)).findFirst().orElseThrow();
        awaitStatus(copy.path("id").asText(), "paused");
        String details = emulator.emulator().handle("GET", "/v1/instances/" + copy.path("id").asText(), Map.of(), auth(),
                null).body();
        assertTrue(details.contains("1GB"), "the smallest size the tenant offers: " + details);
    }

    // --- leases -------------------------------------------------------------------------------------

    @Test
    void aLeasedInstanceIsListedExtendedByItsOwnerOnlyAndDeletedOnceWhenItRunsOut() throws Exception {
        wireMock.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.CreateSecret"))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1").withBody("{}")));
        String tooLong = ackOrReply("create lease-me --ttl 9d", "UOPER1");
        assertTrue(tooLong.contains("at most 7d"), tooLong);
        assertEquals(0, EmulatorCalls.countNamed(emulator.emulator(), "lease-me"), "refused before Aura was asked");

        command("create lease-me --type professional-db --cloud-provider gcp --region europe-west1 --memory 2GB "
                + "--ttl 2h", "UOPER1");
        String card = slack("chat.postMessage", b -> b.contains("lease-me") && b.contains("Leased for 2h"));
        assertTrue(card.contains("/aura extend"), card);
        String id = EmulatorCalls.instances(emulator.emulator()).stream().filter(i -> i.path("name").asText()
                .equals("lease-me")).findFirst().orElseThrow().path("id").asText();
        awaitStatus(id, "running");
        String running = slack("chat.update", b -> b.contains("lease-me") && b.contains("is running"));
        assertTrue(running.contains("⌛ Leased: I delete it"), "the ✅ card keeps the lease: " + running);
        wireMock.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.DescribeSecret"))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"Name\":\"aura/" + id + "\"}")));

        String mine = replyBody("leases", "UOPER1");
        assertTrue(mine.contains("lease-me") && mine.contains("runs out"), mine);
        String others = reply("leases", "UVIEWER");
        assertTrue(others.contains("You have no running leases"), others);
        String viewer = reply("extend lease-me 1h", "UVIEWER");
        assertTrue(viewer.contains("operator"), "extending needs an operator: " + viewer);
        String extended = reply("extend lease-me 1h", "UOPER1");
        assertTrue(extended.contains("now runs out"), extended);
        assertTrue(leases.of(id).orElseThrow().expiresAt().isAfter(java.time.Instant.now().plus(
                java.time.Duration.ofMinutes(170))), "2h + 1h");

        // The reminder's Extend button works for the owner, through the ingress and a click job.
        leaseEnds.run(new io.aurachatops.jobs.LeaseJob("remind-1", io.aurachatops.jobs.LeaseJob.REMIND, List.of(id)));
        String reminder = slack("chat.postMessage", b -> b.contains("aura_act_lease_extend") && b.contains("lease-me"));
        assertTrue(reminder.contains("<!date^"), "the expiry shows in the reader's own time zone: " + reminder);
        Matcher action = Pattern.compile("\"value\":\"(a1\\.lease-extend\\.[^\"]+)\"").matcher(reminder);
        assertTrue(action.find(), reminder);
        assertEquals(200, click("aura_act_lease_extend", action.group(1), "UOPER1", "1700000000.000200").statusCode());
        String update = slack("chat.update", b -> b.contains("lease-me") && b.contains("extended by"));
        assertTrue(update.contains("UOPER1"), update);

        // It runs out: two sweeps at once, one delete, the secret retired, the card finished.
        leases.expireNow(id);
        sweep.sweep(java.time.Instant.now());
        sweep.sweep(java.time.Instant.now());
        String done = slack("chat.postMessage", b -> b.contains("thread_ts") && b.contains("lease-me")
                && b.contains("is deleted"));
        assertTrue(done.contains("is deleted") && done.contains("its lease ran out"), done);
        assertEquals(1, emulator.emulator().requestCount("DELETE", "/v1/instances/" + id), "deleted once");
        wireMock.verify(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("secretsmanager.DeleteSecret"))
                .withRequestBody(matchingJsonPath("$.SecretId", equalTo("aura/" + id))));
        assertTrue(reply("leases", "UOPER1").contains("no running leases"));
    }

    /** The whole private answer, blocks included. */
    private String replyBody(String text, String user) throws Exception {
        String hook = "/hooks/" + UUID.randomUUID();
        send(text, user, hook);
        return awaitRequest(hook, b -> true);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private String running(String name) throws Exception {
        return EmulatorCalls.running(emulator.emulator(), name);
    }

    private String paused(String name) throws Exception {
        String id = running(name);
        emulator.emulator().handle("POST", "/v1/instances/" + id + "/pause", Map.of(), auth(), null);
        awaitStatus(id, "paused");
        return id;
    }

    private void awaitStatus(String id, String status) throws Exception {
        EmulatorCalls.awaitStatus(emulator.emulator(), id, status);
    }

    private String createDirectly(String name) throws Exception {
        return EmulatorCalls.create(emulator.emulator(), name).path("id").asText();
    }

    private Map<String, String> auth() throws Exception {
        return EmulatorCalls.auth(emulator.emulator());
    }

    private void command(String text, String user) throws Exception {
        HttpResponse<String> ack = send(text, user, "/hooks/" + UUID.randomUUID());
        assertTrue(ack.body().contains("Working on"), ack.body());
    }

    private String reply(String text, String user) throws Exception {
        String hook = "/hooks/" + UUID.randomUUID();
        send(text, user, hook);
        return json.readTree(awaitRequest(hook, b -> true)).path("text").asText();
    }

    /** A refusal may come in the ack (decided by configuration) or through the reply URL (decided by the worker). */
    private String ackOrReply(String text, String user) throws Exception {
        String hook = "/hooks/" + UUID.randomUUID();
        HttpResponse<String> ack = send(text, user, hook);
        if (!ack.body().contains("Working on")) {
            return json.readTree(ack.body()).path("text").asText();
        }
        return json.readTree(awaitRequest(hook, b -> true)).path("text").asText();
    }

    private HttpResponse<String> send(String text, String user, String hook) throws Exception {
        String body = SlackRequests.commandBody(text, user, CHANNEL, wireMock.baseUrl() + hook);
        String ts = SlackRequests.timestampNow();
        return deliver(commands, body, ts, SlackRequests.sign(ts, body));
    }

    private HttpResponse<String> click(String action, String token, String user, String messageTs) throws Exception {
        String body = interactionBody(action, token, user, messageTs);
        String ts = SlackRequests.timestampNow();
        return deliver(interactions, body, ts, SlackRequests.sign(ts, body));
    }

    private String interactionBody(String action, String token, String user, String messageTs) {
        return SlackRequests.clickBody(action, token, user, CHANNEL, messageTs, wireMock.baseUrl() + "/hooks/"
                + UUID.randomUUID());
    }

    private HttpResponse<String> deliver(URL url, String body, String ts, String signature) throws Exception {
        return http.send(HttpRequest.newBuilder(url.toURI()).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String card) {
        Matcher m = TOKEN.matcher(card);
        assertTrue(m.find(), card);
        return m.group(1);
    }

    /** The WireMock Slack does not care which message a click comes from; Slack would send the card's ts. */
    private static String ts(String card) {
        return "1700000000.000100";
    }

    private String thread(String name) throws Exception {
        return slack("chat.postMessage", b -> b.contains("thread_ts") && b.contains(name));
    }

    private String slack(String method, Predicate<String> match) throws Exception {
        return awaitRequest("/api/" + method, match);
    }

    private boolean hooks(Predicate<String> match) {
        return wireMock.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith("/hooks/"))
                .map(e -> e.getRequest().getBodyAsString()).anyMatch(match);
    }

    private String awaitHook(Predicate<String> match) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (ServeEvent event : wireMock.getAllServeEvents()) {
                if (event.getRequest().getUrl().startsWith("/hooks/") && match.test(event.getRequest().getBodyAsString())) {
                    return event.getRequest().getBodyAsString();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No matching private reply");
    }

    private String awaitRequest(String path, Predicate<String> match) throws Exception {
        return Awaits.request(wireMock, path, match, java.time.Duration.ofSeconds(20));
    }
}
