package io.aurachatops.jobs.runtime.sqs;

import io.aurachatops.support.Lazy;
import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The one SQS client, built on first use (or at startup when priming). Region, credentials and the endpoint
 * ({@code AWS_ENDPOINT_URL_SQS}) come from the SDK's standard resolution.
 */
@ApplicationScoped
public class SqsClients {

    private final Lazy<SqsClient> client = Lazy.of(
            () -> SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build());

    public SqsClient get() {
        return client.get();
    }
}
