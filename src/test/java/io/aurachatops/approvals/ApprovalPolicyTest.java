package io.aurachatops.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which commands need a second person, as AURA_APPROVAL_REQUIRED reads. */
class ApprovalPolicyTest {

    final ApprovalPolicy policy = ApprovalPolicy.parse(List.of("delete", "overwrite", "create>8GB",
            "type=business-critical"));

    @Test
    void verbsSizesAndTypesEachNeedApproval() {
        assertEquals(Optional.of("delete"), policy.rule("delete", Map.of("instance", "x")));
        assertTrue(policy.rule("pause", Map.of("instance", "x")).isEmpty());
        assertTrue(policy.rule("create", Map.of("name", "x", "memory", "8GB")).isEmpty(), "8GB is not more than 8GB");
        assertEquals(Optional.of("create>8GB"), policy.rule("create", Map.of("name", "x", "memory", "16GB")));
        assertEquals(Optional.of("type=business-critical"), policy.rule("clone", Map.of("name", "x",
                "type", "business-critical")));
        assertTrue(ApprovalPolicy.parse(List.of()).rule("delete", Map.of()).isEmpty(), "no policy, no approvals");
    }

    @Test
    void anEntryItCannotReadIsNamed() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> ApprovalPolicy.parse(List.of("create>lots"))).getMessage();
        assertTrue(message.contains("create>lots") && message.contains("create>8GB"), message);
        assertThrows(IllegalArgumentException.class, () -> ApprovalPolicy.parse(List.of("delete now")));
    }
}
