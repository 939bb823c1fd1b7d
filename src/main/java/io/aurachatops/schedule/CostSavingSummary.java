package io.aurachatops.schedule;

import io.aurachatops.command.MemorySize;
import io.aurachatops.jobs.BatchItem;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The one message a cost-saving run ends with: what was done, skipped and failed, and what it saves. */
public final class CostSavingSummary {

    static final Duration MONTH = Duration.ofDays(30);

    private CostSavingSummary() {
    }

    public static Reply render(String action, List<BatchItem> items, Policy policy, Instant slot) {
        boolean pause = action.equals("pause");
        List<BatchItem> done = items.stream().filter(i -> i.outcome().equals("done")).toList();
        List<BatchItem> skipped = items.stream().filter(i -> i.outcome().equals("skipped")).toList();
        List<BatchItem> failed = items.stream().filter(i -> i.outcome().equals("failed") || i.outcome().equals("pending"))
                .toList();
        String verb = pause ? "paused" : "resumed";
        String headline = (pause ? "🌙 Cost-saving pause: " : "☀️ Cost-saving resume: ") + done.size() + " " + verb + ", "
                + skipped.size() + " skipped, " + failed.size() + " failed";
        List<String> sections = new ArrayList<>();
        if (!done.isEmpty()) {
            sections.add("*" + capitalised(verb) + "*\n" + lines(done, false));
        }
        if (!skipped.isEmpty()) {
            sections.add("*Skipped*\n" + lines(skipped, true));
        }
        if (!failed.isEmpty()) {
            sections.add("*Failed*\n" + lines(failed, true));
        }
        if (items.isEmpty()) {
            sections.add("No instance matches the policy (" + String.join(", ", policy.match().describe()) + ").");
        }
        if (pause) {
            saving(done, policy, slot).ifPresent(sections::add);
        }
        return Reply.of(headline, sections).withFootnote("Estimate: " + policy.prices().describe()
                + " (`AURA_PRICE_PER_GB_HOUR`). Real bills depend on your Aura contract.");
    }

    /** Hourly saving of the paused instances, times the hours until the next resume, times the nights in a month. */
    static Optional<String> saving(List<BatchItem> paused, Policy policy, Instant slot) {
        double hourly = paused.stream().map(i -> policy.prices().hourlySaving(i.type(), MemorySize.gigabytes(i.memory())))
                .flatMap(Optional::stream).mapToDouble(Double::doubleValue).sum();
        if (hourly <= 0) {
            return Optional.empty();
        }
        Optional<Instant> resume = policy.resume().flatMap(r -> r.nextAfter(slot)).map(z -> z.toInstant());
        if (resume.isEmpty()) {
            return Optional.of(String.format(Locale.ROOT, "*Saving:* about $%.2f per hour while paused (no resume is "
                    + "scheduled).", hourly));
        }
        double hours = Duration.between(slot, resume.get()).toMinutes() / 60.0;
        double perNight = hourly * hours;
        // The month follows the policy's own nights, whatever time this run happened to start (a manual run).
        Instant nextPause = policy.pause().nextAfter(slot.minusSeconds(1)).map(z -> z.toInstant()).orElse(slot);
        double nightHours = policy.resume().flatMap(r -> r.nextAfter(nextPause))
                .map(z -> Duration.between(nextPause, z.toInstant()).toMinutes() / 60.0).orElse(hours);
        int nights = policy.pause().dueIn(nextPause.minusSeconds(1), nextPause.plus(MONTH).minusSeconds(1)).size();
        return Optional.of(String.format(Locale.ROOT, "*Saving:* about $%.2f for this pause (%.1f h until the resume), "
                + "about $%.2f per month on the policy's schedule (%d pauses of %.1f h).", perNight, hours,
                hourly * nightHours * nights, nights, nightHours));
    }

    private static String lines(List<BatchItem> items, boolean withDetail) {
        return items.stream().map(i -> "• *" + Markdown.escape(i.name()) + "* `" + Markdown.escape(i.instanceId()) + "`"
                + (i.memory() == null ? "" : " (" + Markdown.escape(i.memory()) + ")")
                + (withDetail && i.detail() != null ? ": " + i.detail() : "")).collect(Collectors.joining("\n"));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
