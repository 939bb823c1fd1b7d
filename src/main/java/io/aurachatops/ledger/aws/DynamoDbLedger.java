package io.aurachatops.ledger.aws;

import io.aurachatops.ledger.Ledger;
import io.aurachatops.support.TimeSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The ledger as one DynamoDB table (on-demand, TTL on {@code expires_at}). Fields are stored as attributes
 * named {@code f_<field>}, so that no field name can collide with the key or the expiry. TTL deletion lags,
 * so every condition and read also compares the expiry with the clock. A record in a group carries {@code grp},
 * the key of a sparse global index, so a group is one query and other records cost the index nothing.
 */
public final class DynamoDbLedger implements Ledger {

    static final String KEY = "pk";
    static final String EXPIRES = "expires_at";
    static final String FIELD = "f_";
    static final String GROUP = "grp";
    static final String GROUP_INDEX = "by-group";

    private final Supplier<DynamoDbClient> dynamo;
    private final String table;
    private final TimeSource time;

    public DynamoDbLedger(Supplier<DynamoDbClient> dynamo, String table, TimeSource time) {
        this.dynamo = dynamo;
        this.table = table;
        this.time = time;
    }

    @Override
    public boolean create(String key, Map<String, String> fields, Instant expiresAt) {
        return create(key, fields, expiresAt, null);
    }

    @Override
    public boolean create(String key, Map<String, String> fields, Instant expiresAt, String group) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(KEY, s(key));
        if (group != null) {
            item.put(GROUP, s(group));
        }
        item.put(EXPIRES, n(expiresAt.getEpochSecond()));
        fields.forEach((name, value) -> item.put(FIELD + name, s(value)));
        try {
            dynamo.get().putItem(r -> r.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#k) OR #e <= :now")
                    .expressionAttributeNames(Map.of("#k", KEY, "#e", EXPIRES))
                    .expressionAttributeValues(Map.of(":now", n(time.now().getEpochSecond()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public boolean setOnce(String key, String field, String value) {
        try {
            dynamo.get().updateItem(r -> r.tableName(table).key(Map.of(KEY, s(key)))
                    .updateExpression("SET #f = :v")
                    .conditionExpression("attribute_exists(#k) AND #e > :now AND attribute_not_exists(#f)")
                    .expressionAttributeNames(Map.of("#k", KEY, "#e", EXPIRES, "#f", FIELD + field))
                    .expressionAttributeValues(Map.of(":v", s(value), ":now", n(time.now().getEpochSecond()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public boolean replace(String key, String field, String expected, Map<String, String> fields, Instant expiresAt) {
        Map<String, String> names = new HashMap<>(Map.of("#k", KEY, "#e", EXPIRES, "#c", FIELD + field));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":expected", s(expected),
                ":now", n(time.now().getEpochSecond()), ":expires", n(expiresAt.getEpochSecond())));
        StringBuilder update = new StringBuilder("SET #e = :expires");
        int i = 0;
        for (Map.Entry<String, String> f : fields.entrySet()) {
            names.put("#f" + i, FIELD + f.getKey());
            values.put(":v" + i, s(f.getValue()));
            update.append(", #f").append(i).append(" = :v").append(i);
            i++;
        }
        try {
            dynamo.get().updateItem(r -> r.tableName(table).key(Map.of(KEY, s(key))).updateExpression(update.toString())
                    .conditionExpression("attribute_exists(#k) AND #e > :now AND #c = :expected")
                    .expressionAttributeNames(names).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public Optional<Map<String, String>> read(String key) {
        GetItemResponse answer = dynamo.get().getItem(r -> r.tableName(table).key(Map.of(KEY, s(key))).consistentRead(true));
        if (!answer.hasItem() || answer.item().isEmpty()) {
            return Optional.empty();
        }
        return live(answer.item());
    }

    @Override
    public List<Entry> group(String group) {
        List<Entry> found = new ArrayList<>();
        dynamo.get().queryPaginator(r -> r.tableName(table).indexName(GROUP_INDEX)
                .keyConditionExpression("#g = :g").expressionAttributeNames(Map.of("#g", GROUP))
                .expressionAttributeValues(Map.of(":g", s(group)))).items()
                .forEach(item -> live(item).ifPresent(fields -> found.add(new Entry(item.get(KEY).s(), fields))));
        return found;
    }

    private Optional<Map<String, String>> live(Map<String, AttributeValue> item) {
        AttributeValue expires = item.get(EXPIRES);
        if (expires == null || Long.parseLong(expires.n()) <= time.now().getEpochSecond()) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        item.forEach((name, v) -> {
            if (name.startsWith(FIELD) && v.s() != null) {
                fields.put(name.substring(FIELD.length()), v.s());
            }
        });
        return Optional.of(Map.copyOf(fields));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static AttributeValue n(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }
}
