package io.aurachatops.aura.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BudgetPartitionTest {

    @Test
    void theTemplateDefaultsGiveEachWorkerAnEqualShareOfWhatTheScheduledFunctionLeaves() {
        assertEquals(23, BudgetPartition.perProcess(100, 4, "worker"));
        assertEquals(6, BudgetPartition.perProcess(100, 4, "scheduled"));
        assertEquals(1, BudgetPartition.perProcess(100, 4, "ingress"));
    }

    @Test
    void noChoiceWithinTheTemplatesBoundsOversubscribesTheAccount() {
        for (int account = 30; account <= 125; account++) {
            for (int workers = 2; workers <= 20; workers++) {
                int total = workers * BudgetPartition.perProcess(account, workers, "worker")
                        + BudgetPartition.perProcess(account, workers, "scheduled");
                assertTrue(total <= account, account + " shared by " + workers + " workers adds up to " + total);
            }
        }
    }

    @Test
    void aShareBelowOneRequestAMinuteIsRefusedWithTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BudgetPartition.perProcess(10, 8, "worker"));
        assertTrue(e.getMessage().contains("raise AuraRequestBudget to at least 14"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BudgetPartition.perProcess(100, 4, "web"));
    }
}
