package io.aurachatops.watch;

import io.aurachatops.access.Role;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceStatus;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.aura.Priority;
import io.aurachatops.jobs.JobHandler;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.jobs.WatchJob;
import io.aurachatops.jobs.WatchOperation;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.support.TimeSource;
import io.aurachatops.vault.CredentialVault;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs one poll of a watch: asks Aura once, at background priority, updates the card when the status
 * changed, and either finishes or queues itself again. Short outages and odd statuses only mean "ask again".
 */
@ApplicationScoped
public class WatchRunner implements JobHandler<WatchJob> {

    static final Set<String> CREATE_FAILED = Set.of("loading failed", "destroying", "deleting", "suspended", "suspending");
    static final Set<String> CHANGE_FAILED = Set.of("loading failed", "destroying", "deleting", "suspended");
    /** How long after a create a 404 still means "not visible yet" rather than "gone". */
    static final Duration NEW_INSTANCE_GRACE = Duration.ofMinutes(1);

    private final AuraGateway aura;
    private final Notifier notifier;
    private final Provider<JobQueue> queue;
    private final WatchSettings settings;
    private final TimeSource time;
    private final AuditLog audit;
    private final CredentialVault vault;
    private final StuckCreates stuckCreates;
    private final Iterable<CreateFollowUp> followUps;
    private final InstanceActions actions;
    private final Iterable<CardNote> notes;

    @jakarta.inject.Inject
    @SuppressWarnings("java:S107") // a watch reads Aura, writes cards, the audit and the vault, and queues itself
    public WatchRunner(AuraGateway aura, Notifier notifier, Provider<JobQueue> queue, WatchSettings settings,
            TimeSource time, AuditLog audit, CredentialVault vault, StuckCreates stuckCreates,
            jakarta.enterprise.inject.Instance<CreateFollowUp> followUps, InstanceActions actions,
            jakarta.enterprise.inject.Instance<CardNote> notes) {
        this(aura, notifier, queue, settings, time, audit, vault, stuckCreates, (Iterable<CreateFollowUp>) followUps,
                actions, (Iterable<CardNote>) notes);
    }

    @SuppressWarnings("java:S107")
    public WatchRunner(AuraGateway aura, Notifier notifier, Provider<JobQueue> queue, WatchSettings settings,
            TimeSource time, AuditLog audit, CredentialVault vault, StuckCreates stuckCreates,
            Iterable<CreateFollowUp> followUps, InstanceActions actions, Iterable<CardNote> notes) {
        this.actions = actions;
        this.notes = notes;
        this.followUps = followUps;
        this.stuckCreates = stuckCreates;
        this.aura = aura;
        this.notifier = notifier;
        this.queue = queue;
        this.settings = settings;
        this.time = time;
        this.audit = audit;
        this.vault = vault;
    }

    @Override
    public Class<WatchJob> kind() {
        return WatchJob.class;
    }

    @Override
    public void run(WatchJob job) {
        Instant now = time.now();
        switch (job.operation()) {
            case CREATE -> pollCreate(job, now);
            case LOOKUP -> pollLookup(job, now);
            case CLEANUP -> pollCleanup(job, now);
            case DELETE -> pollDelete(job, now);
            case PAUSE, RESUME, RESIZE, RESTORE, OVERWRITE -> pollChange(job, now);
        }
    }

