package io.aurachatops.wiring;

import io.aurachatops.access.AccessSettings;
import io.aurachatops.approvals.ApprovalSettings;
import io.aurachatops.audit.AuditSettings;
import io.aurachatops.aura.TenantSettings;
import io.aurachatops.aura.client.AuraBudgetSettings;
import io.aurachatops.create.Guardrails;
import io.aurachatops.credentials.BotSecretSettings;
import io.aurachatops.schedule.AutopauseSettings;
import io.aurachatops.schedule.AutoresumeSettings;
import io.aurachatops.schedule.PriceSettings;
import io.aurachatops.settings.RunSettings;
import io.aurachatops.slack.SlackSettings;
import io.aurachatops.vault.VaultSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The run-time settings as the configuration (environment, profile) gives them: the server's interface. */
@ApplicationScoped
public class EnvironmentSettings {

    private final RunSettings settings;

    @SuppressWarnings("java:S107") // one mapping per area that owns a run-time setting
    public EnvironmentSettings(AccessSettings access, Guardrails guardrails, AuditSettings audit, SlackSettings slack,
            TenantSettings tenant, AuraBudgetSettings budget, VaultSettings vault, BotSecretSettings botSecret,
            AutopauseSettings autopause, AutoresumeSettings autoresume, PriceSettings prices, ApprovalSettings approvals) {
        Map<String, String> values = new HashMap<>();
        list(values, RunSettings.ADMINS, access.admins());
        list(values, RunSettings.OPERATORS, access.operators());
        list(values, RunSettings.CHANNELS, access.channels());
        list(values, RunSettings.PROTECTED, guardrails.protectedInstances());
        text(values, RunSettings.AUDIT_CHANNEL, audit.auditChannel());
        text(values, RunSettings.TEAM_ID, slack.teamId());
        text(values, RunSettings.TENANT_ID, tenant.tenantId());
        text(values, RunSettings.ACCOUNT_RATE_LIMIT, budget.accountRateLimit().map(String::valueOf));
        values.put(RunSettings.WORKER_CONCURRENCY, Integer.toString(budget.workerConcurrency()));
        values.put(RunSettings.SECRET_PREFIX, vault.secretPrefix());
        text(values, RunSettings.BOT_SECRETS_ID, botSecret.secretsId());
        list(values, RunSettings.AUTOPAUSE_MATCH, autopause.match());
        list(values, RunSettings.AUTOPAUSE_EXCLUDE, autopause.exclude());
        text(values, RunSettings.AUTOPAUSE_CRON, autopause.cron());
        text(values, RunSettings.AUTORESUME_CRON, autoresume.cron());
        values.put(RunSettings.AUTOPAUSE_TIMEZONE, autopause.timezone());
        text(values, RunSettings.AUTOPAUSE_CHANNEL, autopause.channel());
        text(values, RunSettings.PRICES, prices.pricePerGbHour());
        list(values, RunSettings.APPROVAL_REQUIRED, approvals.required());
        this.settings = new RunSettings(values);
    }

    public RunSettings settings() {
        return settings;
    }

    private static void list(Map<String, String> values, String name, Optional<List<String>> list) {
        list.filter(l -> !l.isEmpty()).ifPresent(l -> values.put(name, String.join(",", l)));
    }

    private static void text(Map<String, String> values, String name, Optional<String> text) {
        text.filter(t -> !t.isBlank()).ifPresent(t -> values.put(name, t));
    }
}
