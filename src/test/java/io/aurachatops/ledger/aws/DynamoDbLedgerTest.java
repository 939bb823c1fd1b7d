package io.aurachatops.ledger.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.ledger.Ledger;
import io.aurachatops.ledger.LedgerContract;
import io.aurachatops.support.MotoServer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The ledger's contract against moto_server, an independent DynamoDB implementation, with the real SDK
 * client: the conditional writes are DynamoDB's, not ours. Needs moto (the {@code moto} Maven profile).
 */
@Tag("moto")
class DynamoDbLedgerTest extends LedgerContract {

    static final String TABLE = "aura-ledger-test";
    static MotoServer moto;
    static DynamoDbClient dynamo;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(MotoServer.available(), "moto_server is not installed");
        moto = MotoServer.start();
        dynamo = DynamoDbClient.builder().endpointOverride(URI.create(moto.endpoint())).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        // As template.yaml declares it (TemplateContractTest checks the template's side).
        dynamo.createTable(r -> r.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        a -> a.attributeName(DynamoDbLedger.KEY).attributeType(ScalarAttributeType.S),
                        a -> a.attributeName(DynamoDbLedger.GROUP).attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName(DynamoDbLedger.KEY).keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName(DynamoDbLedger.GROUP_INDEX)
                        .keySchema(k -> k.attributeName(DynamoDbLedger.GROUP).keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL))));
    }

    @AfterAll
    static void stop() {
        if (dynamo != null) {
            dynamo.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    @Override
    protected Ledger ledger() {
        return new DynamoDbLedger(() -> dynamo, TABLE, time);
    }

    /**
     * moto's server handles requests on several threads without making a conditional write atomic, as
     * DynamoDB does; a real race against it fails now and then for moto's sake. Here the racers come one after
     * another: what this checks is the condition expression, not moto's locking.
     */
    @Override
    @Test
    protected void ofManyRacersExactlyOneWins() {
        Ledger ledger = ledger();
        String key = "test#" + java.util.UUID.randomUUID();
        ledger.create(key, Map.of(), time.now().plus(Duration.ofMinutes(5)));
        int wins = 0;
        for (int i = 0; i < 16; i++) {
            wins += ledger.setOnce(key, "winner", "racer-" + i) ? 1 : 0;
        }
        assertEquals(1, wins);
    }

    @Test
    void theItemHasTheTtlAttributeAndPrefixedFields() {
        ledger().create("shape", Map.of("pk", "not-the-key"), time.now().plus(Duration.ofMinutes(2)));
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(TABLE)
                .key(Map.of(DynamoDbLedger.KEY, AttributeValue.builder().s("shape").build()))).item();
        assertEquals("shape", item.get("pk").s(), "a field named like the key cannot overwrite it");
        assertEquals("not-the-key", item.get("f_pk").s());
        assertEquals(time.now().plus(Duration.ofMinutes(2)).getEpochSecond(), Long.parseLong(item.get("expires_at").n()));
        assertTrue(ledger().read("shape").orElseThrow().containsKey("pk"));
    }
}
