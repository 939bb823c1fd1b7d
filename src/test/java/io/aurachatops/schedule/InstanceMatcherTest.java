package io.aurachatops.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aurachatops.aura.InstanceSummary;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstanceMatcherTest {

    final InstanceMatcher matcher = InstanceMatcher.of(List.of("dev-*", "*-sandbox", "5e3a91cf", "tenant-b:qa-?",
            "tenant-a:0a1b2c3d", "Exact"));

    @ParameterizedTest(name = "{0} {1} in {2} -> {3}")
    @CsvSource({
            "aaaaaaaa, dev-orders, tenant-a, true",
            "aaaaaaaa, DEV-Orders, tenant-b, true",
            "aaaaaaaa, orders-dev, tenant-a, false",
            "aaaaaaaa, team-sandbox, tenant-a, true",
            "5e3a91cf, prod-orders, tenant-z, true",
            "aaaaaaaa, qa-1, tenant-b, true",
            "aaaaaaaa, qa-1, tenant-a, false",
            "aaaaaaaa, qa-12, tenant-b, false",
            "0a1b2c3d, anything, tenant-a, true",
            "0a1b2c3d, anything, tenant-b, false",
            "aaaaaaaa, exact, tenant-a, true",
            "aaaaaaaa, exactly, tenant-a, false"})
    void matchesGlobsIdsAndTenantScopes(String id, String name, String tenant, boolean expected) {
        assertEquals(expected, matcher.matches(new InstanceSummary(id, name, tenant, "gcp", "2026-01-01T00:00:00Z")));
    }

    @ParameterizedTest
    @CsvSource({"tenant-a:"})
    void aTenantWithoutAnInstanceIsAnError(String entry) {
        assertThrows(PolicyException.class, () -> InstanceMatcher.of(List.of(entry)));
    }
}
