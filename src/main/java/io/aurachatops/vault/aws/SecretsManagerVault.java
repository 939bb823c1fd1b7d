package io.aurachatops.vault.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.vault.CredentialVault;
import io.aurachatops.vault.InstanceCredentials;
import io.aurachatops.vault.SecretRef;
import io.aurachatops.vault.VaultException;
import io.quarkus.logging.Log;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/**
 * Credentials in AWS Secrets Manager, one secret per instance. The write is idempotent: its
 * {@code ClientRequestToken} is derived from the instance id, and a secret that already exists with that
 * token is ours. Error messages from AWS are not passed on, because they may quote the request.
 */
public final class SecretsManagerVault implements CredentialVault {

    static final long RECOVERY_WINDOW_DAYS = 7;

    private final Supplier<SecretsManagerClient> client;
    private final Supplier<String> prefix;
    private final ObjectMapper json;

    public SecretsManagerVault(Supplier<SecretsManagerClient> client, String prefix, ObjectMapper json) {
        this(client, () -> prefix, json);
    }

    /** With the prefix read at each use, so that a changed {@code AURA_SECRET_PREFIX} takes effect. */
    public SecretsManagerVault(Supplier<SecretsManagerClient> client, Supplier<String> prefix, ObjectMapper json) {
        this.client = client;
        this.prefix = prefix;
        this.json = json;
    }

    /** The request token for an instance: the same on every attempt, so that a retry cannot write twice. */
    static String requestToken(String instanceId) {
        return UUID.nameUUIDFromBytes(("aura-chatops:" + instanceId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public SecretRef store(InstanceCredentials credentials) {
        String name = secretName(credentials.instanceId());
        String token = requestToken(credentials.instanceId());
        String value;
        try {
            value = json.writeValueAsString(credentials.secretValue());
        } catch (JsonProcessingException e) {
            throw new VaultException("Could not encode the credentials of " + credentials.instanceId(), null);
        }
        List<Tag> tags = credentials.tags().entrySet().stream()
                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
        try {
            client.get().createSecret(r -> r.name(name).clientRequestToken(token).secretString(value).tags(tags)
                    .description("Neo4j Aura instance " + credentials.instanceId() + " (" + credentials.instanceName()
                            + "), created from Slack by aura-chatops"));
        } catch (ResourceExistsException e) {
            if (!ours(name, token)) {
                throw new VaultException("A secret named " + name + " already exists and was not written by this bot", e);
            }
            Log.infof("Secret %s already exists with our request token; treating it as stored", name);
        } catch (SdkException e) {
            throw new VaultException("Secrets Manager refused to store " + name + " (" + code(e) + ")", e);
        }
        return reference(credentials.instanceId());
    }

    @Override
    public SecretRef reference(String instanceId) {
        String name = secretName(instanceId);
        return new SecretRef(name, "aws secretsmanager get-secret-value --secret-id " + name
                + " --query SecretString --output text");
    }

    @Override
    public Optional<String> storedBy(String instanceId) {
        try {
            DescribeSecretResponse secret = client.get().describeSecret(r -> r.secretId(secretName(instanceId)));
            if (secret.deletedDate() != null) {
                return Optional.empty();
            }
            return Optional.of(secret.tags().stream().filter(t -> InstanceCredentials.JOB_TAG.equals(t.key()))
                    .map(Tag::value).findFirst().orElse(""));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new VaultException("Could not look up the secret of " + instanceId + " (" + code(e) + ")", e);
        }
    }

    @Override
    public void scheduleDeletion(String instanceId) {
        try {
            client.get().deleteSecret(r -> r.secretId(secretName(instanceId)).recoveryWindowInDays(RECOVERY_WINDOW_DAYS));
        } catch (ResourceNotFoundException e) {
            Log.infof("No secret to delete for %s", instanceId);
        } catch (SdkException e) {
            throw new VaultException("Could not schedule the deletion of the secret of " + instanceId + " (" + code(e)
                    + ")", e);
        }
    }

    @Override
    public String secretName(String instanceId) {
        return prefix.get() + instanceId;
    }

    private boolean ours(String name, String token) {
        try {
            DescribeSecretResponse secret = client.get().describeSecret(r -> r.secretId(name));
            return secret.hasVersionIdsToStages() && secret.versionIdsToStages().containsKey(token);
        } catch (SdkException e) {
            return false;
        }
    }

    private static String code(SdkException e) {
        if (e instanceof software.amazon.awssdk.awscore.exception.AwsServiceException service) {
            return service.awsErrorDetails() == null ? "HTTP " + service.statusCode()
                    : service.awsErrorDetails().errorCode() + ", HTTP " + service.statusCode();
        }
        return e.getClass().getSimpleName();
    }
}
