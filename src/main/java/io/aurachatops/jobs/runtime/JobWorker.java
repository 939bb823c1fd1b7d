package io.aurachatops.jobs.runtime;

import io.aurachatops.access.Role;
import io.aurachatops.access.RoleResolver;
import io.aurachatops.approvals.Approvals;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.command.AuraProblems;
import io.aurachatops.command.CommandCatalog;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandException;
import io.aurachatops.command.ParsedCommand;
import io.aurachatops.command.UsageException;
import io.aurachatops.command.Verb;
import io.aurachatops.jobs.CommandJob;
import io.aurachatops.jobs.Job;
import io.aurachatops.jobs.JobHandler;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import io.aurachatops.support.OutOfTimeException;
import io.aurachatops.support.TimeSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Provider;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one job: a command (authorised again, then answered), or any other kind through its handler. A job
 * that runs out of time before its next Aura request goes back to the queue to continue; handlers whose jobs
 * carry progress queue their own continuation instead.
 */
@ApplicationScoped
public class JobWorker {

    /** How soon a job that ran out of time is picked up again (on Lambda, usually by another process). */
    static final Duration CONTINUE_AFTER = Duration.ofSeconds(2);
    /** A command still waiting for the Aura budget after this long is given up, and the requester told. */
    static final Duration COMMAND_PATIENCE = Duration.ofMinutes(10);
    /** A command that must wait this long for the budget tells its requester why, and until when. */
    static final Duration TELL_WAITING_AFTER = Duration.ofSeconds(15);
    /** Longer than Slack's five-minute window for a request's timestamp, so a replay always finds the first. */
    static final Duration REPLAY_WINDOW = Duration.ofMinutes(10);

    private final CommandCatalog catalog;
    private final RoleResolver roles;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Provider<JobQueue> queue;
    private final TimeSource time;
    private final Ledger ledger;
    private final Map<Class<?>, JobHandler<?>> handlers = new HashMap<>();
    private final Approvals approvals;

    @SuppressWarnings("java:S107") // the worker is where these meet
    public JobWorker(CommandCatalog catalog, RoleResolver roles, Notifier notifier, AuditLog audit,
            Provider<JobQueue> queue, TimeSource time, Ledger ledger, Instance<JobHandler<?>> all, Approvals approvals) {
        this.approvals = approvals;
        this.ledger = ledger;
        this.catalog = catalog;
        this.roles = roles;
        this.notifier = notifier;
        this.audit = audit;
        this.queue = queue;
        this.time = time;
        all.forEach(h -> handlers.put(h.kind(), h));
    }

    public void run(Job job) {
        try {
            if (job instanceof CommandJob command) {
                runCommand(command);
            } else {
                handle(job);
            }
        } catch (OutOfTimeException e) {
            continueLater(job, e);
        }
    }

    @SuppressWarnings("unchecked")
    private <J extends Job> void handle(J job) {
        JobHandler<J> handler = (JobHandler<J>) handlers.get(job.getClass());
        if (handler == null) {
            throw new IllegalStateException("No handler for " + job.getClass().getSimpleName());
        }
        handler.run(job);
    }

    /** Nothing was sent for the request that did not fit, so running the job again from here is safe. */
    private void continueLater(Job job, OutOfTimeException e) {
        if (job instanceof CommandJob command
                && Instant.parse(command.queuedAt()).plus(COMMAND_PATIENCE).isBefore(time.now())) {
            Log.warnf("Job %s (%s) gave up waiting for the Aura budget: %s", job.jobId(), command.verb(), e.getMessage());
            notifier.reply(target(command), Reply.of("`/aura " + command.verb() + "` could not start within "
                    + COMMAND_PATIENCE.toMinutes() + " minutes because the bot's share of Aura's request limit stayed "
                    + "used up. Nothing was changed; please try again in a few minutes."));
            return;
        }
        Duration wait = e.budgetWait().filter(w -> w.compareTo(CONTINUE_AFTER) > 0).orElse(CONTINUE_AFTER);
        if (job instanceof CommandJob command && wait.compareTo(TELL_WAITING_AFTER) >= 0) {
            tellWaiting(command, wait);
        }
        Log.infof("Job %s continues in %d s: %s", job.jobId(), wait.toSeconds(), e.getMessage());
        queue.get().submit(job, wait);
    }

