package io.aurachatops.access;

/** A user group could not be read: {@code reason} is Slack's error code, such as {@code plan_upgrade_required}. */
public class GroupLookupException extends RuntimeException {

    private final String reason;

    public GroupLookupException(String reason) {
        super("User group lookup failed: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public boolean planHasNoGroups() {
        return "plan_upgrade_required".equals(reason);
    }
}
