package io.aurachatops.create;

import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.CreatedInstance;
import io.aurachatops.aura.InstanceRequest;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.AuraProblems;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandException;
import io.aurachatops.leases.LeaseLength;
import io.aurachatops.leases.Leases;
import io.aurachatops.jobs.CommandJob;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.jobs.WatchOperation;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.TimeSource;
import io.aurachatops.vault.CredentialVault;
import io.aurachatops.vault.InstanceCredentials;
import io.aurachatops.vault.SecretRef;
import io.aurachatops.watch.CreateFollowUp;
import io.aurachatops.watch.InstanceCard;
import io.aurachatops.watch.WatchStarter;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The create itself, after validation: {@code POST /v1/instances}, the password into the vault before anything
 * else, then the card and a watch. Also the recovery of a job that runs again after a crash.
 */
@ApplicationScoped
public class CreateWorkflow {

    static final List<Duration> VAULT_RETRY_PAUSES = List.of(Duration.ofMillis(500), Duration.ofSeconds(1));
    /** Aura's clock and ours may differ a little; an instance created this long before the job is not ours. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    /** Younger than this and still without a secret: another attempt may be storing it right now. */
    static final Duration STILL_STORING = Duration.ofMinutes(1);
    /** Marks a job that already waited once for a missing secret; no user can type it (it is not a flag). */
    static final String RECHECKED = "recheck";

    private final AuraGateway aura;
    private final CredentialVault vault;
    private final Notifier notifier;
    private final Provider<JobQueue> queue;
    private final WatchStarter watches;
    private final TimeSource time;
    private final AuditLog audit;
    private final CreateTimings timings;
    private final Ledger ledger;
    private final Leases leases;
    private final Iterable<CreateFollowUp> followUps;

    @jakarta.inject.Inject
    @SuppressWarnings("java:S107") // a create touches Aura, the vault, Slack, the queue and the ledger
    public CreateWorkflow(AuraGateway aura, CredentialVault vault, Notifier notifier, Provider<JobQueue> queue,
            WatchStarter watches, TimeSource time, AuditLog audit, CreateTimings timings, Ledger ledger, Leases leases,
            jakarta.enterprise.inject.Instance<CreateFollowUp> followUps) {
        this(aura, vault, notifier, queue, watches, time, audit, timings, ledger, leases,
                (Iterable<CreateFollowUp>) followUps);
    }

    @SuppressWarnings("java:S107")
    public CreateWorkflow(AuraGateway aura, CredentialVault vault, Notifier notifier, Provider<JobQueue> queue,
            WatchStarter watches, TimeSource time, AuditLog audit, CreateTimings timings, Ledger ledger, Leases leases,
            Iterable<CreateFollowUp> followUps) {
        this.followUps = followUps;
        this.ledger = ledger;
        this.leases = leases;
        this.aura = aura;
        this.vault = vault;
        this.notifier = notifier;
        this.queue = queue;
        this.watches = watches;
        this.time = time;
        this.audit = audit;
        this.timings = timings;
    }

    /** An instance with this name that this very job created before it was interrupted, if any. */
    public Optional<InstanceSummary> earlierAttempt(CommandContext context, String name, List<InstanceSummary> existing) {
        Instant notBefore = context.queuedAt().minus(CLOCK_SKEW);
        return existing.stream()
                .filter(i -> name.equals(i.name()) && i.createdAt() != null)
                .filter(i -> !Instant.parse(i.createdAt()).isBefore(notBefore))
                .findFirst();
    }

