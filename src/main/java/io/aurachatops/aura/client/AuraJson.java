package io.aurachatops.aura.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.aurachatops.aura.CreatedInstance;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceConfiguration;
import io.aurachatops.aura.InstanceStatus;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.aura.Snapshot;
import io.aurachatops.aura.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads Aura's snake_case JSON leniently: unknown fields are ignored, odd types become text or null. */
final class AuraJson {

    private AuraJson() {
    }

    static Tenant tenant(JsonNode n) {
        return new Tenant(text(n, "id"), text(n, "name"));
    }

    static InstanceConfiguration configuration(JsonNode n) {
        return new InstanceConfiguration(text(n, "type"), text(n, "cloud_provider"), text(n, "region"),
                text(n, "region_name"), text(n, "memory"), text(n, "storage"), text(n, "version"));
    }

    static InstanceSummary summary(JsonNode n) {
        return new InstanceSummary(text(n, "id"), text(n, "name"), text(n, "tenant_id"), text(n, "cloud_provider"),
                text(n, "created_at"));
    }

    static Instance instance(JsonNode n) {
        return new Instance(text(n, "id"), text(n, "name"), text(n, "tenant_id"), InstanceStatus.of(text(n, "status")),
                text(n, "type"), text(n, "cloud_provider"), text(n, "region"), text(n, "memory"), text(n, "storage"),
                text(n, "connection_url"), text(n, "created_at"));
    }

    static Snapshot snapshot(JsonNode n) {
        JsonNode exportable = n.path("exportable");
        return new Snapshot(text(n, "snapshot_id"), text(n, "instance_id"), text(n, "profile"), text(n, "status"),
                text(n, "timestamp"), exportable.isBoolean() ? exportable.asBoolean() : null);
    }

    static CreatedInstance created(JsonNode n) {
        return new CreatedInstance(text(n, "id"), text(n, "name"), text(n, "tenant_id"), text(n, "type"),
                text(n, "cloud_provider"), text(n, "region"), text(n, "connection_url"), text(n, "username"),
                text(n, "password"));
    }

    static <T> List<T> list(JsonNode array, Function<JsonNode, T> mapper) {
        List<T> items = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(item -> {
                if (item.isObject()) {
                    items.add(mapper.apply(item));
                }
            });
        }
        return items;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
