package io.aurachatops.slack;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.block.LayoutBlock;
import io.aurachatops.access.AccessPolicy;
import io.aurachatops.command.CommandException;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.CommandJob;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.leases.LeaseLength;
import io.aurachatops.leases.LeaseSettings;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A submitted create form. What the form alone can decide is answered inline within Slack's 3 s (a missing or
 * too long name, a choice not made or no longer offered, a bad lease, a channel the bot does not act in); the
 * rest is the create job's, queued exactly as the typed command queues it, so both make the same request to Aura.
 */
@ApplicationScoped
public class CreateSubmissions {

    private final JobQueue queue;
    private final AccessPolicy access;
    private final LeaseSettings leases;
    private final Views views;

    public CreateSubmissions(JobQueue queue, AccessPolicy access, LeaseSettings leases, Views views) {
        this.queue = queue;
        this.views = views;
        this.access = access;
        this.leases = leases;
    }

    SlackResponse submitted(ViewSubmissionPayload submitted) {
        if (submitted.getView() == null || !CreateModal.CALLBACK.equals(submitted.getView().getCallbackId())
                || submitted.getUser() == null) {
            return SlackResponse.EMPTY_OK;
        }
        List<LayoutBlock> shown = submitted.getView().getBlocks() == null || submitted.getView().getBlocks().isEmpty()
                ? views.shown(submitted.getView().getId()) : submitted.getView().getBlocks();
        Map<String, String> errors = CreateModal.errors(submitted.getView().getState(), shown, this::leaseProblem);
        Optional<String> channel = CreateModal.channel(submitted.getView().getState());
        if (channel.isEmpty()) {
            errors.put(CreateModal.CHANNEL, "Choose where its card goes.");
        } else if (!access.channelAllowed(channel.get())) {
            errors.put(CreateModal.CHANNEL, "I do not act there; choose a channel listed in AURA_BOT_CHANNELS.");
        }
        if (!errors.isEmpty()) {
            return SlackResponse.ok(errorsAnswer(errors));
        }
        String team = submitted.getTeam() == null ? "-" : submitted.getTeam().getId();
        String responseUrl = submitted.getResponseUrls() == null || submitted.getResponseUrls().isEmpty() ? null
                : submitted.getResponseUrls().get(0).getResponseUrl();
        CommandJob job = new CommandJob(UUID.randomUUID().toString(), Instant.now().toString(), "create",
                CreateModal.args(submitted.getView().getState()), new Requester(team, submitted.getUser().getId(),
                        channel.get()), responseUrl);
        try {
            queue.submit(job);
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not queue %s", job);
            return SlackResponse.ok(errorsAnswer(Map.of(CreateModal.NAME, "I could not queue this just now; "
                    + "submit again in a moment.")));
        }
        return SlackResponse.EMPTY_OK;
    }

    private Optional<String> leaseProblem(String typed) {
        try {
            LeaseLength.parse(typed, leases.max());
            return Optional.empty();
        } catch (CommandException e) {
            // Inline errors are plain text: the markdown of the chat answer is dropped.
            return Optional.of(e.getMessage().replace("`", ""));
        }
    }

    private static String errorsAnswer(Map<String, String> errors) {
        JsonObject answer = new JsonObject();
        answer.addProperty("response_action", "errors");
        JsonObject fields = new JsonObject();
        errors.forEach(fields::addProperty);
        answer.add("errors", fields);
        return answer.toString();
    }
}
