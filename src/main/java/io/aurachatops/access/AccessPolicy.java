package io.aurachatops.access;

import io.aurachatops.sandbox.SandboxSettings;
import jakarta.enterprise.context.ApplicationScoped;
import io.aurachatops.settings.CurrentSettings;
import io.aurachatops.settings.Derived;
import io.aurachatops.settings.RunSettings;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deny-by-default access from configuration: user IDs ({@code U…}, {@code W…}) grant roles directly;
 * user-group IDs ({@code S…}) need the Slack API to resolve. In sandbox mode with no roles configured,
 * every local user is admin, so that the whole bot can be tried at once.
 */
@ApplicationScoped
public class AccessPolicy {

    private record Snapshot(Set<String> admins, Set<String> operators, Set<String> channels, boolean everyoneAdmin) {
    }

    private final Supplier<Snapshot> snapshot;

    @Inject
    public AccessPolicy(CurrentSettings settings, SandboxSettings sandbox) {
        this.snapshot = Derived.of(settings, s -> snapshot(s.list(RunSettings.ADMINS), s.list(RunSettings.OPERATORS),
                s.list(RunSettings.CHANNELS), sandbox.enabled() && s.list(RunSettings.ADMINS).isEmpty()
                        && s.list(RunSettings.OPERATORS).isEmpty()));
    }

    public AccessPolicy(List<String> admins, List<String> operators, List<String> channels) {
        Snapshot fixed = snapshot(admins, operators, channels, false);
        this.snapshot = () -> fixed;
    }

    private static Snapshot snapshot(List<String> admins, List<String> operators, List<String> channels,
            boolean everyoneAdmin) {
        return new Snapshot(ids(admins), ids(operators), ids(channels), everyoneAdmin);
    }

    /** The role that the user holds by being listed by ID. */
    public Role directRole(String userId) {
        Snapshot now = snapshot.get();
        if (now.everyoneAdmin()) {
            return Role.ADMIN;
        }
        String id = normalise(userId);
        if (now.admins().contains(id)) {
            return Role.ADMIN;
        }
        return now.operators().contains(id) ? Role.OPERATOR : Role.ANYONE;
    }

    public boolean channelAllowed(String channelId) {
        Set<String> channels = snapshot.get().channels();
        return channels.isEmpty() || channels.contains(normalise(channelId));
    }

    public Set<String> allowedChannels() {
        return snapshot.get().channels();
    }

    private static Set<String> ids(List<String> raw) {
        Set<String> ids = new TreeSet<>();
        raw.stream().map(AccessPolicy::normalise).filter(s -> !s.isEmpty()).forEach(ids::add);
        return Collections.unmodifiableSet(ids);
    }

    private static String normalise(String id) {
        return id == null ? "" : id.trim().toUpperCase(Locale.ROOT);
    }
}
