package io.aurachatops.schedule;

import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.command.CommandException;
import io.aurachatops.command.Requester;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One-night exemptions from the cost-saving pause: a ledger record per instance that lasts until the
 * morning's resume (or an hour past the pause when the policy resumes nothing), so it covers exactly the
 * next night and then lapses by itself.
 */
@ApplicationScoped
public class KeepAwake {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);

    private final PolicyHolder policies;
    private final Ledger ledger;
    private final TimeSource time;

    public KeepAwake(PolicyHolder policies, Ledger ledger, TimeSource time) {
        this.policies = policies;
        this.ledger = ledger;
        this.time = time;
    }

    public Reply grant(Instance instance, Requester requester) {
        Policy policy = policies.policy().orElseThrow(() -> new CommandException("No cost-saving policy is "
                + "configured, so nothing pauses `" + Markdown.escape(instance.name()) + "` tonight anyway."));
        String name = "`" + Markdown.escape(instance.name()) + "`";
        InstanceSummary summary = new InstanceSummary(instance.id(), instance.name(), instance.tenantId(),
                instance.cloudProvider(), instance.createdAt());
        if (!policy.match().matches(summary) || policy.exclude().matches(summary)) {
            return Reply.of(name + " is not paused by the cost-saving policy, so it stays awake anyway.");
        }
        Instant now = time.now();
        ZonedDateTime pause = policy.pause().nextAfter(now).orElseThrow(() -> new CommandException("The cost-saving "
                + "policy has no pause ahead, so nothing pauses " + name + "."));
        Instant until = policy.resume().flatMap(r -> r.nextAfter(pause.toInstant())).map(ZonedDateTime::toInstant)
                .orElse(pause.toInstant().plus(Duration.ofHours(1)));
        if (!ledger.create(key(instance.id()), Map.of("by", requester.userId()), until)) {
            String by = ledger.read(key(instance.id())).map(r -> r.get("by")).orElse("someone");
            return Reply.of(name + " is already kept awake tonight, by <@" + by + ">.");
        }
        return Reply.of("☀️ " + name + " stays awake tonight: the pause of " + WHEN.format(pause) + " ("
                + pause.getZone() + ") skips it. The night after, the policy applies again.");
    }

    /** Who kept this instance awake for the coming or current night, if anyone did. */
    static Optional<String> keptBy(Ledger ledger, String instanceId) {
        return ledger.read(key(instanceId)).map(r -> r.getOrDefault("by", "someone"));
    }

    private static String key(String instanceId) {
        return "keep-awake#" + instanceId;
    }
}
