package io.aurachatops.support;

import com.slack.api.app_backend.SlackSignature;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds slash-command bodies and signs them the way Slack does. */
public final class SlackRequests {

    public static final String SIGNING_SECRET = "test-signing-secret-0123456789";

    private SlackRequests() {
    }

    public static String commandBody(String text, String userId, String channelId, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", "T0TEAM");
        form.put("team_domain", "example");
        form.put("channel_id", channelId);
        form.put("channel_name", "aura-ops");
        form.put("user_id", userId);
        form.put("user_name", "someone");
        form.put("command", "/aura");
        form.put("text", text);
        form.put("response_url", responseUrl);
        form.put("trigger_id", "123.456.abc");
        form.put("api_app_id", "A0APP");
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static String timestampNow() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    public static String sign(String timestamp, String body) {
        return new SlackSignature.Generator(SIGNING_SECRET).generate(timestamp, body);
    }
}
