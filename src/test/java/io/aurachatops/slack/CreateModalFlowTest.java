package io.aurachatops.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.aurachatops.sandbox.EmulatorServer;
import io.aurachatops.support.Awaits;
import io.aurachatops.support.EmulatorCalls;
import io.aurachatops.support.EmulatorResource;
import io.aurachatops.support.InjectEmulator;
import io.aurachatops.support.InjectWireMock;
import io.aurachatops.support.SlackRequests;
import io.aurachatops.support.SlackStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guided create against the emulator: the form opens in the ack path, offers only what the tenant allows
 * within the guardrails, refills after each choice, answers field errors inline, and queues the same create as
 * the typed command.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class CreateModalFlowTest {

    static final String CHANNEL = "CALLOWED";
    final ObjectMapper json = new ObjectMapper();

    @InjectWireMock
    WireMockServer wireMock;

    @InjectEmulator
    EmulatorServer emulator;

    @TestHTTPResource("/slack/commands")
    URL commands;

    @TestHTTPResource("/slack/interactions")
    URL interactions;

    @BeforeEach
    void stubs() {
        wireMock.resetAll();
        SlackStubs.happy(wireMock);
        wireMock.stubFor(post("/api/views.open").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true,\"view\":{\"id\":\"V0FORM\",\"hash\":\"h1\"}}")));
        wireMock.stubFor(post("/api/views.update").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true,\"view\":{\"id\":\"V0FORM\",\"hash\":\"h2\"}}")));
        wireMock.stubFor(post("/").willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{}")));
    }

    @Test
    void theFormOffersOnlyValidChoicesAnswersErrorsInlineAndCreatesLikeTheTypedCommand() throws Exception {
        HttpResponse<String> ack = send(commands, SlackRequests.commandBody("create", "UOPER1", CHANNEL,
                wireMock.baseUrl() + "/hooks/" + UUID.randomUUID()));
        assertEquals(200, ack.statusCode());
        assertTrue(ack.body().isEmpty(), "the form is the answer: " + ack.body());
        String opened = Awaits.request(wireMock, "/api/views.open", b -> b.contains("123.456.abc"), Duration.ofSeconds(5));
        assertTrue(opened.contains("Loading"), opened);

        JsonNode first = view(Awaits.request(wireMock, "/api/views.update", b -> b.contains("V0FORM"),
                Duration.ofSeconds(20)));
        assertWithinSlackLimits(first);
        String types = options(first, "type").toString();
        assertTrue(types.contains("professional-db") && types.contains("free-db") && !types.contains("business-critical"),
                "only the allowed types: " + types);

        wireMock.resetRequests();
        send(interactions, change(Map.of("type", "professional-db", "cloud", "gcp", "region", "europe-west1")));
        JsonNode filled = view(Awaits.request(wireMock, "/api/views.update", b -> b.contains("europe-west1"),
                Duration.ofSeconds(20)));
        assertWithinSlackLimits(filled);
        String sizes = options(filled, "memory").toString();
        assertTrue(sizes.contains("1GB") && sizes.contains("16GB") && !sizes.contains("32GB"),
                "sizes of that region, within AURA_MAX_MEMORY: " + sizes);

        String stale = send(interactions, submit("stale-choice", "", filled, Map.of("type", "business-critical",
                "region", "eu-west-1"))).body();
        assertTrue(stale.contains("\"type\":\"That is not offered") && stale.contains("\"region\":\"That is not offered")
                && !stale.contains("\"memory\""), "choices the shown form does not offer are refused inline: " + stale);
        assertEquals(0, EmulatorCalls.countNamed(emulator.emulator(), "stale-choice"));

        String tooLong = send(interactions, submit("x".repeat(31), "5m")).body();
        assertTrue(tooLong.contains("\"response_action\":\"errors\"") && tooLong.contains("At most 30 characters")
                && tooLong.contains("at least 10m"), tooLong);
        assertEquals(0, EmulatorCalls.countNamed(emulator.emulator(), "x".repeat(31)));

        assertTrue(send(interactions, submit("modal-made", "", filled, Map.of())).body().isEmpty(), "a valid form closes");
        String card = Awaits.request(wireMock, "/api/chat.postMessage", b -> b.contains("modal-made")
                && b.contains("Creating"), Duration.ofSeconds(20));
        assertTrue(card.contains("channel=" + CHANNEL) && card.contains("europe-west1") && card.contains("2GB"), card);

        send(commands, SlackRequests.commandBody("create typed-made --type professional-db --cloud-provider gcp "
                + "--region europe-west1 --memory 2GB", "UOPER1", CHANNEL, wireMock.baseUrl() + "/hooks/t"));
        Awaits.request(wireMock, "/api/chat.postMessage", b -> b.contains("typed-made") && b.contains("Creating"),
                Duration.ofSeconds(20));
        assertEquals(described("modal-made"), described("typed-made"), "the same request to Aura, but for the name");
    }

    @Test
    void theCreateButtonOfHelpOpensTheSameForm() throws Exception {
        String help = send(commands, SlackRequests.commandBody("help", "UOPER1", CHANNEL, wireMock.baseUrl()
                + "/hooks/help")).body();
        String shown = help.contains("Working on") ? Awaits.request(wireMock, "/hooks/help", b -> true,
                Duration.ofSeconds(20)) : help;
        assertTrue(shown.contains("aura_open_create"), "help offers the form: " + shown);
        assertEquals(200, send(interactions, SlackRequests.clickBody("aura_open_create", "form", "UOPER1", CHANNEL,
                "1700000000.000600", wireMock.baseUrl() + "/hooks/b")).statusCode());
        assertTrue(Awaits.request(wireMock, "/api/views.open", b -> b.contains("1.2.3"), Duration.ofSeconds(5))
                .contains("Loading"));
        Awaits.request(wireMock, "/api/views.update", b -> b.contains("V0FORM"), Duration.ofSeconds(20));
    }

    @Test
    void someoneWhoMayNotCreateIsToldSoInTheFormBeforeFillingItIn() throws Exception {
        assertEquals(200, send(commands, SlackRequests.commandBody("create", "UVIEWER", CHANNEL,
                wireMock.baseUrl() + "/hooks/viewer")).statusCode());
        JsonNode refused = view(Awaits.request(wireMock, "/api/views.update", b -> b.contains("V0FORM"),
                Duration.ofSeconds(20)));
        assertTrue(refused.toString().contains("needs the operator role") && refused.path("submit").isMissingNode(),
                "no fields and no submit: " + refused);
    }

    @Test
    void aSlackTooSlowToOpenTheFormIsGivenUpSoTheAckStillComesAndSaysHowToTypeIt() throws Exception {
        wireMock.stubFor(post("/api/views.open").willReturn(aResponse().withFixedDelay(4000)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"view\":{\"id\":\"V0LATE\"}}")));
        HttpResponse<String> ack = send(commands, SlackRequests.commandBody("create", "UOPER1", CHANNEL,
                wireMock.baseUrl() + "/hooks/late"));
        assertEquals(200, ack.statusCode());
        assertTrue(ack.body().contains("could not open the create form") && ack.body().contains("--memory M"),
                ack.body());
    }

    @TestHTTPResource("/slack/events")
    URL events;

    @Test
    void theHomeTabOffersTheViewersActionsAndRunsThemInTheInstancesChannel() throws Exception {
        send(commands, SlackRequests.commandBody("create home-act --type professional-db --cloud-provider gcp "
                + "--region europe-west1 --memory 2GB", "UOPER1", CHANNEL, wireMock.baseUrl() + "/hooks/home-act"));
        Awaits.request(wireMock, "/api/chat.postMessage", b -> b.contains("home-act") && b.contains("Creating"),
                Duration.ofSeconds(20));
        String id = idOf("home-act");
        EmulatorCalls.awaitStatus(emulator.emulator(), id, "running");
        String opened = "{\"type\":\"event_callback\",\"team_id\":\"T0TEAM\",\"event_id\":\"Ev" + UUID.randomUUID()
                .toString().replace("-", "") + "\",\"event\":{\"type\":\"app_home_opened\",\"user\":\"UOPER1\","
                + "\"tab\":\"home\"}}";
        assertEquals(200, sendJson(events, opened).statusCode());
        String home = Awaits.request(wireMock, "/api/views.publish", b -> b.contains("home-act"),
                Duration.ofSeconds(30));
        assertTrue(home.contains("aura_act_run_menu") && home.contains("Pause home-act"), home);
        java.util.regex.Matcher pause = java.util.regex.Pattern.compile("a1\\.pause\\." + id + "\\." + CHANNEL
                + "\\.\\d+\\.[0-9a-f]+").matcher(home);
        assertTrue(pause.find(), "the pause option names the channel the instance came from: " + home);

        wireMock.resetRequests();
        String forged = pause.group().substring(0, pause.group().length() - 1)
                + (pause.group().endsWith("0") ? "1" : "0");
        assertEquals(200, send(interactions, homeClick(forged, "UOTHER")).statusCode());
        String refused = Awaits.request(wireMock, "/api/chat.postEphemeral", b -> b.contains("UOTHER"),
                Duration.ofSeconds(20));
        assertTrue(refused.contains("no longer works") && refused.contains("channel=" + CHANNEL), refused);

        assertEquals(200, send(interactions, homeClick(pause.group(), "UOPER1")).statusCode());
        // The emulator is shared with the other tests here, and its rate limit may hold the pause for a while.
        String card = Awaits.request(wireMock, "/api/chat.postMessage", b -> b.contains("home-act")
                && b.contains("Pausing"), Duration.ofSeconds(60));
        assertTrue(card.contains("channel=" + CHANNEL) && card.contains("UOPER1"), "the card goes to its channel: " + card);
        assertTrue(Awaits.request(wireMock, "/api/chat.postEphemeral", b -> b.contains("UOPER1"),
                Duration.ofSeconds(20)).contains("Running `/aura pause"), "the chooser is told, privately");
    }

    /** A choice in the Home tab's menu: from a view, so with no channel, no message and no response_url. */
    private String homeClick(String token, String user) {
        ObjectNode payload = json.createObjectNode().put("type", "block_actions").put("trigger_id", "8.8.8");
        payload.putObject("user").put("id", user);
        payload.putObject("team").put("id", "T0TEAM");
        payload.putObject("container").put("type", "view").put("view_id", "V0HOME");
        payload.putObject("view").put("id", "V0HOME").put("type", "home");
        payload.putArray("actions").addObject().put("type", "static_select").put("action_id", "aura_act_run_menu")
                .putObject("selected_option").put("value", token);
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> sendJson(URL url, String body) throws Exception {
        String ts = SlackRequests.timestampNow();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.toURI()).header("Content-Type",
                "application/json").header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature",
                SlackRequests.sign(ts, body)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What Aura was asked to make, without the name and the id. */
    private String described(String name) throws Exception {
        String id = idOf(name);
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            var answer = emulator.emulator().handle("GET", "/v1/instances/" + id, Map.of(),
                    EmulatorCalls.auth(emulator.emulator()), null);
            if (answer.status() == 200) {
                JsonNode detail = json.readTree(answer.body()).path("data");
                return detail.path("type").asText() + " " + detail.path("cloud_provider").asText() + " "
                        + detail.path("region").asText() + " " + detail.path("memory").asText();
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " could not be read from the emulator");
    }

    /** The id of the instance of this name. */
    private String idOf(String name) throws Exception {
        // The emulator is shared with other test classes, and its own rate limit may answer 429 for a moment.
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            var found = EmulatorCalls.instances(emulator.emulator()).stream().filter(i -> i.path("name").asText()
                    .equals(name)).findFirst();
            if (found.isPresent()) {
                return found.get().path("id").asText();
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " never showed in the emulator");
    }

    private static void assertWithinSlackLimits(JsonNode view) {
        assertTrue(view.path("title").path("text").asText().length() <= 24, "title");
        assertTrue(view.path("blocks").size() <= 100, "blocks");
        for (JsonNode options : view.findValues("options")) {
            assertTrue(options.size() <= 100, "options");
            options.forEach(o -> assertTrue(o.path("text").path("text").asText().length() <= 75, "option text"));
        }
    }

    private JsonNode view(String form) throws Exception {
        String encoded = form.substring(form.indexOf("view=") + 5);
        int end = encoded.indexOf('&');
        return json.readTree(end < 0 ? encoded : encoded.substring(0, end));
    }

    private static JsonNode options(JsonNode view, String block) {
        for (JsonNode b : view.path("blocks")) {
            if (b.path("block_id").asText().equals(block)) {
                return b.path("element").path("options");
            }
        }
        throw new AssertionError("no " + block + " select in " + view);
    }

    /** A choice in the form, as Slack sends it: block_actions from the view, with the view's state. */
    private String change(Map<String, String> chosen) {
        ObjectNode payload = json.createObjectNode().put("type", "block_actions").put("trigger_id", "9.9.9");
        payload.putObject("user").put("id", "UOPER1");
        payload.putObject("team").put("id", "T0TEAM");
        payload.putObject("container").put("type", "view").put("view_id", "V0FORM");
        ObjectNode view = payload.putObject("view").put("id", "V0FORM").put("hash", "h2")
                .put("callback_id", "aura_create").put("type", "modal");
        ObjectNode values = view.putObject("state").putObject("values");
        chosen.forEach((block, value) -> values.putObject(block).putObject("aura_modal_" + block)
                .put("type", "static_select").putObject("selected_option").put("value", value));
        payload.putArray("actions").addObject().put("type", "static_select").put("action_id", "aura_modal_region")
                .put("block_id", "region");
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    private String submit(String name, String ttl) {
        return submit(name, ttl, null, Map.of());
    }

    /** A submission as Slack sends it: the state, with {@code changed} over the usual choices, and the shown blocks. */
    private String submit(String name, String ttl, JsonNode shown, Map<String, String> changed) {
        ObjectNode payload = json.createObjectNode().put("type", "view_submission");
        payload.putObject("user").put("id", "UOPER1");
        payload.putObject("team").put("id", "T0TEAM");
        ObjectNode view = payload.putObject("view").put("id", "V0FORM").put("callback_id", "aura_create")
                .put("type", "modal");
        if (shown != null) {
            view.set("blocks", shown.path("blocks"));
        }
        ObjectNode values = view.putObject("state").putObject("values");
        values.putObject("name").putObject("name").put("type", "plain_text_input").put("value", name);
        values.putObject("ttl").putObject("ttl").put("type", "plain_text_input").put("value", ttl);
        Map<String, String> chosen = new java.util.HashMap<>(Map.of("type", "professional-db", "cloud", "gcp",
                "region", "europe-west1", "memory", "2GB"));
        chosen.putAll(changed);
        chosen.forEach(
                (block, value) -> values.putObject(block).putObject("aura_modal_" + block).put("type", "static_select")
                        .putObject("selected_option").put("value", value));
        values.putObject("channel").putObject("channel").put("type", "conversations_select")
                .put("selected_conversation", CHANNEL);
        payload.putArray("response_urls").addObject().put("block_id", "channel").put("action_id", "channel")
                .put("channel_id", CHANNEL).put("response_url", wireMock.baseUrl() + "/hooks/modal");
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(URL url, String body) throws Exception {
        String ts = SlackRequests.timestampNow();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.toURI())
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", SlackRequests.sign(ts, body)).POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static String decode(String form) {
        return URLDecoder.decode(form, StandardCharsets.UTF_8);
    }
}
