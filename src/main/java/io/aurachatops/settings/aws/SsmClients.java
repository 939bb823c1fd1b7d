package io.aurachatops.settings.aws;

import io.aurachatops.support.Lazy;
import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** The one SSM client, built on first use; region, credentials and endpoint come from the SDK's defaults. */
@ApplicationScoped
public class SsmClients {

    private final Lazy<SsmClient> client = Lazy.of(
            () -> SsmClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build());

    public SsmClient get() {
        return client.get();
    }
}
