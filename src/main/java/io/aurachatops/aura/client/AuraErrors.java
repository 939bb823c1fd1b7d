package io.aurachatops.aura.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.aura.AuraApiException;
import java.time.Duration;
import java.util.Optional;

/**
 * The one place that reads Aura's error answers. Aura uses {@code {"errors":[{message, reason, field}]}},
 * its gateway and token endpoint use {@code {"error": …}}; both become one {@link AuraApiException}.
 */
final class AuraErrors {

    private static final int MAX_MESSAGE = 300;

    private final ObjectMapper json;

    AuraErrors(ObjectMapper json) {
        this.json = json;
    }

    AuraApiException toException(int status, String body, String requestId, String retryAfterHeader) {
        Duration retryAfter = retryAfter(retryAfterHeader).orElse(null);
        JsonNode root = parse(body);
        JsonNode errors = root.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            JsonNode first = errors.get(0);
            String message = text(first, "message");
            if (errors.size() > 1) {
                message = (message == null ? "" : message) + " (and " + (errors.size() - 1) + " more)";
            }
            return new AuraApiException(status, text(first, "reason"), text(first, "field"),
                    orDefault(message, status), requestId, retryAfter);
        }
        String error = text(root, "error");
        if (error != null) {
            String description = text(root, "error_description");
            return description == null
                    ? new AuraApiException(status, null, null, clip(error), requestId, retryAfter)
                    : new AuraApiException(status, error, null, clip(description), requestId, retryAfter);
        }
        return new AuraApiException(status, null, null, orDefault(null, status), requestId, retryAfter);
    }

    /** {@code Retry-After} in seconds; dates and nonsense are ignored. */
    static Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.min(seconds, 3600)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(body);
            return node == null ? json.createObjectNode() : node;
        } catch (Exception e) {
            return json.createObjectNode();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.asText().isBlank() ? clip(value.asText()) : null;
    }

    private static String orDefault(String message, int status) {
        return message != null ? message : "Aura answered HTTP " + status;
    }

    private static String clip(String s) {
        return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "…";
    }
}
