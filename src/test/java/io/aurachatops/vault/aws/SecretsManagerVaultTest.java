package io.aurachatops.vault.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.aurachatops.vault.InstanceCredentials;
import io.aurachatops.vault.SecretRef;
import io.aurachatops.vault.VaultException;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The real SDK client speaking the JSON 1.1 protocol to WireMock. */
class SecretsManagerVaultTest {

    static final InstanceCredentials CREDENTIALS = new InstanceCredentials("5e3a91cf", "orders", "t-1",
            "neo4j+s://5e3a91cf.databases.neo4j.io", "neo4j", "p4ssw0rd-one-time", "UOPER1", "job-42");
    static final String TOKEN = SecretsManagerVault.requestToken("5e3a91cf");

    WireMockServer aws;
    SecretsManagerVault vault;

    @BeforeEach
    void start() {
        aws = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        aws.start();
        // Tests may pass the endpoint explicitly; the application leaves it to the SDK's own resolution.
        SecretsManagerClient client = SecretsManagerClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(aws.baseUrl())).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
        vault = new SecretsManagerVault(() -> client, "aura/", new ObjectMapper());
    }

    @AfterEach
    void stop() {
        aws.stop();
    }

    private static MappingBuilder target(String operation) {
        return post("/").withHeader("X-Amz-Target", equalTo("secretsmanager." + operation));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder amzJson(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    @Test
    void createsOneSecretNamedAfterTheInstanceWithTagsAndADerivedToken() throws Exception {
        aws.stubFor(target("CreateSecret").willReturn(amzJson(200,
                "{\"ARN\":\"arn:aws:secretsmanager:eu-west-1:1:secret:aura/5e3a91cf-AbCdEf\",\"Name\":\"aura/5e3a91cf\"}")));
        SecretRef ref = vault.store(CREDENTIALS);
        assertEquals("aura/5e3a91cf", ref.name());
        assertEquals("aws secretsmanager get-secret-value --secret-id aura/5e3a91cf --query SecretString --output text",
                ref.readCommand());
        aws.verify(1, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("secretsmanager.CreateSecret"))
                .withRequestBody(matchingJsonPath("$.Name", equalTo("aura/5e3a91cf")))
                .withRequestBody(matchingJsonPath("$.ClientRequestToken", equalTo(TOKEN)))
                .withRequestBody(matchingJsonPath("$.Tags[?(@.Key == 'aura-instance-id')].Value", equalTo("5e3a91cf")))
                .withRequestBody(matchingJsonPath("$.Tags[?(@.Key == 'job-id')].Value", equalTo("job-42")))
                .withRequestBody(matchingJsonPath("$.Tags[?(@.Key == 'slack-user-id')].Value", equalTo("UOPER1"))));
        String body = aws.getAllServeEvents().get(0).getRequest().getBodyAsString();
        JsonNode value = new ObjectMapper().readTree(new ObjectMapper().readTree(body).path("SecretString").asText());
        assertEquals("p4ssw0rd-one-time", value.path("NEO4J_PASSWORD").asText());
        assertEquals("neo4j+s://5e3a91cf.databases.neo4j.io", value.path("NEO4J_URI").asText());
        assertEquals("5e3a91cf", value.path("AURA_INSTANCE_ID").asText());
    }

    @Test
    void treatsAnExistingSecretWithOurTokenAsStored() {
        aws.stubFor(target("CreateSecret").willReturn(amzJson(400,
                "{\"__type\":\"ResourceExistsException\",\"message\":\"The operation failed because the secret aura/5e3a91cf already exists.\"}")));
        aws.stubFor(target("DescribeSecret").willReturn(amzJson(200, "{\"Name\":\"aura/5e3a91cf\",\"VersionIdsToStages\":{\""
                + TOKEN + "\":[\"AWSCURRENT\"]}}")));
        assertEquals("aura/5e3a91cf", vault.store(CREDENTIALS).name());
    }

    @Test
    void refusesToClaimSomeoneElsesSecret() {
        aws.stubFor(target("CreateSecret").willReturn(amzJson(400, "{\"__type\":\"ResourceExistsException\",\"message\":\"exists\"}")));
        aws.stubFor(target("DescribeSecret").willReturn(amzJson(200,
                "{\"Name\":\"aura/5e3a91cf\",\"VersionIdsToStages\":{\"another-token\":[\"AWSCURRENT\"]}}")));
        VaultException e = assertThrows(VaultException.class, () -> vault.store(CREDENTIALS));
        assertTrue(e.getMessage().contains("not written by this bot"), e.getMessage());
    }

    @Test
    void reportsAnOutageWithoutThePassword() {
        aws.stubFor(target("CreateSecret").willReturn(amzJson(500,
                "{\"__type\":\"InternalServiceError\",\"message\":\"try again\"}")));
        VaultException e = assertThrows(VaultException.class, () -> vault.store(CREDENTIALS));
        assertTrue(e.getMessage().contains("InternalServiceError"), e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("p4ssw0rd-one-time"));
            assertFalse(t.toString().contains("p4ssw0rd-one-time"));
        }
    }

    @Test
    void knowsWhetherASecretExists() {
        aws.stubFor(target("DescribeSecret").withRequestBody(matchingJsonPath("$.SecretId", equalTo("aura/5e3a91cf")))
                .willReturn(amzJson(200, "{\"Name\":\"aura/5e3a91cf\"}")));
        aws.stubFor(target("DescribeSecret").withRequestBody(matchingJsonPath("$.SecretId", equalTo("aura/00000000")))
                .willReturn(amzJson(400, "{\"__type\":\"ResourceNotFoundException\",\"message\":\"no\"}")));
        assertTrue(vault.exists("5e3a91cf"));
        assertFalse(vault.exists("00000000"));
    }

    @Test
    void readsWhichJobStoredASecretFromItsTag() {
        aws.stubFor(target("DescribeSecret").withRequestBody(matchingJsonPath("$.SecretId", equalTo("aura/5e3a91cf")))
                .willReturn(amzJson(200, "{\"Name\":\"aura/5e3a91cf\",\"Tags\":[{\"Key\":\"aura-instance-id\","
                        + "\"Value\":\"5e3a91cf\"},{\"Key\":\"job-id\",\"Value\":\"job-42\"}]}")));
        aws.stubFor(target("DescribeSecret").withRequestBody(matchingJsonPath("$.SecretId", equalTo("aura/11111111")))
                .willReturn(amzJson(200, "{\"Name\":\"aura/11111111\",\"DeletedDate\":1.7E9}")));
        assertEquals(java.util.Optional.of("job-42"), vault.storedBy("5e3a91cf"));
        assertEquals(java.util.Optional.empty(), vault.storedBy("11111111"), "a secret scheduled for deletion is gone");
    }

    @Test
    void schedulesDeletionWithASevenDayRecoveryWindow() {
        aws.stubFor(target("DeleteSecret").willReturn(amzJson(200, "{\"Name\":\"aura/5e3a91cf\"}")));
        vault.scheduleDeletion("5e3a91cf");
        aws.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(matchingJsonPath("$.RecoveryWindowInDays", equalTo("7")))
                .withRequestBody(matchingJsonPath("$.SecretId", equalTo("aura/5e3a91cf"))));
    }
}
