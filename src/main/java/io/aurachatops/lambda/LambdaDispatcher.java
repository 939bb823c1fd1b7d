package io.aurachatops.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aurachatops.jobs.runtime.DeliveredJobs;
import io.aurachatops.jobs.runtime.sqs.SqsJobQueue;
import io.aurachatops.approvals.Approvals;
import io.aurachatops.leases.LeaseSweep;
import io.aurachatops.schedule.PauseNotice;
import io.aurachatops.schedule.ScheduledTick;
import io.aurachatops.slack.SlackIngress;
import io.aurachatops.slack.SlackRequest;
import io.aurachatops.slack.SlackResponse;
import io.aurachatops.support.JobDeadline;
import io.aurachatops.support.TimeSource;
import io.quarkus.logging.Log;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The single Lambda entry point for all three functions. It tells events apart by shape and hands them to
 * the services the local server uses: API Gateway HTTP API (v2) requests to the Slack ingress, SQS batches
 * to the job runner (answering with {@code batchItemFailures}), and the scheduler's {@code {"job":"tick"}}
 * (the policy's due slots, the notice before a pause, then the lease sweep).
 */
@Named("dispatcher")
public class LambdaDispatcher implements RequestStreamHandler {

    /** Kept free at the end of a tick for queueing its jobs. */
    static final Duration TICK_MARGIN = Duration.ofSeconds(5);

    private final SlackIngress ingress;
    private final DeliveredJobs jobs;
    private final ScheduledTick tick;
    private final LeaseSweep leases;
    private final PauseNotice notices;
    private final Approvals approvals;
    private final ObjectMapper json;

    @SuppressWarnings("java:S107") // one service per kind of event, and what the tick runs
    public LambdaDispatcher(SlackIngress ingress, DeliveredJobs jobs, ScheduledTick tick, LeaseSweep leases,
            PauseNotice notices, Approvals approvals, ObjectMapper json) {
        this.approvals = approvals;
        this.notices = notices;
        this.ingress = ingress;
        this.jobs = jobs;
        this.tick = tick;
        this.leases = leases;
        this.json = json;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = json.readTree(input);
        JsonNode answer;
        if (event != null && event.path("requestContext").path("http").isObject()) {
            answer = http(event);
        } else if (event != null && "aws:sqs".equals(event.path("Records").path(0).path("eventSource").asText())) {
            answer = sqs(event.path("Records"), context);
        } else if (event != null && ("tick".equals(event.path("job").asText())
                || "Scheduled Event".equals(event.path("detail-type").asText()))) {
            Instant now = Instant.now();
            answer = JobDeadline.within(TimeSource.SYSTEM, remaining(context).minus(TICK_MARGIN),
                    () -> json.createObjectNode().put("tick", tick.tick(now))
                            .put("notice", notices.announceDue(now, ScheduledTick.WINDOW))
                            .put("leases", leases.sweep(now))
                            .put("approvals expired", approvals.expireDue(now)));
        } else {
            String keys = event == null ? "nothing" : String.join(",", (Iterable<String>) event::fieldNames);
            Log.errorf("Unsupported Lambda event with fields [%s]", keys);
            throw new IllegalArgumentException("Unsupported Lambda event (fields: " + keys + "): expected an API Gateway "
                    + "HTTP API v2 request, an SQS batch or {\"job\":\"tick\"}");
        }
        json.writeValue(output, answer);
    }

    /** The invocation's time left; a context without one (a test) gets the worker's timeout. */
    static Duration remaining(Context context) {
        int millis = context == null ? 0 : context.getRemainingTimeInMillis();
        return millis > 0 ? Duration.ofMillis(millis) : Duration.ofSeconds(60);
    }

    private ObjectNode sqs(JsonNode records, Context context) {
        ObjectNode answer = json.createObjectNode();
        ArrayNode failures = answer.putArray("batchItemFailures");
        for (JsonNode record : records) {
            String id = record.path("messageId").asText();
            int receives = record.path("attributes").path("ApproximateReceiveCount").asInt(1);
            String due = record.path("messageAttributes").path(SqsJobQueue.NOT_BEFORE).path("stringValue").asText(null);
            DeliveredJobs.Outcome outcome;
            try {
                outcome = jobs.run(id, record.path("body").asText(""), receives, due == null ? null : Instant.parse(due),
                        Instant.now(), remaining(context));
            } catch (RuntimeException e) {
                Log.errorf(e, "Message %s could not be handled", id);
                outcome = DeliveredJobs.Outcome.RETRY;
            }
            if (outcome == DeliveredJobs.Outcome.RETRY) {
                failures.addObject().put("itemIdentifier", id);
            }
        }
        return answer;
    }

    private ObjectNode http(JsonNode event) {
        String path = event.path("rawPath").asText(event.path("requestContext").path("http").path("path").asText(""));
        SlackRequest request = new SlackRequest(headers(event.path("headers")), body(event));
        SlackResponse response;
        if (path.endsWith("/slack/commands")) {
            response = ingress.command(request);
        } else if (path.endsWith("/slack/interactions")) {
            response = ingress.interaction(request);
        } else if (path.endsWith("/slack/events")) {
            response = ingress.event(request);
        } else {
            response = new SlackResponse(404, null);
        }
        ObjectNode out = json.createObjectNode();
        out.put("statusCode", response.status());
        out.put("isBase64Encoded", false);
        if (response.hasBody()) {
            out.putObject("headers").put("content-type", "application/json; charset=utf-8");
            out.put("body", response.json());
        } else {
            out.put("body", "");
        }
        return out;
    }

    /** API Gateway base64-encodes form bodies; the signature covers the decoded bytes. */
    private static byte[] body(JsonNode event) {
        String body = event.path("body").asText("");
        if (event.path("isBase64Encoded").asBoolean(false)) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                return new byte[0];
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(JsonNode node) {
        Map<String, String> headers = new HashMap<>();
        node.fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        return headers;
    }
}
