package io.aurachatops.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.util.JsonPayloadExtractor;
import com.slack.api.app_backend.util.JsonPayloadTypeDetector;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.util.json.GsonFactory;
import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.ButtonClickJob;
import io.aurachatops.jobs.CommandJob;
import io.aurachatops.jobs.DataDecisionJob;
import io.aurachatops.jobs.DeleteDecisionJob;
import io.aurachatops.jobs.Job;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.jobs.ModalJob;
import io.aurachatops.reply.Button;
import io.aurachatops.reply.Card;
import io.aurachatops.watch.InstanceActions;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /slack/interactions}: button clicks. A genuine click on a confirmation card or an action button becomes a job; the worker
 * checks the token and the clicker's role. Slack ignores the body of this answer, so it is always empty.
 */
@ApplicationScoped
public class SlackInteractions {

    static final String PATH = "/slack/interactions";
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final SlackRequestGuard guard;
    private final JobQueue queue;
    private final CreateSubmissions submissions;
    private final CreateModals modals;

    public SlackInteractions(SlackRequestGuard guard, JobQueue queue, CreateSubmissions submissions,
            CreateModals modals) {
        this.modals = modals;
        this.guard = guard;
        this.queue = queue;
        this.submissions = submissions;
    }

    public SlackResponse handle(SlackRequest request) {
        if (!guard.genuine(request, PATH)) {
            return SlackResponse.UNAUTHORIZED;
        }
        String body = new String(request.body(), StandardCharsets.UTF_8);
        Optional<ViewSubmissionPayload> submission = submission(body);
        if (submission.isPresent()) {
            ViewSubmissionPayload submitted = submission.get();
            if (!guard.fromOurTeam(submitted.getTeam() == null ? null : submitted.getTeam().getId(), PATH)) {
                return SlackResponse.UNAUTHORIZED;
            }
            return submissions.submitted(submitted);
        }
        Optional<BlockActionPayload> payload = parse(body);
        if (payload.isEmpty()) {
            return SlackResponse.EMPTY_OK;
        }
        BlockActionPayload click = payload.get();
        String team = click.getTeam() == null ? null : click.getTeam().getId();
        if (!guard.fromOurTeam(team, PATH)) {
            return SlackResponse.UNAUTHORIZED;
        }
        if (opensCreateForm(click)) {
            // The click's trigger lives 3 s, so the form is opened here, like /aura create alone.
            Optional<Views.Opened> opened = modals.open(click.getTriggerId());
            String channel = click.getChannel() == null ? null : click.getChannel().getId();
            // Without a form (Slack refused it: an expired trigger, say) the person gets create's help, to type it.
            Job job = opened.<Job>map(o -> new ModalJob(UUID.randomUUID().toString(), o.viewId(), o.hash(),
                    click.getUser().getId(), null, null, null, null)).orElseGet(() -> new CommandJob(
                    UUID.randomUUID().toString(), java.time.Instant.now().toString(), "help", Map.of("verb", "create"),
                    new Requester(team == null ? "-" : team, click.getUser().getId(), channel), click.getResponseUrl()));
            try {
                queue.submit(job);
            } catch (RuntimeException e) {
                Log.errorf(e, "Could not queue %s", job);
            }
            return SlackResponse.EMPTY_OK;
        }
        formChange(click).or(() -> decision(click)).ifPresent(job -> {
            try {
                queue.submit(job);
            } catch (RuntimeException e) {
                Log.errorf(e, "Could not queue %s", job);
            }
        });
        return SlackResponse.EMPTY_OK;
    }

    static boolean opensCreateForm(BlockActionPayload click) {
        return click.getActions() != null && !click.getActions().isEmpty() && click.getUser() != null
                && click.getTriggerId() != null
                && Button.OPEN_CREATE_FORM.equals(click.getActions().get(0).getActionId());
    }

    /** A choice made in the create form: the worker refills the form's selects. */
    static Optional<Job> formChange(BlockActionPayload click) {
        if (click.getView() == null || !CreateModal.CALLBACK.equals(click.getView().getCallbackId())
                || click.getUser() == null) {
            return Optional.empty();
        }
        CreateModal.Choice choice = CreateModal.Choice.of(click.getView().getState());
        return Optional.of(new ModalJob(UUID.randomUUID().toString(), click.getView().getId(), click.getView().getHash(),
                click.getUser().getId(), choice.type(), choice.cloud(), choice.region(), choice.memory()));
    }