    /** Pause, resume, resize: done when the target state is visible; a resize also needs the new memory. */
    private void pollChange(WatchJob job, Instant now) {
        String verb = job.operation().name().toLowerCase(java.util.Locale.ROOT);
        if (now.isAfter(Instant.parse(job.deadline()))) {
            fail(job, base(job), "still `" + Markdown.escape(job.lastStatus()) + "` after " + minutes(job) + ". Check it in the Aura "
                    + "console.", "timeout", verb);
            return;
        }
        Instance instance;
        try {
            instance = aura.instance(job.instanceId(), Priority.BACKGROUND);
        } catch (AuraApiException e) {
            if (e.isNotFound()) {
                fail(job, base(job), "the instance disappeared." + retireIfGone(job, null), "disappeared", verb);
            } else {
                again(job, job.card(), job.lastStatus(), now);
            }
            return;
        }
        InstanceCard card = card(job, instance);
        String status = instance.status().value();
        String name = "*" + Markdown.escape(job.instanceName()) + "*";
        boolean done = switch (job.operation()) {
            case PAUSE -> status.equals("paused");
            case RESUME, RESTORE, OVERWRITE -> status.equals("running");
            default -> status.equals("running") && job.expectedMemory().equalsIgnoreCase(String.valueOf(instance.memory()));
        };
        if (done) {
            String headline = switch (job.operation()) {
                case PAUSE -> "⏸️ " + name + " is paused";
                case RESUME -> "✅ " + name + " is running again";
                case RESTORE -> "✅ " + name + " is restored and running";
                case OVERWRITE -> "✅ " + name + " has the new data and is running";
                default -> "✅ " + name + " now has " + instance.memory();
            };
            notifier.finishCard(job.card(), actions.on(card.render(headline, null), instance, job.card().channelId(),
                    Role.ADMIN), job.requester().userId());
            audit.record(job.requester(), verb, job.instanceId(), "done", null);
        } else if (CHANGE_FAILED.contains(status)) {
            fail(job, card, "Aura reports `" + Markdown.escape(status) + "`." + retireIfGone(job, status), "failed:" + status, verb);
        } else {
            Card updated = status.equals(job.lastStatus()) ? job.card()
                    : notifier.updateCard(job.card(), card.render("⏳ " + capitalised(verb) + " " + name + ": `" + Markdown.escape(status)
                            + "`", null));
            again(job, updated, status, now);
        }
    }

    /** A confirmed delete: done at 404, then the secret is scheduled for deletion. */
    private void pollDelete(WatchJob job, Instant now) {
        if (now.isAfter(Instant.parse(job.deadline()))) {
            fail(job, base(job), "still being deleted after " + minutes(job) + ". Check it in the Aura console.",
                    "timeout", "delete");
            return;
        }
        try {
            Instance instance = aura.instance(job.instanceId(), Priority.BACKGROUND);
            again(job, job.card(), instance.status().value(), now);
        } catch (AuraApiException e) {
            if (!e.isNotFound()) {
                again(job, job.card(), job.lastStatus(), now);
                return;
            }
            String secretNote = retireSecret(job.instanceId()).orElse("The bot holds no credentials secret for it (`"
                    + job.secretName() + "` does not exist).");
            InstanceCard card = base(job).withStatus("deleted").withSecret(null, null);
            // A delete nobody clicked (a lease that ran out) carries its reason instead of a confirmer.
            String why = job.reason() != null ? job.reason() : "confirmed by <@" + job.actor() + ">";
            notifier.finishCard(job.card(), card.render("✅ *" + Markdown.escape(job.instanceName()) + "* is deleted ("
                    + why + ")", secretNote), job.requester().userId());
            audit.record(job.requester(), "delete", job.instanceId(), "done", null);
        }
    }

    /**
     * Schedules the deletion of a gone (or going) instance's secret, if the bot holds one; the sentence says
     * what happened. Empty when there is no secret.
     */
    private Optional<String> retireSecret(String instanceId) {
        String name = vault.secretName(instanceId);
        try {
            if (!vault.retireSecret(instanceId)) {
                return Optional.empty();
            }
            return Optional.of("Its credentials secret `" + name + "` is scheduled for deletion with a 7-day recovery "
                    + "window.");
        } catch (RuntimeException vaultFailure) {
            Log.warnf("Could not schedule the deletion of secret %s: %s", name, vaultFailure.getMessage());
            return Optional.of("I could not schedule its credentials secret `" + name + "` for deletion; an admin "
                    + "should remove it.");
        }
    }

    /** An instance that is being deleted, or is gone, while something else was watched: its secret goes too. */
    private String retireIfGone(WatchJob job, String status) {
        if (status != null && !InstanceStatus.of(status).isBeingDeleted()) {
            return "";
        }
        return retireSecret(job.instanceId()).map(note -> " " + note).orElse("");
    }

