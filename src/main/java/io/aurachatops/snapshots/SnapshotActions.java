package io.aurachatops.snapshots;

import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.Priority;
import io.aurachatops.aura.Snapshot;
import io.aurachatops.command.InstanceFormat;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.InstanceResolver;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.jobs.SnapshotWatchJob;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.TimeSource;
import io.aurachatops.watch.WatchSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code snapshot}: take one and follow it on a card; {@code snapshots}: one day's snapshots, newest first. */
@ApplicationScoped
public class SnapshotActions {

    /** Snapshots usually take minutes; after this the card says it is still going and stops watching. */
    static final Duration PATIENCE = Duration.ofMinutes(10);
    static final int LINES_PER_SECTION = 15;

    private final AuraGateway aura;
    private final InstanceResolver instances;
    private final Notifier notifier;
    private final Provider<JobQueue> queue;
    private final WatchSettings watch;
    private final TimeSource time;
    private final AuditLog audit;

    @SuppressWarnings("java:S107") // Aura, the resolver, Slack, the queue, the cadence, the clock and the audit
    public SnapshotActions(AuraGateway aura, InstanceResolver instances, Notifier notifier, Provider<JobQueue> queue,
            WatchSettings watch, TimeSource time, AuditLog audit) {
        this.aura = aura;
        this.instances = instances;
        this.notifier = notifier;
        this.queue = queue;
        this.watch = watch;
        this.time = time;
        this.audit = audit;
    }

    public Reply take(CommandContext context, String reference) {
        Instance i = instances.resolve(reference, Priority.INTERACTIVE);
        String name = InstanceFormat.label(i);
        if (!"running".equals(i.status().value())) {
            return Reply.of(name + " is `" + Markdown.escape(i.status().value()) + "`; Aura takes snapshots of running "
                    + "instances only.");
        }
        String snapshotId;
        try {
            snapshotId = aura.takeSnapshot(i.id(), Priority.INTERACTIVE);
        } catch (AuraApiException e) {
            if (e.isBusy()) {
                return Reply.of(name + " is busy: " + Markdown.escape(e.getMessage()) + ". Try again when it finishes.");
            }
            throw e;
        }
        Card card = notifier.postCard(context.replyTo(), SnapshotCard.render("📸 Taking a snapshot of *"
                + Markdown.escape(i.name()) + "* for <@" + context.requester().userId() + ">", i.name(), i.id(),
                snapshotId, "Pending", null));
        Instant now = time.now();
        queue.get().submit(new SnapshotWatchJob(context.jobId(), i.id(), i.name(), snapshotId, context.requester(), card,
                now.toString(), now.plus(PATIENCE).toString(), "Pending"), watch.pollInterval());
        audit.record(context.requester(), "snapshot", i.id(), "accepted", null);
        return Reply.NONE;
    }

    public Reply list(String reference, Optional<LocalDate> day) {
        Instance i = instances.resolve(reference, Priority.INTERACTIVE);
        List<Snapshot> found = new ArrayList<>(aura.snapshots(i.id(), day, Priority.INTERACTIVE));
        found.sort(Comparator.comparing((Snapshot s) -> String.valueOf(s.timestamp())).reversed());
        String when = day.map(LocalDate::toString).orElse("today (" + time.now().atZone(ZoneOffset.UTC).toLocalDate()
                + ", UTC)");
        String name = "*" + Markdown.escape(i.name()) + "* (`" + Markdown.escape(i.id()) + "`)";
        if (found.isEmpty()) {
            String takeOne = "running".equals(i.status().value()) ? "`/aura snapshot " + Markdown.escape(i.name())
                    + "` takes one now; " : "";
            return Reply.of("No snapshots of " + name + " from " + when + ". " + takeOne
                    + "`--date YYYY-MM-DD` shows another day.");
        }
        List<String> lines = found.stream().map(SnapshotCard::line).toList();
        List<String> sections = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += LINES_PER_SECTION) {
            sections.add(String.join("\n", lines.subList(from, Math.min(lines.size(), from + LINES_PER_SECTION))));
        }
        return Reply.of(found.size() + " snapshot" + (found.size() == 1 ? "" : "s") + " of " + name + " from " + when
                + ", newest first:", sections).withFootnote("Snapshots are deleted with their instance. Only an "
                        + "exportable snapshot can seed another instance.");
    }
}
