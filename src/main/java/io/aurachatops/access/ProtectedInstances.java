package io.aurachatops.access;

import io.aurachatops.create.Guardrails;
import io.aurachatops.support.Globs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** {@code AURA_PROTECTED}: names, globs ({@code prod-*}) or ids that the bot never pauses, resizes or deletes. */
@ApplicationScoped
public class ProtectedInstances {

    private final List<Pattern> patterns;

    @Inject
    public ProtectedInstances(Guardrails guardrails) {
        this(guardrails.protectedInstances().orElse(List.of()));
    }

    public ProtectedInstances(List<String> entries) {
        this.patterns = entries.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Globs::compile).toList();
    }

    public boolean covers(String instanceId, String name) {
        return patterns.stream().anyMatch(p -> matches(p, instanceId) || matches(p, name));
    }

    private static boolean matches(Pattern pattern, String value) {
        return value != null && pattern.matcher(value.toLowerCase(Locale.ROOT)).matches();
    }

}
