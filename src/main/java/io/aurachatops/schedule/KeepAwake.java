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
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Exemptions from the cost-saving pause: a ledger record per instance that lasts until the morning's resume
 * after the last night it covers (or an hour past that pause when the policy resumes nothing), so it covers
 * exactly the nights asked for and then lapses by itself. Without a date that is the next night only.
 */
@ApplicationScoped
public class KeepAwake {

    /** The furthest day {@code --until} may name, counted from today. */
    static final int MAX_DAYS = 14;
    private static final String PREFIX = "keep-awake#";
    private static final String GROUP = "keep-awake";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ROOT);

    private final PolicyHolder policies;
    private final Ledger ledger;
    private final TimeSource time;

    public KeepAwake(PolicyHolder policies, Ledger ledger, TimeSource time) {
        this.policies = policies;
        this.ledger = ledger;
        this.time = time;
    }

    /** Keeps the instance awake through the next pause, or through every pause up to and including {@code until}. */
    public Reply grant(Instance instance, Requester requester, Optional<LocalDate> until) {
        Policy policy = policies.policy().orElseThrow(() -> new CommandException("No cost-saving policy is "
                + "configured, so nothing pauses `" + Markdown.escape(instance.name()) + "` anyway."));
        String name = "`" + Markdown.escape(instance.name()) + "`";
        InstanceSummary summary = new InstanceSummary(instance.id(), instance.name(), instance.tenantId(),
                instance.cloudProvider(), instance.createdAt());
        if (!policy.match().matches(summary) || policy.exclude().matches(summary)) {
            return Reply.of(name + " is not paused by the cost-saving policy, so it stays awake anyway.");
        }
        Instant now = time.now();
        ZonedDateTime first = policy.pause().nextAfter(now).orElseThrow(() -> new CommandException("The cost-saving "
                + "policy has no pause ahead, so nothing pauses " + name + "."));
        LocalDate today = now.atZone(first.getZone()).toLocalDate();
        if (until.isPresent() && (until.get().isBefore(today) || until.get().isAfter(today.plusDays(MAX_DAYS)))) {
            throw new CommandException("`--until` takes a day from today to " + MAX_DAYS + " days ahead, like `"
                    + today.plusDays(2) + "`.");
        }
        if (until.isPresent() && first.toLocalDate().isAfter(until.get())) {
            throw new CommandException("No cost-saving pause falls on or before " + until.get() + "; the next is "
                    + WHEN.format(first) + " (" + first.getZone() + "). Use `--until " + first.toLocalDate()
                    + "` to skip that one.");
        }
        ZonedDateTime last = first;
        int nights = 1;
        while (until.isPresent()) {
            Optional<ZonedDateTime> next = policy.pause().nextAfter(last.toInstant());
            if (next.isEmpty() || next.get().toLocalDate().isAfter(until.get())) {
                break;
            }
            last = next.get();
            nights++;
        }
        Instant lastPause = last.toInstant();
        Instant lapses = policy.resume().flatMap(r -> r.nextAfter(lastPause)).map(ZonedDateTime::toInstant)
                .orElse(lastPause.plus(Duration.ofHours(1)));
        String key = key(instance.id());
        Map<String, String> record = Map.of("by", requester.userId(), "lapses", lapses.toString());
        Optional<Map<String, String>> existing = ledger.read(key);
        if (existing.isPresent()) {
            Instant held = Optional.ofNullable(existing.get().get("lapses")).map(Instant::parse).orElse(Instant.EPOCH);
            String by = existing.get().getOrDefault("by", "someone");
            if (!lapses.isAfter(held) || !ledger.replace(key, "by", by, record, lapses)) {
                return Reply.of(name + " is already kept awake, by <@" + by + ">" + (held.equals(Instant.EPOCH) ? ""
                        : ", until " + WHEN.format(held.atZone(first.getZone())) + " (" + first.getZone() + ")") + ".");
            }
        } else if (!ledger.create(key, record, lapses, GROUP)) {
            return Reply.of(name + " was kept awake a moment ago by someone else.");
        }
        String zone = " (" + first.getZone() + ")";
        return nights == 1
                ? Reply.of("☀️ " + name + " stays awake " + (until.isPresent() ? "until " + until.get() : "tonight")
                        + ": the pause of " + WHEN.format(first) + zone + " skips it. After that, the policy applies "
                        + "again.")
                : Reply.of("☀️ " + name + " stays awake for " + nights + " nights: the pauses from " + WHEN.format(first)
                        + " to " + WHEN.format(last) + zone + " skip it. After that, the policy applies again.");
    }

    /** Who kept this instance awake for the coming or current night, if anyone did. */
    static Optional<String> keptBy(Ledger ledger, String instanceId) {
        return ledger.read(key(instanceId)).map(r -> r.getOrDefault("by", "someone"));
    }

    /** The instances kept awake now, with one ledger query (the pause notice leaves them out). */
    static java.util.Set<String> keptIds(Ledger ledger) {
        return ledger.group(GROUP).stream().map(e -> e.key().substring(PREFIX.length()))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String key(String instanceId) {
        return PREFIX + instanceId;
    }
}
