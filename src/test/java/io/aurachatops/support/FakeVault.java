package io.aurachatops.support;

import io.aurachatops.vault.CredentialVault;
import io.aurachatops.vault.InstanceCredentials;
import io.aurachatops.vault.SecretRef;
import io.aurachatops.vault.VaultException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Secrets in a map, and a switch that makes every call fail as an outage would. */
public final class FakeVault implements CredentialVault {

    public final Map<String, InstanceCredentials> stored = new HashMap<>();
    public final Set<String> scheduledForDeletion = new HashSet<>();
    public boolean down;

    private void check() {
        if (down) {
            throw new VaultException("the vault is down in this test", null);
        }
    }

    @Override
    public SecretRef store(InstanceCredentials credentials) {
        check();
        stored.putIfAbsent(credentials.instanceId(), credentials);
        return reference(credentials.instanceId());
    }

    @Override
    public Optional<String> storedBy(String instanceId) {
        check();
        return Optional.ofNullable(stored.get(instanceId)).map(InstanceCredentials::jobId);
    }

    @Override
    public void scheduleDeletion(String instanceId) {
        check();
        scheduledForDeletion.add(instanceId);
    }

    @Override
    public String secretName(String instanceId) {
        return "aura/" + instanceId;
    }

    @Override
    public SecretRef reference(String instanceId) {
        return new SecretRef(secretName(instanceId), "aws secretsmanager get-secret-value --secret-id aura/" + instanceId);
    }
}
