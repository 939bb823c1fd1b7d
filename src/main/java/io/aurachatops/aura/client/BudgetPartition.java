package io.aurachatops.aura.client;

import io.aurachatops.settings.RunSettings;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits one account budget between the processes that may call Aura at the same time, so that no choice of
 * parameters can send more than the account's share. The scheduled function only lists instances and hands
 * the rest to workers, so it keeps a small fixed share; the workers split what is left evenly.
 */
public final class BudgetPartition {

    /** One request per 10 s for the scheduled function: enough for its list call and token. */
    public static final int SCHEDULED_SHARE = 6;

    private BudgetPartition() {
    }

    /** This process's requests per minute. Without an account budget, {@code AURA_RATE_LIMIT_PER_MINUTE} decides. */
    public static int perProcess(AuraClientConfig config, Optional<String> role, RunSettings settings) {
        Optional<Integer> account = settings.number(RunSettings.ACCOUNT_RATE_LIMIT);
        if (account.isEmpty() || role.isEmpty()) {
            return config.rateLimitPerMinute();
        }
        return perProcess(account.get(), settings.number(RunSettings.WORKER_CONCURRENCY).orElse(4), role.get());
    }

    static int perProcess(int account, int workers, String role) {
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "worker" -> {
                int share = (account - SCHEDULED_SHARE) / Math.max(1, workers);
                if (share < 1) {
                    throw new IllegalArgumentException("AURA_ACCOUNT_RATE_LIMIT " + account + " cannot be shared by "
                            + workers + " workers and the scheduled function: raise AuraRequestBudget to at least "
                            + (workers + SCHEDULED_SHARE) + " or lower WorkerConcurrency");
                }
                yield share;
            }
            case "scheduled" -> Math.min(SCHEDULED_SHARE, account);
            // The ingress never calls Aura; a budget of one keeps a stray call from doing harm.
            case "ingress" -> 1;
            default -> throw new IllegalArgumentException("AURA_BUDGET_ROLE must be worker, scheduled or ingress, not '"
                    + role + "'");
        };
    }
}
