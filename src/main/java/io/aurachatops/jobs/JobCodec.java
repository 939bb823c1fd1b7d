package io.aurachatops.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The wire form of jobs: {@code {"v":1,"kind":"command","job":{…}}}. The same text goes through the
 * in-process queue and through SQS, so both paths exercise it.
 */
@ApplicationScoped
public class JobCodec {

    static final int VERSION = 1;

    private final ObjectMapper json;

    /** A plain mapper of its own: jobs hold only text, numbers and records, and the ack path stays light. */
    public JobCodec() {
        this(new ObjectMapper());
    }

    JobCodec(ObjectMapper json) {
        this.json = json;
    }

    public String encode(Job job) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("v", VERSION);
        envelope.put("kind", kind(job));
        envelope.set("job", json.valueToTree(job));
        return envelope.toString();
    }

    public Job decode(String text) {
        JsonNode envelope;
        try {
            envelope = json.readTree(text);
        } catch (Exception e) {
            throw new InvalidJobException("A job message is not JSON", e);
        }
        if (envelope == null || envelope.path("v").asInt(-1) != VERSION) {
            throw new InvalidJobException("A job message has no supported version (this build reads v" + VERSION + ")",
                    null);
        }
        String kind = envelope.path("kind").asText("");
        try {
            return switch (kind) {
                case "command" -> json.treeToValue(envelope.path("job"), CommandJob.class);
                case "watch" -> json.treeToValue(envelope.path("job"), WatchJob.class);
                case "delete-decision" -> json.treeToValue(envelope.path("job"), DeleteDecisionJob.class);
                case "list-status" -> json.treeToValue(envelope.path("job"), ListStatusJob.class);
                case "cost-saving-chunk" -> json.treeToValue(envelope.path("job"), CostSavingChunkJob.class);
                case "cost-saving-summary" -> json.treeToValue(envelope.path("job"), CostSavingSummaryJob.class);
                case "snapshot-watch" -> json.treeToValue(envelope.path("job"), SnapshotWatchJob.class);
                case "data-decision" -> json.treeToValue(envelope.path("job"), DataDecisionJob.class);
                case "button-click" -> json.treeToValue(envelope.path("job"), ButtonClickJob.class);
                case "lease" -> json.treeToValue(envelope.path("job"), LeaseJob.class);
                case "app-home" -> json.treeToValue(envelope.path("job"), AppHomeJob.class);
                case "modal" -> json.treeToValue(envelope.path("job"), ModalJob.class);
                default -> throw new InvalidJobException("Unknown job kind '" + kind + "'", null);
            };
        } catch (InvalidJobException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidJobException("A '" + kind + "' job message is malformed", e);
        }
    }

    private static String kind(Job job) {
        if (job instanceof CommandJob) {
            return "command";
        }
        if (job instanceof WatchJob) {
            return "watch";
        }
        if (job instanceof DeleteDecisionJob) {
            return "delete-decision";
        }
        if (job instanceof ListStatusJob) {
            return "list-status";
        }
        if (job instanceof CostSavingChunkJob) {
            return "cost-saving-chunk";
        }
        if (job instanceof CostSavingSummaryJob) {
            return "cost-saving-summary";
        }
        if (job instanceof SnapshotWatchJob) {
            return "snapshot-watch";
        }
        if (job instanceof DataDecisionJob) {
            return "data-decision";
        }
        if (job instanceof ButtonClickJob) {
            return "button-click";
        }
        if (job instanceof LeaseJob) {
            return "lease";
        }
        if (job instanceof AppHomeJob) {
            return "app-home";
        }
        if (job instanceof ModalJob) {
            return "modal";
        }
        throw new IllegalArgumentException("No wire name for " + job.getClass().getSimpleName());
    }
}
