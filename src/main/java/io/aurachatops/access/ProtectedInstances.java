package io.aurachatops.access;

import io.aurachatops.create.Guardrails;
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
        this.patterns = entries.stream().map(String::trim).filter(s -> !s.isEmpty()).map(ProtectedInstances::glob).toList();
    }

    public boolean covers(String instanceId, String name) {
        return patterns.stream().anyMatch(p -> matches(p, instanceId) || matches(p, name));
    }

    private static boolean matches(Pattern pattern, String value) {
        return value != null && pattern.matcher(value.toLowerCase(Locale.ROOT)).matches();
    }

    /** A case-insensitive glob: {@code *} any run of characters, {@code ?} one character. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
