package io.aurachatops.http;

import io.aurachatops.command.CommandCatalog;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.CommandJob;
import io.aurachatops.jobs.JobCodec;
import io.aurachatops.lambda.PrimingSettings;
import io.aurachatops.reply.Reply;
import io.aurachatops.slack.SlackWarmUp;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * The local server's first Slack request would load the parser, the verbs, the job codec and the Slack SDK
 * classes. A background thread loads them while startup finishes, so the first ack is as quick as the
 * rest. Throw-away input only: no secret, no network. (On Lambda the priming does this during INIT.)
 */
@ApplicationScoped
public class AckPathWarmUp {

    void onStart(@Observes StartupEvent event, PrimingSettings priming, CommandCatalog catalog, JobCodec codec) {
        if (priming.primeAtStartup()) {
            return;
        }
        Thread warmUp = new Thread(() -> {
            try {
                catalog.parser().parse("create warm-up --type professional-db --memory 8 GB");
                codec.decode(codec.encode(new CommandJob("warm-up", "1970-01-01T00:00:00Z", "help", Map.of(),
                        new Requester("T", "U", "C"), "http://localhost/warm-up")));
                SlackWarmUp.run(Reply.of("warm-up"));
            } catch (RuntimeException e) {
                // Only a head start; the first request does the same work if this fails.
            }
        }, "ack-path-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
