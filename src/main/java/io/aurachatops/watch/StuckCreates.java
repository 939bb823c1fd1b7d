package io.aurachatops.watch;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.aura.PriceTable;
import io.aurachatops.command.MemorySize;
import io.aurachatops.jobs.WatchJob;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import io.aurachatops.settings.CurrentSettings;
import io.aurachatops.settings.Derived;
import io.aurachatops.settings.RunSettings;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The final card of a create that is still not running when its watch gives up. The instance may be billed
 * all the while, so the card says what it costs and offers to delete it (admins) or keep it.
 */
@ApplicationScoped
public class StuckCreates {

    /** Long enough for someone to come back to it the next working day. */
    static final Duration BUTTON_LIFETIME = Duration.ofHours(24);

    private final ConfirmationTokens tokens;
    private final TimeSource time;
    private final Supplier<Optional<PriceTable>> prices;

    public StuckCreates(ConfirmationTokens tokens, TimeSource time, CurrentSettings settings) {
        this.tokens = tokens;
        this.time = time;
        this.prices = Derived.of(settings, StuckCreates::prices);
    }

    public Reply card(WatchJob job, InstanceCard card, String elapsed) {
        String name = Markdown.escape(job.instanceName());
        String cost = cost(card).map(c -> " While it exists it may be billed: about " + c + ".").orElse("");
        String token = tokens.issue(job.instanceId(), job.requester().userId(), job.card().channelId(), time.now(),
                BUTTON_LIFETIME);
        return card.render("⚠️ *" + name + "* is still `" + card.status() + "` after " + elapsed,
                "Aura has not finished creating it." + cost + " Its credentials are stored. Delete it (admins) "
                        + "or keep it and check it in the Aura console; these buttons work for 24 hours.")
                .withButtons(ConfirmationTokens.buttons(token, job.instanceName(), job.instanceId(), "Keep"));
    }

    private Optional<String> cost(InstanceCard card) {
        return prices.get().flatMap(p -> p.hourlyPrice(card.type(), MemorySize.gigabytes(card.memory())))
                .map(hourly -> String.format(Locale.ROOT, "$%.2f an hour ($%.0f a day)", hourly, hourly * 24));
    }

    /** The estimate is optional: prices the policy cannot read are reported by the policy, not here. */
    private static Optional<PriceTable> prices(RunSettings settings) {
        try {
            return Optional.of(PriceTable.parse(settings.text(RunSettings.PRICES)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
