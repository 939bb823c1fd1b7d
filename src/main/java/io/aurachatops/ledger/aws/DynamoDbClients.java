package io.aurachatops.ledger.aws;

import io.aurachatops.support.Lazy;
import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The one DynamoDB client, built on first use; region, credentials and endpoint come from the SDK's defaults. */
@ApplicationScoped
public class DynamoDbClients {

    private final Lazy<DynamoDbClient> client = Lazy.of(
            () -> DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build());

    public DynamoDbClient get() {
        return client.get();
    }
}
