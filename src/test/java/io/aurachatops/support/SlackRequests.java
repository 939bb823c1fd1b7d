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

    /** A block_actions payload in the shape Slack sends (reference/slack.md §3.2), as the form body of a click. */
    public static String clickBody(String action, String value, String userId, String channelId, String messageTs,
            String responseUrl) {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode payload = json.createObjectNode().put("type", "block_actions")
                .put("api_app_id", "A0APP").put("trigger_id", "1.2.3").put("response_url", responseUrl);
        payload.putObject("user").put("id", userId).put("username", "someone").put("team_id", "T0TEAM");
        payload.putObject("team").put("id", "T0TEAM").put("domain", "example");
        payload.putObject("container").put("type", "message").put("message_ts", messageTs).put("channel_id", channelId)
                .put("is_ephemeral", false);
        payload.putObject("channel").put("id", channelId).put("name", "aura-ops");
        payload.putObject("message").put("type", "message").put("ts", messageTs).put("text", "a card");
        payload.putArray("actions").addObject().put("type", "button").put("action_id", action).put("block_id", "b1")
                .put("value", value).put("action_ts", "1700000000.1").putObject("text").put("type", "plain_text")
                .put("text", "a button");
        return "payload=" + java.net.URLEncoder.encode(payload.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
