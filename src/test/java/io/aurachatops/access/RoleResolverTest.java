package io.aurachatops.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.support.FakeTime;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RoleResolverTest {

    final FakeTime time = new FakeTime();
    final AtomicInteger lookups = new AtomicInteger();
    final AccessPolicy policy = new AccessPolicy(List.of("UADMIN", "SADMINS"), List.of("WOPER", "SOPS"), List.of());

    RoleResolver resolver(GroupDirectory groups) {
        return new RoleResolver(List.of("SADMINS"), List.of("SOPS"), policy, groups, time);
    }

    @Test
    void directIdsAndGroupMembersGetTheirRoles() {
        RoleResolver roles = resolver(group -> {
            lookups.incrementAndGet();
            return group.equals("SADMINS") ? Set.of("UGROUPIE") : Set.of("UHELPER");
        });
        assertEquals(Role.ADMIN, roles.resolve("UADMIN").role());
        assertEquals(Role.ADMIN, roles.resolve("ugroupie").role());
        assertEquals(Role.OPERATOR, roles.resolve("WOPER").role());
        assertEquals(Role.OPERATOR, roles.resolve("UHELPER").role());
        assertEquals(Role.ANYONE, roles.resolve("USTRANGER").role());
    }

    @Test
    void cachesGroupMembersForAFewMinutes() {
        RoleResolver roles = resolver(group -> {
            lookups.incrementAndGet();
            return Set.of();
        });
        roles.resolve("U1");
        roles.resolve("U2");
        assertEquals(2, lookups.get());
        time.advance(Duration.ofMinutes(6));
        roles.resolve("U3");
        assertEquals(4, lookups.get());
    }

    @Test
    void aPlanWithoutUserGroupsGrantsNothingAndSaysWhy() {
        RoleResolver roles = resolver(group -> {
            throw new GroupLookupException("plan_upgrade_required");
        });
        RoleResolver.Resolution resolution = roles.resolve("UGROUPIE");
        assertEquals(Role.ANYONE, resolution.role());
        assertTrue(resolution.note().orElseThrow().contains("plan_upgrade_required"));
        assertEquals(Role.OPERATOR, roles.resolve("WOPER").role());
    }
}
