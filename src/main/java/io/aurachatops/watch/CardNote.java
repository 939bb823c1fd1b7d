package io.aurachatops.watch;

import java.util.Optional;

/** A line a workflow keeps on a created instance's card as the watch rewrites it (a lease's expiry, say). */
public interface CardNote {

    Optional<String> about(String instanceId);
}
