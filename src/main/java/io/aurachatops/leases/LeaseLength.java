package io.aurachatops.leases;

import io.aurachatops.command.CommandException;
import io.aurachatops.reply.Markdown;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A lease length as typed: {@code 90m}, {@code 8h} or {@code 2d}. */
public final class LeaseLength {

    private static final Pattern LENGTH = Pattern.compile("(\\d{1,4})\\s*([mhd])");

    private LeaseLength() {
    }

    /** The length, refused with a clear answer when it is not one, is zero, or exceeds {@code max}. */
    public static Duration parse(String text, Duration max) {
        Matcher m = LENGTH.matcher(text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new CommandException("`" + Markdown.escape(text) + "` is not a lease length. Use minutes, hours or "
                    + "days, like `90m`, `8h` or `2d` (at most " + describe(max) + ").");
        }
        long n = Long.parseLong(m.group(1));
        Duration length = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        if (length.compareTo(Duration.ofMinutes(10)) < 0) {
            throw new CommandException("A lease must last at least `10m`, so there is time to be reminded.");
        }
        if (length.compareTo(max) > 0) {
            throw new CommandException("A lease may last at most " + describe(max) + " from now (`AURA_LEASE_MAX`); `"
                    + Markdown.escape(text) + "` is longer. Ask for less now and extend it later if it must live on.");
        }
        return length;
    }

    /** A time in each reader's own zone (Slack's date markup), with a UTC fallback. */
    public static String when(java.time.Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} at {time}|" + FALLBACK.format(at) + ">";
    }

    private static final java.time.format.DateTimeFormatter FALLBACK = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    /** {@code 2d}, {@code 8h}, {@code 1d 4h} or {@code 90m}. */
    public static String describe(Duration length) {
        long days = length.toDays();
        long hours = length.minusDays(days).toHours();
        long minutes = length.minusDays(days).minusHours(hours).toMinutes();
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append('d');
        }
        if (hours > 0) {
            text.append(text.length() > 0 ? " " : "").append(hours).append('h');
        }
        if (minutes > 0 || text.length() == 0) {
            text.append(text.length() > 0 ? " " : "").append(minutes).append('m');
        }
        return text.toString();
    }
}
