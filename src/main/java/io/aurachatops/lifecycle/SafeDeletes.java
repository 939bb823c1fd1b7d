package io.aurachatops.lifecycle;

import io.aurachatops.access.ProtectedInstances;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.PauseClock;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.CommandJob;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.jobs.WatchJob;
import io.aurachatops.jobs.WatchOperation;
import io.aurachatops.leases.Leases;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.TimeSource;
import io.aurachatops.vault.CredentialVault;
import io.aurachatops.watch.CreateFollowUp;
import io.aurachatops.watch.WatchStarter;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Clone first, then delete": snapshots die with their instance, so the only copy that outlives a delete is
 * another instance. The confirmed delete becomes a clone ({@code <name>-final-<date>}, smallest size, through the
 * create's own path, password to the vault first); when the copy runs, it is paused and only then is the original
 * deleted. If the copy fails, nothing is deleted. Each step is claimed in the ledger, so it happens once.
 */
@ApplicationScoped
public class SafeDeletes implements CreateFollowUp {

    /** Hidden arguments of the clone job (no user can type them: they are not flags). */
    public static final String COPY_OF = "final-copy-of";
    static final String CARD_CHANNEL = "final-card-channel";
    static final String CARD_TS = "final-card-ts";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_NAME = 30;

    private final Provider<JobQueue> queue;
    private final Ledger ledger;
    private final AuraGateway aura;
    private final ProtectedInstances protectedInstances;
    private final Notifier notifier;
    private final WatchStarter watches;
    private final CredentialVault vault;
    private final PauseClock pauseClock;
    private final AuditLog audit;
    private final TimeSource time;
    private final Leases leases;

    @SuppressWarnings("java:S107") // a safe delete copies, pauses, deletes, watches and reports
    public SafeDeletes(Provider<JobQueue> queue, Ledger ledger, AuraGateway aura, ProtectedInstances protectedInstances,
            Notifier notifier, WatchStarter watches, CredentialVault vault, PauseClock pauseClock, AuditLog audit,
            TimeSource time, Leases leases) {
        this.leases = leases;
        this.queue = queue;
        this.ledger = ledger;
        this.aura = aura;
        this.protectedInstances = protectedInstances;
        this.notifier = notifier;
        this.watches = watches;
        this.vault = vault;
        this.pauseClock = pauseClock;
        this.audit = audit;
        this.time = time;
    }

    /** {@code <name>-final-<yyyyMMdd>}, the name cut so that the whole stays within Aura's 30 characters. */
    public static String copyName(String name, java.time.Instant today) {
        String suffix = "-final-" + DAY.format(today);
        String stem = name.length() + suffix.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - suffix.length());
        return stem.replaceAll("-+$", "") + suffix;
    }

    /** Starts the copy; the delete waits for it. A second confirmation of the same instance starts nothing. */
    void start(String clickJobId, Requester clicker, Instance original, Card card) {
        if (!ledger.create("safe-delete#" + original.id(), Map.of("job", clickJobId), time.now().plus(Duration.ofDays(2)))) {
            notifier.reply(new io.aurachatops.reply.ReplyTarget(card.channelId(), clicker.userId(), card.responseUrl()),
                    Reply.of(InstanceMessages.name(original) + " is already being copied before its delete; its card "
                            + "shows how it goes."));
            return;
        }
        String copy = copyName(original.name(), time.now());
        Map<String, String> args = new HashMap<>();
        args.put("source", original.id());
        args.put("name", copy);
        args.put(COPY_OF, original.id());
        args.put(CARD_CHANNEL, card.channelId());
        if (card.ts() != null) {
            args.put(CARD_TS, card.ts());
        }
        notifier.updateCard(card, InstanceMessages.card(original).render("📦 Copying *" + Markdown.escape(original.name())
                + "* to *" + Markdown.escape(copy) + "* before deleting it, confirmed by <@" + clicker.userId() + ">",
                "The original is deleted only once the copy runs; if the copy fails, nothing is deleted."));
        audit.record(clicker, "delete", original.id(), "clone-first:" + copy, null);
        // The click job's id makes the clone job's, so a redelivered click cannot make a second copy.
        queue.get().submit(new CommandJob(clickJobId + "-copy", time.now().toString(), "clone", args, clicker,
                card.responseUrl()));
    }

    /** Remembers what to do when the copy runs (only for a copy that this class asked for). */
    @Override
    public void accepted(String copyId, Map<String, String> args, String requesterId, String channelId) {
        Optional.ofNullable(args.get(COPY_OF)).ifPresent(original -> ledger.create(key(copyId), Map.of(
                "original", original, "channel", args.getOrDefault(CARD_CHANNEL, ""), "ts", args.getOrDefault(CARD_TS, ""),
                "by", requesterId), time.now().plus(Duration.ofDays(2))));
    }

    @Override
    public void running(WatchJob copy) {
        Optional<Map<String, String>> plan = claim(copy);
        if (plan.isEmpty()) {
            return;
        }
        String pauseNote;
        try {
            aura.pause(copy.instanceId(), Priority.BACKGROUND);
            pauseClock.paused(copy.instanceId());
            pauseNote = "it is being paused, so it costs about 20 % of its running price";
        } catch (AuraApiException e) {
            Log.warnf("Could not pause the final copy %s: %s", copy.instanceId(), e.getMessage());
            pauseNote = "I could not pause it (" + Markdown.escape(e.getMessage()) + "); pause it with `/aura pause "
                    + Markdown.escape(copy.instanceName()) + "`";
        }
        String originalId = plan.get().get("original");
        Card originalCard = card(plan.get());
        Requester by = new Requester("-", plan.get().get("by"), originalCard.channelId());
        String deleted = deleteOriginal(originalId, originalCard, by, copy);
        notifier.threadReply(copy.card(), Reply.of("📦 *" + Markdown.escape(copy.instanceName()) + "* (`"
                + copy.instanceId() + "`) holds the data now: " + pauseNote + ". " + deleted));
    }

    @Override
    public void failed(WatchJob copy) {
        claim(copy).ifPresent(plan -> notifier.updateCard(card(plan), Reply.of("❌ The copy *"
                + Markdown.escape(copy.instanceName()) + "* could not be made, so `" + plan.get("original")
                + "` was *not* deleted. Delete it again when you are ready.")));
    }

    private String deleteOriginal(String originalId, Card originalCard, Requester by, WatchJob copy) {
        Instance original;
        try {
            original = aura.instance(originalId, Priority.BACKGROUND);
            if (protectedInstances.covers(original.id(), original.name())) {
                return "`" + originalId + "` became protected meanwhile, so it was not deleted.";
            }
            aura.delete(originalId, Priority.BACKGROUND);
        } catch (AuraApiException e) {
            if (e.isNotFound()) {
                return "`" + originalId + "` was already deleted.";
            }
            notifier.updateCard(originalCard, Reply.of("⚠️ The copy *" + Markdown.escape(copy.instanceName()) + "* runs, "
                    + "but deleting `" + originalId + "` failed: " + Markdown.escape(e.getMessage()) + ". Delete it again."));
            return "Deleting the original failed; its card says why.";
        }
        audit.record(by, "delete", originalId, "accepted:after-copy", null);
        leases.end(originalId, "deleted");
        notifier.updateCard(originalCard, InstanceMessages.card(original).withStatus("destroying").render("🗑️ Deleting *"
                + Markdown.escape(original.name()) + "*: its copy *" + Markdown.escape(copy.instanceName()) + "* runs",
                null));
        watches.start(copy.jobId() + "-delete", by, original.id(), original.name(), originalCard, new WatchStarter.Target(
                WatchOperation.DELETE, "destroying", vault.secretName(original.id()), null, "its paused copy *"
                        + Markdown.escape(copy.instanceName()) + "* keeps the data", null, by.userId()));
        return "*" + Markdown.escape(original.name()) + "* is being deleted; its card follows it.";
    }

    /** The plan for this copy, the first time a watch reports on it; empty for other creates and later reports. */
    private Optional<Map<String, String>> claim(WatchJob copy) {
        if (copy.operation() != WatchOperation.CREATE || copy.instanceId() == null) {
            return Optional.empty();
        }
        return ledger.read(key(copy.instanceId())).filter(p -> ledger.setOnce(key(copy.instanceId()), "done",
                time.now().toString()));
    }

    private static Card card(Map<String, String> plan) {
        return Card.remembered(plan.get("channel"), plan.get("ts"));
    }

    private static String key(String copyId) {
        return "final-copy#" + copyId;
    }
}
