package io.aurachatops.vault;

import java.util.LinkedHashMap;
import java.util.Map;

/** A new instance's credentials and where they came from. The password is never printed. */
public record InstanceCredentials(String instanceId, String instanceName, String tenantId, String connectionUrl,
        String username, String password, String requestedBy, String jobId) {

    /** The tag that names the job which created the instance; a redelivered job finds its own instance by it. */
    public static final String JOB_TAG = "job-id";

    /** The secret's value: the keys of the usual Neo4j {@code .env} file. */
    public Map<String, String> secretValue() {
        Map<String, String> value = new LinkedHashMap<>();
        value.put("NEO4J_URI", connectionUrl);
        value.put("NEO4J_USERNAME", username);
        value.put("NEO4J_PASSWORD", password);
        value.put("NEO4J_DATABASE", "neo4j");
        value.put("AURA_INSTANCE_ID", instanceId);
        value.put("AURA_INSTANCE_NAME", instanceName);
        value.put("AURA_TENANT_ID", tenantId);
        return value;
    }

    /** The secret's tags: which instance, tenant, requester and job it belongs to. */
    public Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("aura-instance-id", instanceId);
        tags.put("aura-tenant-id", tenantId);
        tags.put("slack-user-id", requestedBy);
        tags.put(JOB_TAG, jobId);
        return tags;
    }

    @Override
    public String toString() {
        return "InstanceCredentials[instanceId=" + instanceId + ", name=" + instanceName + ", username=" + username
                + ", password=***]";
    }
}
