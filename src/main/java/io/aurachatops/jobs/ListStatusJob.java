package io.aurachatops.jobs;

import java.util.List;
import java.util.Map;

/**
 * One part of a {@code /aura list}'s statuses: the names were already answered; this part fetches the
 * statuses of its instances, and the part that completes the set replaces the answer with every status.
 * {@code statuses} holds what this part has fetched so far, so a continuation does not ask twice. The
 * response URL is a short-lived capability and is never printed.
 */
public record ListStatusJob(String jobId, String ledgerKey, int part, List<String> instanceIds,
        Map<String, String> statuses, String channelId, String userId, String responseUrl) implements Job {

    public ListStatusJob {
        instanceIds = List.copyOf(instanceIds);
        statuses = Map.copyOf(statuses);
    }

    public ListStatusJob withStatuses(Map<String, String> fetched) {
        return new ListStatusJob(jobId, ledgerKey, part, instanceIds, fetched, channelId, userId, responseUrl);
    }

    @Override
    public String toString() {
        return "ListStatusJob[" + jobId + ", part " + part + ", " + instanceIds.size() + " instances]";
    }
}
