package io.aurachatops.jobs.sqs;

import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The one SQS client, built on first use (or at startup when priming). Region, credentials and the endpoint
 * ({@code AWS_ENDPOINT_URL_SQS}) come from the SDK's standard resolution.
 */
@ApplicationScoped
public class SqsClients {

    private volatile SqsClient client;

    public SqsClient get() {
        SqsClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                }
                current = client;
            }
        }
        return current;
    }
}
