package io.aurachatops.snapshots;

import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Priority;
import io.aurachatops.aura.Snapshot;
import io.aurachatops.jobs.JobHandler;
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
import java.time.Instant;

/** One poll of a snapshot being taken: the card follows it to Completed or Failed, or says it is still going. */
@ApplicationScoped
public class SnapshotWatches implements JobHandler<SnapshotWatchJob> {

    private final AuraGateway aura;
    private final Notifier notifier;
    private final Provider<JobQueue> queue;
    private final WatchSettings watch;
    private final TimeSource time;
    private final AuditLog audit;

    public SnapshotWatches(AuraGateway aura, Notifier notifier, Provider<JobQueue> queue, WatchSettings watch,
            TimeSource time, AuditLog audit) {
        this.aura = aura;
        this.notifier = notifier;
        this.queue = queue;
        this.watch = watch;
        this.time = time;
        this.audit = audit;
    }

    @Override
    public Class<SnapshotWatchJob> kind() {
        return SnapshotWatchJob.class;
    }

    @Override
    public void run(SnapshotWatchJob job) {
        boolean overdue = time.now().isAfter(Instant.parse(job.deadline()));
        Snapshot snapshot;
        try {
            snapshot = aura.snapshot(job.instanceId(), job.snapshotId(), Priority.BACKGROUND);
        } catch (AuraApiException e) {
            if (e.isNotFound() && !overdue) {
                // Aura may not list a snapshot for a moment after it accepted it, and the instance may be gone.
                queue.get().submit(job.next(job.card(), job.lastStatus()), watch.pollInterval());
            } else if (overdue) {
                finish(job, "⚠️ I could not follow the snapshot of *" + name(job) + "*", job.lastStatus(),
                        "Aura answered " + e.status() + ". Check it with `/aura snapshots " + name(job) + "`.", "lost");
            } else {
                queue.get().submit(job.next(job.card(), job.lastStatus()), watch.pollInterval());
            }
            return;
        }
        if (snapshot.completed()) {
            finish(job, "✅ Snapshot of *" + name(job) + "* is complete", snapshot.status(), Boolean.FALSE.equals(
                    snapshot.exportable()) ? "It is not exportable, so it cannot seed another instance." : null, "done");
        } else if (snapshot.failed()) {
            finish(job, "❌ Snapshot of *" + name(job) + "* failed", snapshot.status(), "Aura reports `Failed`. Try "
                    + "`/aura snapshot " + name(job) + "` again later.", "failed");
        } else if (overdue) {
            finish(job, "⚠️ Snapshot of *" + name(job) + "* is still `" + Markdown.escape(snapshot.status())
                    + "` after " + SnapshotActions.PATIENCE.toMinutes() + " min", snapshot.status(),
                    "I stopped watching; `/aura snapshots " + name(job) + "` shows how it ends.", "timeout");
        } else {
            Card card = snapshot.status().equals(job.lastStatus()) ? job.card() : notifier.updateCard(job.card(),
                    render(job, "📸 Taking a snapshot of *" + name(job) + "*", snapshot.status(), null));
            queue.get().submit(job.next(card, snapshot.status()), watch.pollInterval());
        }
    }

    private void finish(SnapshotWatchJob job, String headline, String status, String note, String outcome) {
        notifier.finishCard(job.card(), render(job, headline, status, note), job.requester().userId());
        audit.record(job.requester(), "snapshot", job.instanceId(), outcome, null);
    }

    private static Reply render(SnapshotWatchJob job, String headline, String status, String note) {
        return SnapshotCard.render(headline, job.instanceName(), job.instanceId(), job.snapshotId(), status, note);
    }

    private static String name(SnapshotWatchJob job) {
        return Markdown.escape(job.instanceName());
    }
}
