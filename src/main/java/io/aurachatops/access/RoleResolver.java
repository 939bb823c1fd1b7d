package io.aurachatops.access;

import io.aurachatops.settings.CurrentSettings;
import io.aurachatops.settings.Derived;
import io.aurachatops.settings.RunSettings;
import java.util.function.Supplier;
import io.aurachatops.support.TimeSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A user's role at this moment: listed by ID, or a member of a listed user group (members cached for a few
 * minutes). If the workspace's plan has no user groups, the groups grant nothing and the refusal says why.
 */
@ApplicationScoped
public class RoleResolver {

    static final Duration GROUP_CACHE = Duration.ofMinutes(5);
    static final String NO_GROUPS_NOTE = "This Slack workspace's plan has no user groups (`plan_upgrade_required`), "
            + "so the group IDs in `AURA_BOT_ADMINS`/`AURA_BOT_OPERATORS` grant nothing; an admin should list user "
            + "IDs there instead.";

    /** A role, and a note for the user when group lookups failed. */
    public record Resolution(Role role, Optional<String> note) {

        /** Why this person may not run {@code verb}, which needs {@code needed}; empty when they may. */
        public Optional<String> refusal(String verb, Role needed) {
            return role.covers(needed) ? Optional.empty()
                    : Optional.of(Denials.roleNeeded(verb, needed) + note.map(n -> "\n" + n).orElse(""));
        }
    }

    private record Groups(List<String> admins, List<String> operators) {
    }

    private final Supplier<Groups> groupIds;
    private final AccessPolicy policy;
    private final GroupDirectory groups;
    private final TimeSource time;
    private final Map<String, Cached> members = new ConcurrentHashMap<>();
    private final AtomicBoolean warnedNoGroups = new AtomicBoolean();

    @Inject
    public RoleResolver(CurrentSettings settings, AccessPolicy policy, GroupDirectory groups, TimeSource time) {
        this(Derived.of(settings, s -> new Groups(groupIds(s.list(RunSettings.ADMINS)),
                groupIds(s.list(RunSettings.OPERATORS)))), policy, groups, time);
    }

    RoleResolver(List<String> adminGroups, List<String> operatorGroups, AccessPolicy policy, GroupDirectory groups,
            TimeSource time) {
        this(() -> new Groups(adminGroups, operatorGroups), policy, groups, time);
    }

    private RoleResolver(Supplier<Groups> groupIds, AccessPolicy policy, GroupDirectory groups, TimeSource time) {
        this.groupIds = groupIds;
        this.policy = policy;
        this.groups = groups;
        this.time = time;
    }

    public Resolution resolve(String userId) {
        Role direct = policy.directRole(userId);
        if (direct == Role.ADMIN) {
            return new Resolution(direct, Optional.empty());
        }
        String user = userId.trim().toUpperCase(Locale.ROOT);
        try {
            Groups listed = groupIds.get();
            if (memberOfAny(listed.admins(), user)) {
                return new Resolution(Role.ADMIN, Optional.empty());
            }
            if (direct == Role.ANYONE && memberOfAny(listed.operators(), user)) {
                return new Resolution(Role.OPERATOR, Optional.empty());
            }
            return new Resolution(direct, Optional.empty());
        } catch (GroupLookupException e) {
            if (e.planHasNoGroups()) {
                if (warnedNoGroups.compareAndSet(false, true)) {
                    Log.warn(NO_GROUPS_NOTE);
                }
                return new Resolution(direct, Optional.of(NO_GROUPS_NOTE));
            }
            Log.warnf("Could not read a user group (%s); deciding on user IDs alone", e.reason());
            return new Resolution(direct, Optional.of("I could not read the bot's user groups just now (`" + e.reason()
                    + "`), so only roles given by user ID count."));
        }
    }

    private boolean memberOfAny(List<String> groupIds, String user) {
        for (String group : groupIds) {
            if (members(group).contains(user)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> members(String group) {
        Cached cached = members.get(group);
        if (cached != null && time.nanoTime() - cached.readAtNanos() < GROUP_CACHE.toNanos()) {
            return cached.members();
        }
        Set<String> fresh = groups.members(group);
        members.put(group, new Cached(fresh, time.nanoTime()));
        return fresh;
    }

    private static List<String> groupIds(List<String> ids) {
        return ids.stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).filter(s -> s.startsWith("S")).toList();
    }

    private record Cached(Set<String> members, long readAtNanos) {
    }
}
