package io.aurachatops.listing;

import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.PauseClock;
import io.aurachatops.aura.Priority;
import io.aurachatops.jobs.JobHandler;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.jobs.ListStatusJob;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import io.aurachatops.support.OutOfTimeException;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Statuses of a short {@code /aura list}, after its names were answered. The instances are split into parts
 * that workers fetch in parallel (each process has only a slice of the Aura budget); each part reports to the
 * ledger, and the part that completes the set replaces the answer with every status, exactly once.
 */
@ApplicationScoped
public class ListStatuses implements JobHandler<ListStatusJob> {

    /** As many parts as the template's default worker concurrency, so that 25 statuses take one round. */
    static final int PARTS = 4;
    static final Duration KEEP = Duration.ofHours(1);
    static final Duration CONTINUE_AFTER = Duration.ofSeconds(1);

    private final AuraGateway aura;
    private final Ledger ledger;
    private final Notifier notifier;
    private final Provider<JobQueue> queue;
    private final TimeSource time;
    private final PauseClock pauseClock;

    public ListStatuses(AuraGateway aura, Ledger ledger, Notifier notifier, Provider<JobQueue> queue, TimeSource time,
            PauseClock pauseClock) {
        this.pauseClock = pauseClock;
        this.aura = aura;
        this.ledger = ledger;
        this.notifier = notifier;
        this.queue = queue;
        this.time = time;
    }

    /** Remembers the answer's lines and queues the parts that fetch the statuses. */
    public void start(String jobId, String headline, Map<String, String> lines, ReplyTarget target) {
        String key = "list#" + jobId;
        List<String> ids = new ArrayList<>(lines.keySet());
        int size = (ids.size() + PARTS - 1) / PARTS;
        int parts = (ids.size() + size - 1) / size;
        boolean fresh = ledger.create(key, Map.of("headline", headline, "lines", InstanceListing.encode(lines),
                "parts", Integer.toString(parts)), time.now().plus(KEEP));
        if (!fresh) {
            return; // a redelivered list job: its parts are already on their way
        }
        for (int part = 0; part < parts; part++) {
            List<String> mine = ids.subList(part * size, Math.min(ids.size(), (part + 1) * size));
            queue.get().submit(new ListStatusJob(UUID.randomUUID().toString(), key, part, mine, Map.of(),
                    target.channelId(), target.userId(), target.responseUrl()));
        }
    }

    @Override
    public Class<ListStatusJob> kind() {
        return ListStatusJob.class;
    }

    @Override
    public void run(ListStatusJob job) {
        Map<String, String> statuses = new HashMap<>(job.statuses());
        for (String id : job.instanceIds()) {
            if (statuses.containsKey(id)) {
                continue;
            }
            try {
                Instance instance = aura.instance(id, Priority.INTERACTIVE);
                statuses.put(id, instance.status().value());
                pauseClock.warning(instance).ifPresent(w -> statuses.put(InstanceListing.WARNING + id, w));
            } catch (AuraApiException e) {
                statuses.put(id, e.isNotFound() ? "deleted" : "unknown");
            } catch (OutOfTimeException e) {
                queue.get().submit(job.withStatuses(statuses), CONTINUE_AFTER);
                return;
            }
        }
        ledger.setOnce(job.ledgerKey(), "part-" + job.part(), InstanceListing.encode(statuses));
        answerIfComplete(job);
    }

    private void answerIfComplete(ListStatusJob job) {
        Map<String, String> record = ledger.read(job.ledgerKey()).orElse(Map.of());
        int parts = Integer.parseInt(record.getOrDefault("parts", "0"));
        Map<String, String> all = new HashMap<>();
        for (int part = 0; part < parts; part++) {
            String found = record.get("part-" + part);
            if (found == null) {
                return;
            }
            all.putAll(InstanceListing.decode(found));
        }
        if (parts > 0 && ledger.setOnce(job.ledgerKey(), "answered", time.now().toString())) {
            Reply full = InstanceListing.render(record.get("headline"), InstanceListing.decode(record.get("lines")), all);
            notifier.replaceReply(new ReplyTarget(job.channelId(), job.userId(), job.responseUrl()), full);
        }
    }
}
