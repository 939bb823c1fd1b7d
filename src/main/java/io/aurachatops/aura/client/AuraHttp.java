package io.aurachatops.aura.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.Priority;
import io.aurachatops.support.TimeSource;
import io.quarkus.logging.Log;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Sends one logical Aura request: waits for the budget, adds the bearer token (refreshed once on 401/403),
 * retries what is safe to retry, and turns every failure into an {@link AuraApiException}.
 */
final class AuraHttp {

    /** Whether a request may be sent again after a 5xx, a timeout or a reset connection. */
    enum Retry {
        /** GET and DELETE: repeating them changes nothing. */
        SAFE,
        /** POST and PATCH: a lost answer may hide a done deed, so only a 429 (never processed) is retried. */
        ONLY_AFTER_429
    }

    private static final Duration DEFAULT_429_PAUSE = Duration.ofSeconds(10);
    /** One answer may hold every request for at most this long: a Retry-After of an hour would stall every user. */
    static final Duration MAX_429_PAUSE = Duration.ofMinutes(2);

    private final AuraApi api;
    private final RequestBudget budget;
    private final TimeSource time;
    private final Backoff backoff;
    private final int maxRetries;
    private final AuraErrors errors;
    private final ObjectMapper json;
    private final TokenCache tokens;
    private final Supplier<String> basicAuth;

    /** {@code credentials} yields the client id and secret at each token fetch, so that rotation takes effect. */
    AuraHttp(AuraApi api, RequestBudget budget, TimeSource time, Backoff backoff, int maxRetries, ObjectMapper json,
            Supplier<String[]> credentials) {
        this.api = api;
        this.budget = budget;
        this.time = time;
        this.backoff = backoff;
        this.maxRetries = maxRetries;
        this.json = json;
        this.errors = new AuraErrors(json);
        this.basicAuth = () -> {
            String[] idAndSecret = credentials.get();
            return "Basic " + Base64.getEncoder()
                    .encodeToString((idAndSecret[0] + ":" + idAndSecret[1]).getBytes(StandardCharsets.UTF_8));
        };
        this.tokens = new TokenCache(this::fetchToken, time);
    }

    /** The {@code data} of an answer and its {@code X-Request-Id}. */
    record Answer(JsonNode data, String requestId) {
    }

    /** Calls an authenticated endpoint and returns the {@code data} of its answer. */
    JsonNode call(String operation, Priority priority, Retry retry, BiFunction<AuraApi, String, Response> request) {
        return answer(operation, priority, retry, request).data();
    }

    Answer answer(String operation, Priority priority, Retry retry, BiFunction<AuraApi, String, Response> request) {
        boolean refreshed = false;
        while (true) {
            String token = tokens.token(priority);
            Response response = send(operation, priority, retry, () -> request.apply(api, "Bearer " + token));
            try {
                int status = response.getStatus();
                if (status / 100 == 2) {
                    return new Answer(body(response).path("data"), requestId(response));
                }
                if ((status == 401 || status == 403) && !refreshed) {
                    Log.infof("Aura refused the token on %s (HTTP %d); fetching a new one", operation, status);
                    tokens.invalidate(token);
                    refreshed = true;
                    continue;
                }
                throw toException(response);
            } finally {
                response.close();
            }
        }
    }

    private TokenCache.Fetched fetchToken(Priority priority) {
        Response response = send("token", priority, Retry.SAFE,
                () -> api.token(basicAuth.get(), "grant_type=client_credentials"));
        try {
            if (response.getStatus() / 100 != 2) {
                throw toException(response);
            }
            JsonNode body = body(response);
            String value = body.path("access_token").asText("");
            if (value.isEmpty()) {
                throw new AuraApiException(response.getStatus(), "invalid-token-response", null,
                        "Aura's token endpoint answered without an access_token", requestId(response), null);
            }
            long seconds = body.path("expires_in").asLong(3600);
            return new TokenCache.Fetched(value, Duration.ofSeconds(seconds > 0 ? seconds : 3600));
        } finally {
            response.close();
        }
    }

    /** Sends until the answer is neither a 429 nor a retryable failure, or the retries run out. */
    private Response send(String operation, Priority priority, Retry retry, Supplier<Response> request) {
        for (int attempt = 0;; attempt++) {
            boolean lastAttempt = attempt >= maxRetries;
            acquire(priority);
            Response response;
            try {
                response = request.get();
            } catch (ProcessingException e) {
                if (retry != Retry.SAFE || lastAttempt) {
                    throw AuraApiException.unreachable("Aura did not answer " + operation + " ("
                            + rootCause(e).getClass().getSimpleName() + ")");
                }
                Log.infof("No answer from Aura on %s (%s); retrying", operation, rootCause(e).getClass().getSimpleName());
                pause(backoff.before(attempt));
                continue;
            }
            int status = response.getStatus();
            if (status == 429) {
                Duration asked = AuraErrors.retryAfter(response.getHeaderString("Retry-After")).orElse(DEFAULT_429_PAUSE);
                Duration pause = asked.compareTo(MAX_429_PAUSE) > 0 ? MAX_429_PAUSE : asked;
                budget.holdFor(pause);
                Log.warnf("Aura rate-limited %s; holding every request for %d s", operation, pause.toSeconds());
                if (!lastAttempt) {
                    response.close();
                    continue;
                }
            } else if (status >= 500 && retry == Retry.SAFE && !lastAttempt) {
                Duration backoffPause = backoff.before(attempt);
                Duration pause = AuraErrors.retryAfter(response.getHeaderString("Retry-After"))
                        .filter(d -> d.compareTo(backoffPause) > 0)
                        .orElse(backoffPause);
                Log.infof("Aura answered %d on %s; retrying in %d ms", status, operation, pause.toMillis());
                response.close();
                pause(pause);
                continue;
            }
            return response;
        }
    }

    private AuraApiException toException(Response response) {
        return errors.toException(response.getStatus(), readString(response), requestId(response),
                response.getHeaderString("Retry-After"));
    }

    private JsonNode body(Response response) {
        String text = readString(response);
        try {
            JsonNode node = json.readTree(text == null || text.isBlank() ? "{}" : text);
            return node == null ? json.createObjectNode() : node;
        } catch (Exception e) {
            throw new AuraApiException(response.getStatus(), "invalid-response", null,
                    "Aura answered with something that is not JSON", requestId(response), null);
        }
    }

    private static String readString(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String requestId(Response response) {
        return response.getHeaderString("X-Request-Id");
    }

    private void acquire(Priority priority) {
        try {
            budget.acquire(priority);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AuraApiException.unreachable("Interrupted while waiting for the Aura request budget");
        }
    }

    private void pause(Duration duration) {
        try {
            time.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AuraApiException.unreachable("Interrupted while waiting to retry");
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
