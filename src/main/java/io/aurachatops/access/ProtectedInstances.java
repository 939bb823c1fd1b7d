package io.aurachatops.access;

import io.aurachatops.support.Globs;
import jakarta.enterprise.context.ApplicationScoped;
import io.aurachatops.settings.CurrentSettings;
import io.aurachatops.settings.Derived;
import io.aurachatops.settings.RunSettings;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** {@code AURA_PROTECTED}: names, globs ({@code prod-*}) or ids that the bot never pauses, resizes, deletes, restores or overwrites. */
@ApplicationScoped
public class ProtectedInstances {

    private final Supplier<List<Pattern>> patterns;

    @Inject
    public ProtectedInstances(CurrentSettings settings) {
        this.patterns = Derived.of(settings, s -> compile(s.list(RunSettings.PROTECTED)));
    }

    public ProtectedInstances(List<String> entries) {
        List<Pattern> fixed = compile(entries);
        this.patterns = () -> fixed;
    }

    public boolean covers(String instanceId, String name) {
        return patterns.get().stream().anyMatch(p -> matches(p, instanceId) || matches(p, name));
    }

    private static List<Pattern> compile(List<String> entries) {
        return entries.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Globs::compile).toList();
    }

    private static boolean matches(Pattern pattern, String value) {
        return value != null && pattern.matcher(value.toLowerCase(Locale.ROOT)).matches();
    }

}
