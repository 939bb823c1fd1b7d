package io.aurachatops.aura;

/**
 * Aura's answer to a create. It holds the one-time password, which must go to the vault and nowhere
 * else, so it is never printed.
 */
public record CreatedInstance(String id, String name, String tenantId, String type, String cloudProvider,
        String region, String connectionUrl, String username, String password) {

    @Override
    public String toString() {
        return "CreatedInstance[id=" + id + ", name=" + name + ", tenantId=" + tenantId + ", type=" + type
                + ", connectionUrl=" + connectionUrl + ", username=" + username + ", password=***]";
    }
}