    /** A job that runs again: keep going if the password is safe, otherwise the instance must go. */
    public void resume(CommandContext context, InstanceSummary earlier) {
        InstanceCard card = new InstanceCard(earlier.name(), earlier.id(), null, earlier.cloudProvider(), null, null,
                null, null, null, null);
        if (ledger.read(lostMark(earlier.id())).isPresent()) {
            // An earlier attempt could not store the password; the vault need not be up to know it is lost.
            String reason = "Its password could not be stored in the vault, so nobody could ever log in. I am "
                    + "deleting it; please try again later.";
            Card posted = notifier.postCard(context.replyTo(), card.render(lost(earlier.name(), "password lost"), reason));
            deleteAndSay(context, earlier.id(), earlier.name(), posted, reason, "vault-failed", null);
            return;
        }
        Optional<String> storedBy = vault.storedBy(earlier.id());
        if (storedBy.filter(job -> !job.isEmpty() && !job.equals(context.jobId())).isPresent()) {
            // Another request's instance of the same name: never resumed as ours, never deleted.
            notifier.reply(context.replyTo(), Reply.of("An instance named `" + Markdown.escape(earlier.name())
                    + "` (`" + earlier.id() + "`) was created moments ago by another request, so I did not create a "
                    + "second one. Pick another name if you need your own."));
            audit.record(context.requester(), "create", earlier.id(), "refused:name-taken", null);
            return;
        }
        if (storedBy.isPresent()) {
            SecretRef secret = vault.reference(earlier.id());
            InstanceCard stored = card.withSecret(secret.name(), secret.readCommand());
            Optional<Duration> lease = leaseLength(context);
            Card posted = notifier.postCard(context.replyTo(), stored.render(creating(earlier.name(), context),
                    join("Picked up again after an interruption; the credentials were already stored.",
                            lease.map(this::leaseNote).orElse(null))));
            lease.ifPresent(length -> leases.start(earlier.id(), earlier.name(), null, context.requester().userId(),
                    context.requester().channelId(), posted.ts(), length));
            followUps.forEach(f -> f.accepted(earlier.id(), context.command().args(), context.requester().userId(),
                    context.requester().channelId()));
            startWatch(context, earlier.id(), earlier.name(), posted, secret, WatchOperation.CREATE, null);
            audit.record(context.requester(), "create", earlier.id(), "resumed", null);
            return;
        }
        boolean young = Instant.parse(earlier.createdAt()).isAfter(time.now().minus(STILL_STORING));
        if (young && !context.command().has(RECHECKED)) {
            Map<String, String> args = new HashMap<>(context.command().args());
            args.put(RECHECKED, "true");
            queue.get().submit(new CommandJob(context.jobId(), context.queuedAt().toString(), "create", args,
                    context.requester(), context.replyTo().responseUrl()), timings.recheckDelay());
            return;
        }
        String reason = "An earlier attempt of this command created it, but its password was lost before it could be "
                + "stored, so nobody could ever log in. I am deleting it; please run the command again.";
        Card posted = notifier.postCard(context.replyTo(), card.render(lost(earlier.name(), "password lost"), reason));
        deleteAndSay(context, earlier.id(), earlier.name(), posted, reason, "password-lost", null);
    }