    static Optional<ViewSubmissionPayload> submission(String body) {
        try {
            String json = new JsonPayloadExtractor().extractIfExists(body);
            if (json == null || !ViewSubmissionPayload.TYPE.equals(new JsonPayloadTypeDetector().detectType(json))) {
                return Optional.empty();
            }
            return Optional.ofNullable(GSON.fromJson(json, ViewSubmissionPayload.class));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<BlockActionPayload> parse(String body) {
        try {
            String json = new JsonPayloadExtractor().extractIfExists(body);
            if (json == null || !BlockActionPayload.TYPE.equals(new JsonPayloadTypeDetector().detectType(json))) {
                Log.infof("Ignored an interaction that is not a button click");
                return Optional.empty();
            }
            return Optional.ofNullable(GSON.fromJson(json, BlockActionPayload.class));
        } catch (RuntimeException e) {
            Log.warnf("Ignored an interaction that could not be read (%s)", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The job a click on a confirmation card becomes: a delete, or a restore or overwrite, confirmed or not. */
    static Optional<Job> decision(BlockActionPayload click) {
        if (click.getActions() == null || click.getActions().isEmpty() || click.getUser() == null) {
            return Optional.empty();
        }
        BlockActionPayload.Action action = click.getActions().get(0);
        String id = String.valueOf(action.getActionId());
        if (click.getChannel() == null) {
            return homeClick(click, action);
        }
        boolean cloneFirst = id.equals(ConfirmationTokens.DELETE_CLONE_FIRST);
        boolean delete = id.equals(ConfirmationTokens.DELETE_CONFIRM) || id.equals(ConfirmationTokens.DELETE_CANCEL)
                || cloneFirst;
        boolean data = id.equals(ConfirmationTokens.RESTORE_CONFIRM) || id.equals(ConfirmationTokens.RESTORE_CANCEL)
                || id.equals(ConfirmationTokens.OVERWRITE_CONFIRM) || id.equals(ConfirmationTokens.OVERWRITE_CANCEL);
        if (!delete && !data) {
            // A menu sends its choice as the selected option, a button as its value.
            String value = action.getValue() != null ? action.getValue()
                    : action.getSelectedOption() == null ? null : action.getSelectedOption().getValue();
            return id.startsWith(ButtonClickJob.PREFIX) ? Optional.of(new ButtonClickJob(UUID.randomUUID().toString(),
                    id, value, click.getUser().getId(), click.getTeam() == null ? null
                            : click.getTeam().getId(), card(click))) : Optional.empty();
        }
        boolean confirm = id.equals(ConfirmationTokens.DELETE_CONFIRM) || id.equals(ConfirmationTokens.RESTORE_CONFIRM)
                || id.equals(ConfirmationTokens.OVERWRITE_CONFIRM) || cloneFirst;
        Card card = card(click);
        String jobId = UUID.randomUUID().toString();
        String team = click.getTeam() == null ? null : click.getTeam().getId();
        String clicker = click.getUser().getId();
        return Optional.of(delete ? new DeleteDecisionJob(jobId, confirm, action.getValue(), clicker, team, card,
                cloneFirst)
                : new DataDecisionJob(jobId, confirm, action.getValue(), clicker, team, card));
    }

    /**
     * A click on the Home tab: it has no channel and no message. Only the Home's instance menu is offered
     * there; its token names the channel the instance came from, where the command's card and answers go.
     */
    private static Optional<Job> homeClick(BlockActionPayload click, BlockActionPayload.Action action) {
        if (!InstanceActions.MENU.equals(action.getActionId()) || action.getSelectedOption() == null) {
            return Optional.empty();
        }
        String token = action.getSelectedOption().getValue();
        Optional<String> channel = ConfirmationTokens.channelOf(token);
        if (channel.isEmpty()) {
            // No channel to answer in: the Home tab's own options always name one, so this one was made up.
            Log.warnf("A Home tab choice by %s names no channel; ignored", click.getUser().getId());
        }
        return channel.map(named -> new ButtonClickJob(UUID.randomUUID().toString(),
                action.getActionId(), token, click.getUser().getId(), click.getTeam() == null ? null
                        : click.getTeam().getId(), Card.privateFallback(named, null, 1)));
    }

    /** The message the button was on: a channel message the job can edit, or a private one. */
    private static Card card(BlockActionPayload click) {
        String channel = click.getChannel().getId();
        boolean ephemeral = click.getContainer() != null && click.getContainer().isEphemeral();
        String ts = click.getContainer() == null ? null : click.getContainer().getMessageTs();
        return ephemeral || ts == null ? Card.privateFallback(channel, click.getResponseUrl(), 1)
                : Card.inChannel(channel, ts, click.getResponseUrl());
    }
}
