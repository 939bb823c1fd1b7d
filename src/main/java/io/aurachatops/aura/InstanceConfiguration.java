package io.aurachatops.aura;

/** One combination of type, provider, region and size that a tenant may create. */
public record InstanceConfiguration(String type, String cloudProvider, String region, String regionName,
        String memory, String storage, String version) {
}
