package io.aurachatops.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import io.aurachatops.support.Urls;
import jakarta.enterprise.context.ApplicationScoped;

/** One shared Slack SDK instance, built on first use so that it costs nothing at startup. */
@ApplicationScoped
public class SlackClients {

    private final SlackSettings settings;
    private volatile Slack slack;

    public SlackClients(SlackSettings settings) {
        this.settings = settings;
    }

    /** Web API calls with the bot token. */
    public MethodsClient methods() {
        return slack().methods(settings.botToken().orElseThrow(() -> new IllegalStateException("SLACK_BOT_TOKEN is not set")));
    }

    public Slack slack() {
        Slack current = slack;
        if (current == null) {
            synchronized (this) {
                if (slack == null) {
                    SlackConfig config = new SlackConfig();
                    config.setMethodsEndpointUrlPrefix(Urls.withTrailingSlash(settings.apiUrl()));
                    config.setStatsEnabled(false);
                    config.setPrettyResponseLoggingEnabled(false);
                    slack = Slack.getInstance(config);
                }
                current = slack;
            }
        }
        return current;
    }
}