    /**
     * Sends the create first and posts the card only afterwards: a job that runs out of time before the POST
     * continues later without having shown anything, so the user never sees two cards.
     */
    public void create(CommandContext context, InstanceRequest request) {
        InstanceCard card = new InstanceCard(request.name(), null, request.type(), request.cloudProvider(),
                request.region(), request.memory(), "requested", null, null, null);
        CreatedInstance created;
        try {
            created = aura.create(request, Priority.INTERACTIVE);
        } catch (AuraApiException e) {
            answerFailedCreate(context, request, card, e);
            return;
        }
        if (blank(created.id()) || blank(created.password())) {
            // A 2xx without an id or a password: if Aura made the instance, nobody can ever log in to it.
            lookUp(context, request, card, "Aura's answer to the create had no " + (blank(created.id()) ? "instance id"
                    : "password") + ".", "answer-malformed", null);
            return;
        }
        InstanceCard withId = new InstanceCard(request.name(), created.id(), request.type(), request.cloudProvider(),
                request.region(), request.memory(), "creating", null, null, null);
        Optional<SecretRef> secret = storeWithRetries(context, created);
        if (secret.isEmpty()) {
            ledger.create(lostMark(created.id()), Map.of("job", context.jobId()), time.now().plus(Duration.ofDays(1)));
            String reason = "I could not store its password in the vault, and an instance nobody can log in to is "
                    + "no use, so I am deleting it. Nothing was charged for long; please try again later.";
            Card posted = notifier.postCard(context.replyTo(), withId.render(lost(request.name(),
                    "credentials could not be stored"), reason));
            deleteAndSay(context, created.id(), request.name(), posted, reason, "vault-failed", null);
            return;
        }
        InstanceCard stored = withId.withSecret(secret.get().name(), secret.get().readCommand());
        Optional<Duration> lease = leaseLength(context);
        Card posted = notifier.postCard(context.replyTo(), stored.render(creating(request.name(), context),
                join(cloneNote(request), lease.map(this::leaseNote).orElse(null))));
        // After the card, so that reminders and the reaper can find it; a crash before this redelivers the job,
        // whose recovery path starts the lease too.
        lease.ifPresent(length -> leases.start(created.id(), request.name(), request.tenantId(),
                context.requester().userId(), context.requester().channelId(), posted.ts(), length));
        followUps.forEach(f -> f.accepted(created.id(), context.command().args(), context.requester().userId(),
                context.requester().channelId()));
        startWatch(context, created.id(), request.name(), posted, secret.get(), WatchOperation.CREATE, null);
        audit.record(context.requester(), "create", created.id(), "accepted", null);
    }

    private void answerFailedCreate(CommandContext context, InstanceRequest request, InstanceCard card,
            AuraApiException e) {
        // No answer, a 5xx, or a 2xx that is not JSON: Aura may have created it anyway.
        boolean answerLost = e.status() == 0 || e.status() >= 500
                || (e.status() / 100 == 2 && e.reason().filter("invalid-response"::equals).isPresent());
        if (answerLost) {
            lookUp(context, request, card, "Aura's answer to the create was lost (" + AuraProblems.explain(e) + ").",
                    "answer-lost:" + e.status(), e.requestId().orElse(null));
            return;
        }
        Card posted = notifier.postCard(context.replyTo(), card.withStatus("not created").render("❌ *"
                + Markdown.escape(request.name()) + "* was not created", AuraProblems.explain(e)));
        notifier.finishCard(posted, card.withStatus("not created").render("❌ *" + Markdown.escape(request.name())
                + "* was not created", AuraProblems.explain(e)), context.requester().userId());
        audit.record(context.requester(), "create", null, "refused:" + e.status(), e.requestId().orElse(null));
    }

    /**
     * The password, if there was one, is lost with the answer: a watch looks the name up until Aura's answer
     * is certain, and deletes what it finds.
     */
    private void lookUp(CommandContext context, InstanceRequest request, InstanceCard card, String reason,
            String outcome, String auraRequestId) {
        Card posted = notifier.postCard(context.replyTo(), card.withStatus("unknown").render("⏳ Checking whether *"
                + Markdown.escape(request.name()) + "* was created", reason));
        watches.start(context.jobId(), context.requester(), null, request.name(), posted,
                WatchStarter.Target.lookup(request.tenantId(), context.queuedAt().minus(CLOCK_SKEW), reason));
        audit.record(context.requester(), "create", null, outcome, auraRequestId);
    }

