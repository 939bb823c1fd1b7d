package io.aurachatops.slack;

import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.ssl_check.SSLCheckPayloadDetector;
import io.aurachatops.access.AccessPolicy;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.command.CommandCatalog;
import io.aurachatops.command.ParsedCommand;
import io.aurachatops.command.Requester;
import io.aurachatops.command.UsageException;
import io.aurachatops.jobs.CommandJob;
import io.aurachatops.jobs.ModalJob;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.reply.Reply;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The 3-second path, shared by the HTTP resource and the Lambda dispatcher: verify, parse, check what
 * configuration alone can decide (signature, team, syntax, verb, channel), queue a job, ack. Roles are
 * decided by the worker, which can ask Slack about user groups. No outbound call besides the enqueue, except
 * {@code views.open} for the create form (a trigger expires after 3 s, so it cannot wait for the worker).
 */
@ApplicationScoped
public class SlackIngress {

    private final SlackRequestGuard guard;
    private final SlackInteractions interactions;
    private final SlackEvents events;
    private final CreateModals modals;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final CommandCatalog catalog;
    private final JobQueue queue;
    private final SlashCommandPayloadParser payloads = new SlashCommandPayloadParser();
    private final SSLCheckPayloadDetector sslChecks = new SSLCheckPayloadDetector();

    @SuppressWarnings("java:S107") // one collaborator per check the ack makes
    public SlackIngress(SlackRequestGuard guard, SlackInteractions interactions, SlackEvents events, AccessPolicy access,
            AuditLog audit, CommandCatalog catalog, JobQueue queue, CreateModals modals) {
        this.modals = modals;
        this.events = events;
        this.guard = guard;
        this.interactions = interactions;
        this.access = access;
        this.audit = audit;
        this.catalog = catalog;
        this.queue = queue;
    }

    public SlackResponse command(SlackRequest request) {
        if (!guard.genuine(request, "/slack/commands")) {
            return SlackResponse.UNAUTHORIZED;
        }
        try {
            return verifiedCommand(new String(request.body(), StandardCharsets.UTF_8),
                    fingerprint(request.header("X-Slack-Signature")));
        } catch (RuntimeException e) {
            Log.errorf(e, "Unexpected failure while acknowledging a slash command");
            return answer("Something went wrong on my side before I could queue that. Please try again.");
        }
    }

    private SlackResponse verifiedCommand(String body, String fingerprint) {
        SlashCommandPayload payload;
        try {
            if (sslChecks.isSSLCheckRequest(body)) {
                return SlackResponse.EMPTY_OK;
            }
            payload = payloads.parse(body);
        } catch (IllegalArgumentException e) {
            return answer("I could not read that request (its form encoding is broken). Please type the command again.");
        }
        if (!guard.fromOurTeam(payload.getTeamId(), "/slack/commands")) {
            return SlackResponse.UNAUTHORIZED;
        }
        if (payload.getUserId() == null || payload.getResponseUrl() == null) {
            return answer("That request lacks the user or the response URL that every slash command carries.");
        }
        if (!access.channelAllowed(payload.getChannelId())) {
            audit.logOnly(new Requester(payload.getTeamId(), payload.getUserId(), payload.getChannelId()), "-", null,
                    "refused:channel-not-allowed", null);
            return answer("I only act in " + access.allowedChannels().stream().map(c -> "<#" + c + ">")
                    .collect(Collectors.joining(", ")) + ". Ask an admin to add this channel to `AURA_BOT_CHANNELS`.");
        }
        if (payload.getText() != null && payload.getText().trim().equalsIgnoreCase("create")
                && payload.getTriggerId() != null) {
            return openCreateForm(payload);
        }
        ParsedCommand command;
        try {
            command = catalog.parser().parse(payload.getText());
        } catch (UsageException e) {
            return answer(e.userMessage());
        }
        return enqueue(command, payload, fingerprint);
    }

    /**
     * {@code /aura create} alone opens the guided form. {@code views.open} must happen here, within the trigger's
     * 3 s: it is the one outbound call of the ack path besides the enqueue, and it needs nothing from Aura.
     */
    private SlackResponse openCreateForm(SlashCommandPayload payload) {
        Optional<Views.Opened> opened = modals.open(payload.getTriggerId());
        if (opened.isEmpty()) {
            return answer("I could not open the create form just now. Type it instead: `/aura create <name> "
                    + "[--type T] [--cloud-provider P] [--region R] [--memory M]`, or try again.");
        }
        try {
            queue.submit(new ModalJob(UUID.randomUUID().toString(), opened.get().viewId(), opened.get().hash(),
                    payload.getUserId(), null, null, null, null));
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not queue the filling of the create form");
            return answer("The form opened, but I could not fill it just now. Close it and try again in a moment.");
        }
        return SlackResponse.EMPTY_OK;
    }

    /** A hash of the request's signature: the same for a replay of that request, and useless for forging one. */
    static String fingerprint(String signature) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(signature).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Events API deliveries (the Home tab). */
    public SlackResponse event(SlackRequest request) {
        return events.handle(request);
    }

    /** Button clicks. */
    public SlackResponse interaction(SlackRequest request) {
        return interactions.handle(request);
    }

    private SlackResponse enqueue(ParsedCommand command, SlashCommandPayload payload, String fingerprint) {
        CommandJob job = new CommandJob(UUID.randomUUID().toString(), Instant.now().toString(), command.verb(),
                command.args(), new Requester(payload.getTeamId(), payload.getUserId(), payload.getChannelId()),
                payload.getResponseUrl(), fingerprint);
        try {
            queue.submit(job);
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not queue %s", job);
            return answer("I could not queue that command just now. Please try again in a moment.");
        }
        return answer("⏳ Working on `/aura " + command.verb() + "`…");
    }

    private static SlackResponse answer(String text) {
        return SlackResponse.ok(SlackMessages.ephemeral(Reply.of(text)));
    }
}
