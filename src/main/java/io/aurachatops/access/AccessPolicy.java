package io.aurachatops.access;

import io.aurachatops.sandbox.SandboxSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    private final Set<String> admins;
    private final Set<String> operators;
    private final Set<String> channels;
    private final boolean everyoneAdmin;

    @Inject
    public AccessPolicy(AccessSettings settings, SandboxSettings sandbox) {
        this(settings.admins().orElse(List.of()), settings.operators().orElse(List.of()),
                settings.channels().orElse(List.of()), sandbox.enabled() && settings.admins().isEmpty()
                        && settings.operators().isEmpty());
    }

    public AccessPolicy(List<String> admins, List<String> operators, List<String> channels) {
        this(admins, operators, channels, false);
    }

    private AccessPolicy(List<String> admins, List<String> operators, List<String> channels, boolean everyoneAdmin) {
        this.admins = ids(admins);
        this.operators = ids(operators);
        this.channels = ids(channels);
        this.everyoneAdmin = everyoneAdmin;
    }

    /** The role that the user holds by being listed by ID. */
    public Role directRole(String userId) {
        if (everyoneAdmin) {
            return Role.ADMIN;
        }
        String id = normalise(userId);
        if (admins.contains(id)) {
            return Role.ADMIN;
        }
        return operators.contains(id) ? Role.OPERATOR : Role.ANYONE;
    }

    public boolean channelAllowed(String channelId) {
        return channels.isEmpty() || channels.contains(normalise(channelId));
    }

    public Set<String> allowedChannels() {
        return channels;
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
