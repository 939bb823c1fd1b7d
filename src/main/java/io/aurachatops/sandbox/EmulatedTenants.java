package io.aurachatops.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Two tenants with realistic instance configurations: one row per type × provider × region × size. */
final class EmulatedTenants {

    static final String PLATFORM_ID = "9f3c2a10-5b7e-4d21-8c4f-1a2b3c4d5e6f";
    static final String LABS_ID = "0b8e7d6c-1f2a-4b3c-9d8e-7f6a5b4c3d2e";

    record Tenant(String id, String name, List<Config> configurations) {
    }

    record Config(String type, String cloudProvider, String region, String regionName, String memory, String storage) {
    }

    private EmulatedTenants() {
    }

    static List<Tenant> all() {
        List<Config> platform = new ArrayList<>();
        free(platform, "gcp", "europe-west1", "Belgium (europe-west1)");
        professional(platform, "gcp", "europe-west1", "Belgium (europe-west1)");
        professional(platform, "gcp", "europe-west2", "London (europe-west2)");
        professional(platform, "gcp", "us-central1", "Iowa (us-central1)");
        professional(platform, "aws", "eu-west-1", "Ireland (eu-west-1)");
        professional(platform, "aws", "us-east-1", "N. Virginia (us-east-1)");
        List<Config> labs = new ArrayList<>();
        free(labs, "gcp", "europe-west1", "Belgium (europe-west1)");
        professional(labs, "azure", "uksouth", "UK South (uksouth)");
        professional(labs, "azure", "eastus", "East US (eastus)");
        for (String memory : List.of("4GB", "8GB", "16GB", "32GB", "64GB")) {
            labs.add(new Config("business-critical", "gcp", "europe-west2", "London (europe-west2)", memory,
                    storageFor(memory)));
        }
        return List.of(new Tenant(PLATFORM_ID, "acme-platform", List.copyOf(platform)),
                new Tenant(LABS_ID, "acme-labs", List.copyOf(labs)));
    }

    private static void free(List<Config> into, String provider, String region, String regionName) {
        into.add(new Config("free-db", provider, region, regionName, "1GB", "2GB"));
    }

    private static void professional(List<Config> into, String provider, String region, String regionName) {
        for (String memory : List.of("1GB", "2GB", "4GB", "8GB", "16GB", "32GB")) {
            into.add(new Config("professional-db", provider, region, regionName, memory, storageFor(memory)));
        }
    }

    /** Aura's default storage is twice the memory. */
    static String storageFor(String memory) {
        return Integer.parseInt(memory.replace("GB", "")) * 2 + "GB";
    }
}
