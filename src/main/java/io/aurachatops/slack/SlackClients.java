package io.aurachatops.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import io.aurachatops.credentials.CredentialStore;
import io.aurachatops.support.Lazy;
import io.aurachatops.support.Urls;
import jakarta.enterprise.context.ApplicationScoped;

/** One shared Slack SDK instance, built on first use so that it costs nothing at startup. */
@ApplicationScoped
public class SlackClients {

    private final SlackSettings settings;
    private final CredentialStore credentials;
    private final Lazy<Slack> slack;

    public SlackClients(SlackSettings settings, CredentialStore credentials) {
        this.settings = settings;
        this.credentials = credentials;
        this.slack = Lazy.of(() -> {
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(Urls.withTrailingSlash(settings.apiUrl()));
            config.setStatsEnabled(false);
            config.setPrettyResponseLoggingEnabled(false);
            return Slack.getInstance(config);
        });
    }

    /** Web API calls with the bot token. */
    public MethodsClient methods() {
        return slack().methods(credentials.botToken());
    }

    public Slack slack() {
        return slack.get();
    }
}