    /** Once per command: a long wait for the budget (a 429's hold) is explained, with when it ends. */
    private void tellWaiting(CommandJob command, Duration wait) {
        Instant resumes = time.now().plus(wait);
        if (!ledger.create("waiting#" + command.jobId(), Map.of(), resumes.plus(COMMAND_PATIENCE))) {
            return;
        }
        String at = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC).format(resumes);
        notifier.reply(target(command), Reply.of("⏳ Aura asked the bot to slow down, so `/aura " + command.verb()
                + "` is waiting its turn. It carries on by itself at about <!date^" + resumes.getEpochSecond()
                + "^{time}|" + at + " UTC> (in " + Math.max(1, Math.round(wait.toSeconds() / 60.0)) + " min); there is "
                + "no need to run it again."));
    }

    private void runCommand(CommandJob job) {
        if (replayed(job)) {
            return;
        }
        ReplyTarget target = target(job);
        Reply reply = answer(job, target);
        if (reply != Reply.NONE) {
            notifier.reply(target, reply);
        }
    }

    /**
     * Whether another job already ran this signed request: a replay within Slack's five minutes, by anyone
     * who saw it. The same job delivered again (a continuation, a redelivery) is not a replay.
     */
    private boolean replayed(CommandJob job) {
        if (job.fingerprint() == null) {
            return false;
        }
        String key = "request#" + job.fingerprint();
        if (ledger.create(key, Map.of("job", job.jobId()), time.now().plus(REPLAY_WINDOW))) {
            return false;
        }
        String first = ledger.read(key).map(r -> r.get("job")).orElse(job.jobId());
        if (first.equals(job.jobId())) {
            return false;
        }
        Log.warnf("Job %s (%s) is a replay of the request job %s ran; ignored", job.jobId(), job.verb(), first);
        audit.logOnly(job.requester(), job.verb(), null, "refused:replayed-request", null);
        return true;
    }

    private static ReplyTarget target(CommandJob job) {
        return new ReplyTarget(job.requester().channelId(), job.requester().userId(), job.responseUrl());
    }

    private Reply answer(CommandJob job, ReplyTarget target) {
        try {
            Verb verb = catalog.verb(job.verb())
                    .orElseThrow(() -> new CommandException("`/aura " + job.verb() + "` is not a command of this version."));
            ParsedCommand command = new ParsedCommand(job.verb(), job.args());
            Role needed = verb.requiredRole(command);
            Optional<String> refusal = roles.resolve(job.requester().userId()).refusal(job.verb(), needed);
            if (refusal.isPresent()) {
                audit.record(job.requester(), job.verb(), command.arg("instance").or(() -> command.arg("name")).orElse(null),
                        "refused:needs-" + needed.label(), null);
                return Reply.of(refusal.get());
            }
            CommandContext context = new CommandContext(command, job.requester(), job.jobId(),
                    Instant.parse(job.queuedAt()), target);
            if (approvals.wouldAsk(job.verb(), job.args())) {
                verb.check(context);
            }
            Optional<Reply> waiting = approvals.gate(job.jobId(), verb.spec(), job.args(), job.requester(), target);
            if (waiting.isPresent()) {
                return waiting.get();
            }
            return verb.run(context);
        } catch (UsageException e) {
            return Reply.of(e.userMessage());
        } catch (CommandException e) {
            return Reply.of(e.getMessage());
        } catch (AuraApiException e) {
            Log.warnf("Job %s (%s): %s", job.jobId(), job.verb(), e);
            return Reply.of(AuraProblems.explain(e));
        }
        // Anything else (a queue or vault outage, a bug) propagates: the job failed before its effects were
        // all recorded, so the queue delivers it again, and the last attempt tells the requester.
    }
}
