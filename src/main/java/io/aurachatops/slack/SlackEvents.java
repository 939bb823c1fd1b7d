package io.aurachatops.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.jobs.AppHomeJob;
import io.aurachatops.jobs.JobQueue;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.UUID;

/**
 * {@code POST /slack/events} (Events API): verified like a command; {@code url_verification} is answered with its
 * challenge; {@code app_home_opened} on the Home tab becomes a job. Retries ({@code X-Slack-Retry-Num}) are
 * queued like the first delivery: the worker publishes once per event id (the ledger), and the ack stays an
 * enqueue only.
 */
@ApplicationScoped
public class SlackEvents {

    static final String PATH = "/slack/events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlackRequestGuard guard;
    private final JobQueue queue;

    public SlackEvents(SlackRequestGuard guard, JobQueue queue) {
        this.guard = guard;
        this.queue = queue;
    }

    public SlackResponse handle(SlackRequest request) {
        if (!guard.genuine(request, PATH)) {
            return SlackResponse.UNAUTHORIZED;
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (IOException e) {
            Log.warnf("Ignored an event that is not JSON");
            return SlackResponse.EMPTY_OK;
        }
        if (body == null) {
            return SlackResponse.EMPTY_OK;
        }
        if ("url_verification".equals(body.path("type").asText())) {
            return SlackResponse.ok(JSON.createObjectNode().put("challenge", body.path("challenge").asText()).toString());
        }
        if (!guard.fromOurTeam(body.path("team_id").asText(null), PATH)) {
            return SlackResponse.UNAUTHORIZED;
        }
        JsonNode event = body.path("event");
        if ("event_callback".equals(body.path("type").asText()) && "app_home_opened".equals(event.path("type").asText())
                && "home".equals(event.path("tab").asText()) && event.hasNonNull("user")) {
            AppHomeJob job = new AppHomeJob(UUID.randomUUID().toString(), body.path("event_id").asText(""),
                    body.path("team_id").asText("-"), event.path("user").asText());
            try {
                queue.submit(job);
            } catch (RuntimeException e) {
                // Slack retries an event that got no 200 within 3 s; a 500 here would only add load.
                Log.errorf(e, "Could not queue %s", job);
            }
        }
        return SlackResponse.EMPTY_OK;
    }
}