    /** Recorded when a password could not be stored, so a redelivered job deletes without asking the vault. */
    private static String lostMark(String instanceId) {
        return "password-lost#" + instanceId;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private Optional<SecretRef> storeWithRetries(CommandContext context, CreatedInstance created) {
        InstanceCredentials credentials = new InstanceCredentials(created.id(), created.name(), created.tenantId(),
                created.connectionUrl(), created.username(), created.password(), context.requester().userId(),
                context.jobId());
        for (int attempt = 0;; attempt++) {
            try {
                return Optional.of(vault.store(credentials));
            } catch (RuntimeException e) {
                Log.warnf("Storing the credentials of %s failed (attempt %d): %s", created.id(), attempt + 1,
                        e.getMessage());
                if (attempt >= VAULT_RETRY_PAUSES.size()) {
                    return Optional.empty();
                }
                try {
                    time.sleep(VAULT_RETRY_PAUSES.get(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }

    /** The card already says why; a watched job now deletes the instance and finishes the card. */
    private void deleteAndSay(CommandContext context, String id, String name, Card card, String reason, String outcome,
            String auraRequestId) {
        try {
            startWatch(context, id, name, card, null, WatchOperation.CLEANUP, reason);
        } catch (RuntimeException queueRefused) {
            deleteNow(context, id, name, card, reason, queueRefused);
        }
        audit.record(context.requester(), "create", id, outcome, auraRequestId);
    }

    /**
     * The clean-up could not be queued: delete here. While Aura still refuses (the instance is being created, or
     * Aura is down), the job fails and its message, which is durable, brings it back to try again.
     */
    private void deleteNow(CommandContext context, String id, String name, Card card, String reason,
            RuntimeException queueRefused) {
        Log.warnf("Could not queue the clean-up of %s (%s); deleting it directly", id, queueRefused.getMessage());
        String outcome;
        try {
            aura.delete(id, Priority.INTERACTIVE);
            outcome = " Aura accepted its deletion.";
        } catch (AuraApiException e) {
            if (!e.isNotFound()) {
                throw queueRefused;
            }
            outcome = " It has been deleted.";
        }
        InstanceCard gone = new InstanceCard(name, id, null, null, null, null, "destroying", null, null, null);
        notifier.finishCard(card, gone.render(lost(name, "deleted"), reason + outcome), context.requester().userId());
    }

    private static String lost(String name, String what) {
        return "❌ *" + Markdown.escape(name) + "*: " + what;
    }

    private void startWatch(CommandContext context, String id, String name, Card card, SecretRef secret,
            WatchOperation operation, String reason) {
        watches.start(context.jobId(), context.requester(), id, name, card, new WatchStarter.Target(operation,
                operation == WatchOperation.CREATE ? "creating" : "destroying", secret == null ? null : secret.name(),
                secret == null ? null : secret.readCommand(), reason, null, null));
    }

    /** The lease the command asked for ({@code --ttl}), checked again in case the maximum changed meanwhile. */
    private Optional<Duration> leaseLength(CommandContext context) {
        return context.command().arg("ttl").flatMap(typed -> {
            try {
                return Optional.of(leases.length(typed));
            } catch (CommandException e) {
                Log.warnf("Job %s: lease %s no longer allowed; the instance gets none", context.jobId(), typed);
                return Optional.empty();
            }
        });
    }

    private String leaseNote(Duration length) {
        return "⌛ Leased for " + LeaseLength.describe(length) + ": I delete it " + LeaseLength.when(time.now().plus(length))
                + " unless it is extended (`/aura extend`). Its owner is reminded before.";
    }

    private static String join(String first, String second) {
        return first == null ? second : second == null ? first : first + "\n" + second;
    }

    /** A clone's card says whose data it gets. */
    private static String cloneNote(InstanceRequest request) {
        if (request.sourceInstanceId() == null) {
            return null;
        }
        return "A copy of `" + Markdown.escape(request.sourceInstanceId()) + "`" + (request.sourceSnapshotId() == null
                ? " as it was when the clone started." : ", from its snapshot `"
                        + Markdown.escape(request.sourceSnapshotId()) + "`.");
    }

    private static String creating(String name, CommandContext context) {
        return "⏳ Creating *" + Markdown.escape(name) + "* for <@" + context.requester().userId() + ">";
    }
}
