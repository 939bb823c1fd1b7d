package io.aurachatops.startup;

import io.aurachatops.aura.client.AuraClientConfig;
import io.aurachatops.credentials.BotSecretSettings;
import io.aurachatops.jobs.JobSettings;
import io.aurachatops.jobs.JobTimeSettings;
import io.aurachatops.ledger.LedgerSettings;
import io.aurachatops.settings.SettingsParameterSettings;
import io.aurachatops.slack.SlackSettings;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stops startup with one clear line when a required variable is missing, instead of failing on first use. */
@ApplicationScoped
public class RequiredConfiguration {

    void onStart(@Observes StartupEvent event, SlackSettings slack, AuraClientConfig aura, BotSecretSettings secret,
            JobSettings jobs, LedgerSettings ledger, SettingsParameterSettings settingsParameter, JobTimeSettings time) {
        Duration oneRequest = aura.connectTimeout().plus(aura.readTimeout());
        if (time.jobTimeBudget().compareTo(oneRequest) <= 0) {
            // No Aura request would ever fit a job: every job would only ever continue later.
            Log.errorf("AURA_JOB_TIME_BUDGET (%s) must be longer than AURA_CONNECT_TIMEOUT plus AURA_READ_TIMEOUT (%s)",
                    time.jobTimeBudget(), oneRequest);
            Quarkus.asyncExit(1);
            return;
        }
        List<String> missing = new ArrayList<>();
        if (jobs.requireQueue() && jobs.queueUrl().filter(u -> !u.isBlank()).isEmpty()) {
            missing.add("AURA_JOBS_QUEUE_URL");
        }
        if (ledger.required() && ledger.table().filter(t -> !t.isBlank()).isEmpty()) {
            missing.add("AURA_LEDGER_TABLE");
        }
        // With a bot secret (named here or in the settings parameter), the credentials come from it, read on
        // first use rather than during startup.
        if (secret.secretsId().filter(s -> !s.isBlank()).isEmpty()
                && settingsParameter.parameter().filter(s -> !s.isBlank()).isEmpty()) {
            missing.addAll(missing(slack, aura));
        }
        if (!missing.isEmpty()) {
            Log.errorf("Missing required configuration: %s. Set %s in the environment (or name a secret holding "
                    + "them with AURA_BOT_SECRETS_ID), or start with -Dquarkus.profile=sandbox to try the bot without "
                    + "any accounts.", String.join(", ", missing), missing.size() == 1 ? "it" : "them");
            Quarkus.asyncExit(1);
        }
    }

    static List<String> missing(SlackSettings slack, AuraClientConfig aura) {
        List<String> missing = new ArrayList<>();
        check(missing, "SLACK_SIGNING_SECRET", slack.signingSecret());
        check(missing, "SLACK_BOT_TOKEN", slack.botToken());
        check(missing, "AURA_CLIENT_ID", aura.clientId());
        check(missing, "AURA_CLIENT_SECRET", aura.clientSecret());
        return missing;
    }

    private static void check(List<String> missing, String name, Optional<String> value) {
        if (value.map(String::isBlank).orElse(true)) {
            missing.add(name);
        }
    }
}
