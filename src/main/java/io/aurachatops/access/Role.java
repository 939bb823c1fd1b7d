package io.aurachatops.access;

import java.util.Locale;

/** What a user may do. Each role includes the ones before it. */
public enum Role {
    ANYONE,
    OPERATOR,
    ADMIN;

    public boolean covers(Role needed) {
        return compareTo(needed) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
