package io.aurachatops.aura;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Price per GB of memory per hour by instance type ({@code AURA_PRICE_PER_GB_HOUR}), for estimates only, and
 * the share of the running price a paused instance still costs. Defaults: professional-db 0.09,
 * business-critical 0.18; paused instances are assumed to cost 20 % of the running price.
 */
public final class PriceTable {

    static final String PAUSED_FACTOR = "paused-factor";
    static final Map<String, Double> DEFAULTS = Map.of("professional-db", 0.09, "business-critical", 0.18);
    static final double DEFAULT_PAUSED_FACTOR = 0.2;

    private final Map<String, Double> perGbHour;
    private final double pausedFactor;

    PriceTable(Map<String, Double> perGbHour, double pausedFactor) {
        this.perGbHour = perGbHour;
        this.pausedFactor = pausedFactor;
    }

    public static PriceTable parse(Optional<String> raw) {
        Map<String, Double> prices = new LinkedHashMap<>(DEFAULTS);
        double factor = DEFAULT_PAUSED_FACTOR;
        if (raw.isPresent() && !raw.get().isBlank()) {
            prices.clear();
            for (String pair : raw.get().split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || kv[0].isBlank()) {
                    throw new IllegalArgumentException("AURA_PRICE_PER_GB_HOUR takes `type=price` pairs, like "
                            + "`professional-db=0.09,business-critical=0.18,paused-factor=0.2`; `" + pair.trim() + "` is not one");
                }
                double value;
                try {
                    value = Double.parseDouble(kv[1].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("AURA_PRICE_PER_GB_HOUR: `" + kv[1].trim() + "` is not a number");
                }
                if (value < 0) {
                    throw new IllegalArgumentException("AURA_PRICE_PER_GB_HOUR: prices cannot be negative");
                }
                String key = kv[0].trim().toLowerCase(Locale.ROOT);
                if (key.equals(PAUSED_FACTOR)) {
                    if (value > 1) {
                        throw new IllegalArgumentException("AURA_PRICE_PER_GB_HOUR: paused-factor is a share of the running price, 0 to 1");
                    }
                    factor = value;
                } else {
                    prices.put(key, value);
                }
            }
        }
        return new PriceTable(Map.copyOf(prices), factor);
    }

    /** What this instance costs per hour while it runs, if its type has a price. */
    public Optional<Double> hourlyPrice(String type, int memoryGb) {
        Double price = type == null ? null : perGbHour.get(type.toLowerCase(Locale.ROOT));
        if (price == null || memoryGb <= 0) {
            return Optional.empty();
        }
        return Optional.of(price * memoryGb);
    }

    /** What pausing this instance saves per hour, if its type has a price. */
    public Optional<Double> hourlySaving(String type, int memoryGb) {
        return hourlyPrice(type, memoryGb).map(running -> running * (1 - pausedFactor));
    }

    public String describe() {
        return perGbHour.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " $" + e.getValue()).collect(Collectors.joining(", "))
                + " per GB-hour; paused instances assumed to cost " + Math.round(pausedFactor * 100) + " % of that";
    }
}
