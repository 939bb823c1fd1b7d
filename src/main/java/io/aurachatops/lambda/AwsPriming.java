package io.aurachatops.lambda;

import io.aurachatops.aura.client.AuraBudgetSettings;
import io.aurachatops.credentials.BotSecretSettings;
import io.aurachatops.jobs.JobSettings;
import io.aurachatops.jobs.runtime.sqs.SqsClients;
import io.aurachatops.reply.Reply;
import io.aurachatops.settings.SettingsParameterSettings;
import io.aurachatops.settings.aws.SsmClients;
import io.aurachatops.slack.SlackClients;
import io.aurachatops.slack.SlackWarmUp;
import io.aurachatops.vault.aws.SecretsManagerClients;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * With {@code AURA_PRIME_AT_STARTUP} (on in the lambda profile): builds the AWS clients and the ack path's Slack
 * client and makes one harmless call each during INIT, so that a SnapStart snapshot holds them warm and the
 * first Slack ack does not pay for it. Nothing secret or unique is created here: no Aura token, no bot credentials, no random ids.
 */
@ApplicationScoped
public class AwsPriming {

    @SuppressWarnings("java:S107") // one client per AWS service the ack path touches
    void onStart(@Observes StartupEvent event, PrimingSettings settings, JobSettings jobs, BotSecretSettings secret,
            SettingsParameterSettings runSettings, Instance<SqsClients> sqsClients,
            Instance<SecretsManagerClients> secretClients, Instance<SsmClients> ssmClients,
            Instance<io.aurachatops.command.CommandCatalog> catalogs, Instance<SlackClients> slackClients,
            AuraBudgetSettings function) {
        if (!settings.primeAtStartup()) {
            return;
        }
        SqsClients sqs = sqsClients.get();
        SecretsManagerClients secrets = secretClients.get();
        io.aurachatops.command.CommandCatalog catalog = catalogs.get();
        long started = System.nanoTime();
        SlackWarmUp.run(Reply.of("warm-up"));
        catalog.parser().parse("help");
        jobs.queueUrl().ifPresent(url -> quietly("SQS", () -> sqs.get().getQueueAttributes(r -> r.queueUrl(url)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))));
        secret.secretsId().ifPresent(id -> quietly("Secrets Manager", () -> secrets.get().describeSecret(r -> r.secretId(id))));
        if (secret.secretsId().isEmpty()) {
            secrets.get(); // its name is in the settings, read on first use: build the client only
        }
        // The answer is thrown away: the settings are read on first use, so a snapshot never holds them.
        runSettings.parameter().ifPresent(name -> quietly("SSM", () -> ssmClients.get().get().getParameter(r -> r.name(name))));
        // Only the ingress opens forms; the worker and the scheduled function skip Slack's round trip.
        if (function.budgetRole().map("ingress"::equals).orElse(true)) {
            slackClients.get().primeAckPath();
        }
        Log.infof("Primed the AWS and Slack clients in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static void quietly(String what, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            Log.warnf("Priming %s failed (%s); the first request will build it instead", what, e.getClass().getSimpleName());
        }
    }
}
