package io.aurachatops.schedule;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** {@code AURA_PRICE_PER_GB_HOUR}: e.g. {@code professional-db=0.09,business-critical=0.18,paused-factor=0.2}. */
@ConfigMapping(prefix = "aura")
public interface PriceSettings {

    Optional<String> pricePerGbHour();
}
