package io.aurachatops.aura.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How one account budget is shared between processes on Lambda (see {@link BudgetPartition}). */
@ConfigMapping(prefix = "aura")
public interface AuraBudgetSettings {

    /** {@code AURA_ACCOUNT_RATE_LIMIT}: the deployment's whole share of Aura's 125/min ({@code AuraRequestBudget}). */
    Optional<Integer> accountRateLimit();

    /** {@code AURA_BUDGET_ROLE}: which function this process is ({@code worker}, {@code scheduled}, {@code ingress}). */
    Optional<String> budgetRole();

    /** {@code AURA_WORKER_CONCURRENCY}: how many worker processes may run at once (SQS MaximumConcurrency). */
    @WithDefault("4")
    int workerConcurrency();
}
