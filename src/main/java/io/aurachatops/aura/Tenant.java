package io.aurachatops.aura;

/** An Aura tenant (the console calls it a project). */
public record Tenant(String id, String name) {
}
