package io.aurachatops.vault.aws;

import io.aurachatops.support.Lazy;
import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The one Secrets Manager client, built on first use. Region, credentials and the endpoint
 * ({@code AWS_ENDPOINT_URL_SECRETS_MANAGER}) come from the SDK's standard resolution; nothing is overridden here.
 */
@ApplicationScoped
public class SecretsManagerClients {

    private final Lazy<SecretsManagerClient> client = Lazy.of(
            () -> SecretsManagerClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build());

    public SecretsManagerClient get() {
        return client.get();
    }
}
