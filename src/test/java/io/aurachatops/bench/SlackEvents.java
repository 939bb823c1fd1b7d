package io.aurachatops.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Signed {@code /aura} slash commands as API Gateway (HTTP API v2) hands them to the ingress function. */
final class SlackEvents {

    static final String ADMIN = "UADMIN1";
    static final String CHANNEL = "CBENCH";

    private SlackEvents() {
    }

    static String command(String text, String responseUrl) {
        String body = "team_id=T1&channel_id=" + CHANNEL + "&user_id=" + ADMIN + "&command=%2Faura&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&response_url="
                + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8);
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        String signature = new SlackSignature.Generator(SlackFake.SIGNING_SECRET).generate(ts, body);
        ObjectNode event = new ObjectMapper().createObjectNode().put("version", "2.0")
                .put("routeKey", "POST /slack/commands").put("rawPath", "/slack/commands").put("isBase64Encoded", true)
                .put("body", Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
        event.putObject("headers").put("content-type", "application/x-www-form-urlencoded")
                .put("x-slack-request-timestamp", ts).put("x-slack-signature", signature);
        event.putObject("requestContext").putObject("http").put("method", "POST").put("path", "/slack/commands");
        return event.toString();
    }
}
