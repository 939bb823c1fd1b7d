package io.aurachatops.slack;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Slack credentials and endpoints (environment variables {@code SLACK_*}). */
@ConfigMapping(prefix = "slack")
public interface SlackSettings {

    /** {@code SLACK_SIGNING_SECRET}: verifies requests; required. */
    Optional<String> signingSecret();

    /** {@code SLACK_BOT_TOKEN}: Web API token; required outside sandbox. */
    Optional<String> botToken();

    /** {@code SLACK_API_URL}: Web API base; a trailing slash is added if missing. */
    @WithDefault("https://slack.com/api/")
    String apiUrl();

    /** {@code SLACK_TEAM_ID}: when set, requests from any other workspace get 401. */
    Optional<String> teamId();

    /** {@code SLACK_MAX_BODY_BYTES}: larger request bodies are refused before verification. */
    @WithDefault("65536")
    int maxBodyBytes();
}
