package io.aurachatops.schedule;

import io.aurachatops.aura.PriceTable;
import io.aurachatops.settings.RunSettings;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The cost-saving policy: what to pause and resume, when, where to report, and the prices for the estimate. */
public record Policy(InstanceMatcher match, InstanceMatcher exclude, CronSchedule pause, Optional<CronSchedule> resume,
        Optional<String> channel, PriceTable prices) {

    /** Empty when no policy is configured; a half-configured or unreadable one is an error, never ignored. */
    public static Optional<Policy> from(AutopauseSettings autopause, AutoresumeSettings autoresume, PriceSettings prices) {
        return from(autopause.match().orElse(List.of()), autopause.exclude().orElse(List.of()), autopause.cron(),
                autoresume.cron(), autopause.timezone(), autopause.channel(), prices.pricePerGbHour());
    }

    /** The policy the run-time settings describe. */
    public static Optional<Policy> from(RunSettings s) {
        return from(s.list(RunSettings.AUTOPAUSE_MATCH), s.list(RunSettings.AUTOPAUSE_EXCLUDE),
                s.text(RunSettings.AUTOPAUSE_CRON), s.text(RunSettings.AUTORESUME_CRON),
                s.text(RunSettings.AUTOPAUSE_TIMEZONE).orElse("UTC"), s.text(RunSettings.AUTOPAUSE_CHANNEL),
                s.text(RunSettings.PRICES));
    }

    @SuppressWarnings("java:S107") // the policy's own parts, as configured
    static Optional<Policy> from(List<String> match, List<String> exclude, Optional<String> pauseCron,
            Optional<String> resumeCron, String timezone, Optional<String> channel, Optional<String> prices) {
        boolean anySet = !match.isEmpty() || pauseCron.isPresent() || resumeCron.isPresent() || !exclude.isEmpty()
                || channel.isPresent();
        if (!anySet) {
            return Optional.empty();
        }
        if (match.isEmpty()) {
            throw new PolicyException("AURA_AUTOPAUSE_MATCH is empty, but other AURA_AUTOPAUSE_*/AURA_AUTORESUME_CRON "
                    + "settings are set: say which instances the policy covers (globs or ids), or unset them all");
        }
        if (pauseCron.isEmpty()) {
            throw new PolicyException("AURA_AUTOPAUSE_MATCH is set but AURA_AUTOPAUSE_CRON is not: say when to pause, "
                    + "e.g. `0 0 20 ? * MON-FRI` (Quartz cron, seconds first)");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timezone.trim());
        } catch (DateTimeException e) {
            throw new PolicyException("AURA_AUTOPAUSE_TIMEZONE `" + timezone + "` is not a time zone; use an "
                    + "IANA name such as Europe/Berlin or UTC");
        }
        return Optional.of(new Policy(InstanceMatcher.of(match), InstanceMatcher.of(exclude),
                CronSchedule.parse("AURA_AUTOPAUSE_CRON", pauseCron.get(), zone),
                resumeCron.map(c -> CronSchedule.parse("AURA_AUTORESUME_CRON", c, zone)),
                channel.map(String::trim).filter(s -> !s.isEmpty()), prices(prices)));
    }

    private static PriceTable prices(Optional<String> raw) {
        try {
            return PriceTable.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new PolicyException(e.getMessage());
        }
    }
}
