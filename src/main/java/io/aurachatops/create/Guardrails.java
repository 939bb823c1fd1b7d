package io.aurachatops.create;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.List;
import java.util.Optional;

/** Limits that apply to operators and admins alike ({@code AURA_ALLOWED_TYPES}, {@code AURA_MAX_MEMORY}, {@code AURA_PROTECTED}). */
@ConfigMapping(prefix = "aura")
public interface Guardrails {

    @WithDefault("free-db,professional-db")
    List<String> allowedTypes();

    @WithDefault("16GB")
    String maxMemory();

    /** Names, globs or ids the bot never pauses, resizes, deletes, restores or overwrites. */
    @WithName("protected")
    Optional<List<String>> protectedInstances();
}
