package io.aurachatops.access;

import java.util.Set;

/** Who is in a user group ({@code S…}). Slack answers this; configuration alone cannot. */
public interface GroupDirectory {

    /** The members' user IDs; throws {@link GroupLookupException} when the workspace will not say. */
    Set<String> members(String groupId);
}
