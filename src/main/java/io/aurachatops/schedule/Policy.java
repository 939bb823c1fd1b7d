package io.aurachatops.schedule;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The cost-saving policy: what to pause and resume, when, where to report, and the prices for the estimate. */
public record Policy(InstanceMatcher match, InstanceMatcher exclude, CronSchedule pause, Optional<CronSchedule> resume,
        Optional<String> channel, PriceTable prices) {

    /** Empty when no policy is configured; a half-configured or unreadable one is an error, never ignored. */
    public static Optional<Policy> from(AutopauseSettings autopause, AutoresumeSettings autoresume, PriceSettings prices) {
        List<String> match = autopause.match().orElse(List.of());
        boolean anySet = !match.isEmpty() || autopause.cron().isPresent() || autoresume.cron().isPresent()
                || autopause.exclude().isPresent() || autopause.channel().isPresent();
        if (!anySet) {
            return Optional.empty();
        }
        if (match.isEmpty()) {
            throw new PolicyException("AURA_AUTOPAUSE_MATCH is empty, but other AURA_AUTOPAUSE_*/AURA_AUTORESUME_CRON "
                    + "settings are set: say which instances the policy covers (globs or ids), or unset them all");
        }
        if (autopause.cron().isEmpty()) {
            throw new PolicyException("AURA_AUTOPAUSE_MATCH is set but AURA_AUTOPAUSE_CRON is not: say when to pause, "
                    + "e.g. `0 0 20 ? * MON-FRI` (Quartz cron, seconds first)");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(autopause.timezone().trim());
        } catch (DateTimeException e) {
            throw new PolicyException("AURA_AUTOPAUSE_TIMEZONE `" + autopause.timezone() + "` is not a time zone; use an "
                    + "IANA name such as Europe/Berlin or UTC");
        }
        return Optional.of(new Policy(InstanceMatcher.of(match), InstanceMatcher.of(autopause.exclude().orElse(List.of())),
                CronSchedule.parse("AURA_AUTOPAUSE_CRON", autopause.cron().get(), zone),
                autoresume.cron().map(c -> CronSchedule.parse("AURA_AUTORESUME_CRON", c, zone)),
                autopause.channel().map(String::trim).filter(s -> !s.isEmpty()), PriceTable.parse(prices.pricePerGbHour())));
    }
}
