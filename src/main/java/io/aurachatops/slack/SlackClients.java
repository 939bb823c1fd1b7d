package io.aurachatops.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import io.aurachatops.credentials.CredentialStore;
import io.aurachatops.support.Lazy;
import io.aurachatops.support.Urls;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;

/** One shared Slack SDK instance, built on first use so that it costs nothing at startup. */
@ApplicationScoped
public class SlackClients {

    private final SlackSettings settings;
    private final CredentialStore credentials;
    private final Lazy<Slack> slack;
    private final Lazy<Slack> ackPath;

    /** The ack path's one Web API call ({@code views.open}) must leave the 3-s ack room to answer. */
    static final int ACK_PATH_CALL_TIMEOUT_MILLIS = 2000;

    public SlackClients(SlackSettings settings, CredentialStore credentials) {
        this.settings = settings;
        this.credentials = credentials;
        this.slack = Lazy.of(() -> Slack.getInstance(config(null)));
        this.ackPath = Lazy.of(() -> Slack.getInstance(config(ACK_PATH_CALL_TIMEOUT_MILLIS)));
    }

    private SlackConfig config(Integer callTimeoutMillis) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(Urls.withTrailingSlash(settings.apiUrl()));
        config.setStatsEnabled(false);
        config.setPrettyResponseLoggingEnabled(false);
        if (callTimeoutMillis != null) {
            config.setHttpClientCallTimeoutMillis(callTimeoutMillis);
        }
        return config;
    }

    /** Web API calls made while Slack waits for the ack: they give up after {@value #ACK_PATH_CALL_TIMEOUT_MILLIS} ms. */
    public MethodsClient ackPathMethods() {
        return ackPath.get().methods(credentials.botToken());
    }

    /**
     * Builds the ack path's HTTP client and warms it with {@code api.test}, which needs no token and changes
     * nothing, so that the first {@code views.open} after a cold start does not pay for it. Errors are ignored.
     */
    public void primeAckPath() {
        try {
            ackPath.get().methods().apiTest(r -> r);
        } catch (IOException | SlackApiException | RuntimeException e) {
            Log.infof("Priming the Slack client did not reach Slack (%s); the first form opens "
                    + "a little slower", e.getClass().getSimpleName());
        }
    }

    /** Web API calls with the bot token. */
    public MethodsClient methods() {
        return slack().methods(credentials.botToken());
    }

    public Slack slack() {
        return slack.get();
    }
}