    private static String capitalised(String verb) {
        String doing = switch (verb) {
            case "pause" -> "pausing";
            case "resume" -> "resuming";
            case "restore" -> "restoring";
            case "overwrite" -> "overwriting";
            default -> "resizing";
        };
        return Character.toUpperCase(doing.charAt(0)) + doing.substring(1);
    }

    private void pollCreate(WatchJob job, Instant now) {
        boolean overdue = now.isAfter(Instant.parse(job.deadline()));
        Instance instance;
        try {
            instance = aura.instance(job.instanceId(), Priority.BACKGROUND);
        } catch (AuraApiException e) {
            if (overdue) {
                giveUpOnCreate(job, base(job));
            } else if (e.isNotFound() && Duration.between(Instant.parse(job.startedAt()), now).compareTo(NEW_INSTANCE_GRACE) < 0) {
                // Aura may answer 404 for a moment after it accepted a create.
                again(job, job.card(), job.lastStatus(), now);
            } else if (e.isNotFound()) {
                fail(job, base(job), "the instance disappeared while it was being created." + retireIfGone(job, null),
                        "disappeared");
                followUps.forEach(f -> f.failed(job));
            } else {
                Log.infof("Watch of %s: Aura answered %d; asking again later", job.instanceId(), e.status());
                again(job, job.card(), job.lastStatus(), now);
            }
            return;
        }
        if (overdue && !instance.status().value().equals("running") && !CREATE_FAILED.contains(instance.status().value())) {
            giveUpOnCreate(job, card(job, instance));
            return;
        }
        InstanceCard card = card(job, instance);
        String status = instance.status().value();
        if (status.equals("running")) {
            notifier.finishCard(job.card(), actions.on(card.render("✅ *" + Markdown.escape(job.instanceName())
                    + "* is running", notes(job)), instance, job.card().channelId(), Role.ADMIN), job.requester().userId());
            audit.record(job.requester(), "create", job.instanceId(), "running", null);
            followUps.forEach(f -> f.running(job));
        } else if (CREATE_FAILED.contains(status)) {
            fail(job, card, "Aura reports `" + Markdown.escape(status) + "`." + retireIfGone(job, status), "failed:" + status);
            followUps.forEach(f -> f.failed(job));
        } else {
            Card updated = status.equals(job.lastStatus()) ? job.card()
                    : notifier.updateCard(job.card(), card.render(progressHeadline(job), notes(job)));
            again(job, updated, status, now);
        }
    }

    /**
     * Aura's answer to a create was lost: list the tenant until an instance of that name shows up (its password
     * is lost with the answer, so it must go) or long enough has passed that Aura will not create it any more.
     */
    private void pollLookup(WatchJob job, Instant now) {
        Instant notBefore = Instant.parse(job.notBefore());
        Optional<InstanceSummary> found;
        try {
            found = aura.instances(Optional.ofNullable(job.tenantId()), Priority.BACKGROUND).stream()
                    .filter(i -> job.instanceName().equals(i.name()) && i.createdAt() != null)
                    .filter(i -> !Instant.parse(i.createdAt()).isBefore(notBefore))
                    .findFirst();
        } catch (AuraApiException e) {
            if (now.isAfter(Instant.parse(job.deadline()))) {
                Log.errorf("Could not find out whether %s was created; check the Aura console", job.instanceName());
                fail(job, base(job), job.reason() + " I could not find out whether Aura created it: check the Aura "
                        + "console and delete it there if it exists, because its password is lost.", "lookup-failed");
            } else {
                again(job, job.card(), job.lastStatus(), now);
            }
            return;
        }
        if (found.isPresent()) {
            String why = job.reason() + " Aura created the instance anyway; its password came only in that answer, so "
                    + "I am deleting it. Please run the command again.";
            Card updated = notifier.updateCard(job.card(), base(job).withStatus("creating").render("❌ *"
                    + Markdown.escape(job.instanceName()) + "*: password lost", why));
            queue.get().submit(job.cleanUp(found.get().id(), updated, why), Duration.ZERO);
            audit.record(job.requester(), "create", found.get().id(), "password-lost", null);
            return;
        }
        if (Duration.between(Instant.parse(job.startedAt()), now).compareTo(WatchOperation.LOOKUP.typical()) >= 0) {
            fail(job, base(job).withStatus("not created"), job.reason() + " No instance named `"
                    + Markdown.escape(job.instanceName()) + "` appeared, so nothing was created.", "not-created");
            return;
        }
        again(job, job.card(), job.lastStatus(), now);
    }

