package io.aurachatops.slack;

import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import io.aurachatops.reply.Reply;

/** Loads the Slack SDK classes the ack path uses, with throw-away input, so that a snapshot holds them. */
public final class SlackWarmUp {

    private SlackWarmUp() {
    }

    public static void run(Reply sample) {
        new SlashCommandPayloadParser().parse("team_id=T&user_id=U&channel_id=C&text=help&response_url=http%3A%2F%2Fx");
        SlackMessages.ephemeral(sample);
        // The create form's loading view, serialised as views.open sends it.
        com.slack.api.util.json.GsonFactory.createSnakeCase().toJson(CreateModal.loading(""));
        // A current timestamp, so that the check reaches the HMAC and loads the crypto provider.
        java.time.Instant now = java.time.Instant.now();
        new SlackSignatureVerifier("warm-up-only", 1024).check(Long.toString(now.getEpochSecond()), "v0=00",
                new byte[] {'a'}, now);
    }
}
