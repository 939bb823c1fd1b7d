package io.aurachatops.slack;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A request from Slack as any transport delivers it: headers (any case) and the raw body. */
public record SlackRequest(Map<String, String> headers, byte[] body) {

    public SlackRequest {
        Map<String, String> lower = new HashMap<>();
        headers.forEach((k, v) -> lower.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
        headers = Map.copyOf(lower);
        body = body == null ? new byte[0] : body;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
