package io.aurachatops.schedule;

import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.support.Globs;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A list of globs or ids, each optionally scoped to a tenant with {@code <tenant-id>:}. A glob matches the
 * name, case-insensitively; an id matches exactly.
 */
public final class InstanceMatcher {

    private record Entry(String tenant, Pattern name, String id, String text) {
    }

    private static final Pattern INSTANCE_ID = Pattern.compile("[0-9a-f]{8}");

    private final List<Entry> entries;

    private InstanceMatcher(List<Entry> entries) {
        this.entries = entries;
    }

    public static InstanceMatcher of(List<String> raw) {
        return new InstanceMatcher(raw.stream().map(String::trim).filter(s -> !s.isEmpty()).map(InstanceMatcher::entry)
                .toList());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public boolean matches(InstanceSummary instance) {
        return entries.stream().anyMatch(e -> (e.tenant() == null || e.tenant().equals(lower(instance.tenantId())))
                && (e.id() != null ? e.id().equals(lower(instance.id())) : e.name().matcher(lower(instance.name())).matches()));
    }

    public List<String> describe() {
        return entries.stream().map(Entry::text).toList();
    }

    private static Entry entry(String text) {
        int colon = text.lastIndexOf(':');
        String tenant = colon > 0 ? lower(text.substring(0, colon)) : null;
        String pattern = lower(colon > 0 ? text.substring(colon + 1) : text);
        if (pattern.isEmpty()) {
            throw new PolicyException("`" + text + "` names a tenant but no instance; write `<tenant-id>:<glob or id>`");
        }
        if (INSTANCE_ID.matcher(pattern).matches()) {
            return new Entry(tenant, null, pattern, text);
        }
        return new Entry(tenant, Globs.compile(pattern), null, text);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
