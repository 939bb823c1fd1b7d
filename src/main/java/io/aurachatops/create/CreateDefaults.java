package io.aurachatops.create;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Values for flags that {@code /aura create} leaves out ({@code AURA_DEFAULT_*}). */
@ConfigMapping(prefix = "aura.default")
public interface CreateDefaults {

    Optional<String> type();

    Optional<String> cloudProvider();

    Optional<String> region();

    Optional<String> memory();
}
