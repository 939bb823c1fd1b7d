package io.aurachatops.vault;

import java.util.Optional;

/** Stores new instances' credentials: AWS Secrets Manager in production, owner-only files in sandbox mode. */
public interface CredentialVault {

    /** Stores the credentials; storing the same instance again succeeds without changing anything. */
    SecretRef store(InstanceCredentials credentials);

    /** Whether this bot stored credentials for the instance. */
    default boolean exists(String instanceId) {
        return storedBy(instanceId).isPresent();
    }

    /**
     * The id of the job that stored the instance's credentials (the secret's {@code job-id} tag), if the bot holds
     * them; an empty string for a secret without that tag.
     */
    Optional<String> storedBy(String instanceId);

    /** After a delete: schedules the secret's removal, with a recovery window where the store has one. */
    void scheduleDeletion(String instanceId);

    /** For an instance that is gone: schedules its secret's removal if the bot holds one; says whether it did. */
    default boolean retireSecret(String instanceId) {
        if (!exists(instanceId)) {
            return false;
        }
        scheduleDeletion(instanceId);
        return true;
    }

    /** The secret's name for an instance. */
    String secretName(String instanceId);

    /** The secret's name and the command that reads it, whether or not it exists. */
    SecretRef reference(String instanceId);
}
