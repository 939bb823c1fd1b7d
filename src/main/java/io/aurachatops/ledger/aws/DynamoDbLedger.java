package io.aurachatops.ledger.aws;

import io.aurachatops.ledger.Ledger;
import io.aurachatops.support.TimeSource;
import java.time.Instant;
import java.util.HashMap;
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
 * so every condition and read also compares the expiry with the clock.
 */
public final class DynamoDbLedger implements Ledger {

    static final String KEY = "pk";
    static final String EXPIRES = "expires_at";
    static final String FIELD = "f_";

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
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(KEY, s(key));
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
    public Optional<Map<String, String>> read(String key) {
        GetItemResponse answer = dynamo.get().getItem(r -> r.tableName(table).key(Map.of(KEY, s(key))).consistentRead(true));
        if (!answer.hasItem() || answer.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = answer.item();
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