    private void pollCleanup(WatchJob job, Instant now) {
        InstanceCard card = base(job);
        if (now.isAfter(Instant.parse(job.deadline()))) {
            Log.errorf("Gave up deleting instance %s (%s) after %s; it must be deleted by hand", job.instanceId(),
                    job.instanceName(), minutes(job));
            fail(job, card, job.reason() + " I could not delete it within " + minutes(job)
                    + ": delete it by hand in the Aura console.", "cleanup-timeout");
            return;
        }
        try {
            if (!job.deleteSent()) {
                aura.delete(job.instanceId(), Priority.BACKGROUND);
                again(job, job.card(), "destroying", now, true);
            } else {
                aura.instance(job.instanceId(), Priority.BACKGROUND);
                again(job, job.card(), "destroying", now, true);
            }
        } catch (AuraApiException e) {
            if (e.isNotFound()) {
                fail(job, card, job.reason() + " The instance has been deleted.", "cleaned-up");
            } else {
                // 409 while it is still being created, or a short outage: try again.
                again(job, job.card(), job.lastStatus(), now, job.deleteSent());
            }
        }
    }

    /** A create past its deadline is final, but the instance may be billed: the card offers Delete and Keep. */
    private void giveUpOnCreate(WatchJob job, InstanceCard card) {
        notifier.finishCard(job.card(), stuckCreates.card(job, card, minutes(job)), job.requester().userId());
        audit.record(job.requester(), "create", job.instanceId(), "timeout", null);
        followUps.forEach(f -> f.failed(job));
    }

    private void fail(WatchJob job, InstanceCard card, String why, String outcome) {
        fail(job, card, why, outcome, "create");
    }

    private void fail(WatchJob job, InstanceCard card, String why, String outcome, String verb) {
        notifier.finishCard(job.card(), card.render("❌ *" + Markdown.escape(job.instanceName()) + "*: " + why, null),
                job.requester().userId());
        audit.record(job.requester(), verb, job.instanceId(), outcome, null);
    }

    private void again(WatchJob job, Card card, String status, Instant now) {
        again(job, card, status, now, job.deleteSent());
    }

    private void again(WatchJob job, Card card, String status, Instant now, boolean deleteSent) {
        Duration delay = WatchPolicy.nextDelay(job.operation(), settings.pollInterval(), Instant.parse(job.startedAt()),
                Instant.parse(job.deadline()), now);
        queue.get().submit(job.next(card, status, deleteSent), delay);
    }

    private String progressHeadline(WatchJob job) {
        return "⏳ Creating *" + Markdown.escape(job.instanceName()) + "* for <@" + job.requester().userId() + ">";
    }

    private static InstanceCard card(WatchJob job, Instance instance) {
        return new InstanceCard(job.instanceName(), job.instanceId(), instance.type(), instance.cloudProvider(),
                instance.region(), instance.memory(), instance.status().value(), instance.connectionUrl(),
                job.secretName(), job.readCommand());
    }

    private static InstanceCard base(WatchJob job) {
        return new InstanceCard(job.instanceName(), job.instanceId(), null, null, null, null, job.lastStatus(), null,
                job.secretName(), job.readCommand());
    }

    private static String minutes(WatchJob job) {
        long minutes = Duration.between(Instant.parse(job.startedAt()), Instant.parse(job.deadline())).toMinutes();
        return minutes + " min";
    }

    /** What the workflows keep on a create's card; null when nothing. */
    private String notes(WatchJob job) {
        List<String> lines = new ArrayList<>();
        notes.forEach(note -> note.about(job.instanceId()).ifPresent(lines::add));
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
