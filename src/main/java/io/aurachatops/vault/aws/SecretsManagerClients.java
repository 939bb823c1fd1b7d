package io.aurachatops.vault.aws;

import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The one Secrets Manager client, built on first use. Region, credentials and the endpoint
 * ({@code AWS_ENDPOINT_URL_SECRETS_MANAGER}) come from the SDK's standard resolution; nothing is overridden here.
 */
@ApplicationScoped
public class SecretsManagerClients {

    private volatile SecretsManagerClient client;

    public SecretsManagerClient get() {
        SecretsManagerClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = SecretsManagerClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                }
                current = client;
            }
        }
        return current;
    }
}
