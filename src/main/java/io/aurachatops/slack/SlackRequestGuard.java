package io.aurachatops.slack;

import io.aurachatops.credentials.CredentialStore;
import io.aurachatops.settings.CurrentSettings;
import io.aurachatops.settings.RunSettings;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Decides whether a request really comes from Slack, and from our workspace. Refusals are logged without the body. */
@ApplicationScoped
public class SlackRequestGuard {

    private final SlackSettings settings;
    private final CurrentSettings runSettings;
    private final CredentialStore credentials;
    private volatile SlackSignatureVerifier verifier;

    public SlackRequestGuard(SlackSettings settings, CurrentSettings runSettings, CredentialStore credentials) {
        this.settings = settings;
        this.runSettings = runSettings;
        this.credentials = credentials;
    }

    public boolean genuine(SlackRequest request, String path) {
        Optional<SlackSignatureVerifier.Rejection> rejection;
        try {
            rejection = verifier().check(request.header("X-Slack-Request-Timestamp"),
                    request.header("X-Slack-Signature"), request.body(), Instant.now());
        } catch (RuntimeException e) {
            Log.errorf("Cannot verify Slack requests to %s: %s", path, e.getMessage());
            return false;
        }
        rejection.ifPresent(r -> Log.warnf("Rejected Slack request to %s: %s", path, r));
        return rejection.isEmpty();
    }

    /** With {@code SLACK_TEAM_ID} set, only that workspace; the refusal is logged. */
    public boolean fromOurTeam(String teamId, String path) {
        boolean ours = runSettings.current().text(RunSettings.TEAM_ID).map(t -> t.equals(teamId)).orElse(true);
        if (!ours) {
            Log.warnf("Rejected Slack request to %s: team %s is not SLACK_TEAM_ID", path, teamId);
        }
        return ours;
    }

    /** The verifier for the current signing secret, which may change when the bot secret is rotated. */
    private SlackSignatureVerifier verifier() {
        String secret = credentials.signingSecret();
        SlackSignatureVerifier current = verifier;
        if (current == null || !current.usesSecret(secret)) {
            current = new SlackSignatureVerifier(secret, settings.maxBodyBytes());
            verifier = current;
        }
        return current;
    }
}
