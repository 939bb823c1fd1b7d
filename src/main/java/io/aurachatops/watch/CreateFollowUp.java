package io.aurachatops.watch;

import io.aurachatops.jobs.WatchJob;

/**
 * Something a workflow wants done when a create it asked for ends (a copy made before a delete). The watch calls
 * every follow-up; each acts only on the creates it recorded, and only once.
 */
public interface CreateFollowUp {

    /**
     * Aura accepted the create and its password is in the vault; {@code args} are the command's, hidden ones
     * included, and {@code channelId} is where it was asked for.
     */
    void accepted(String instanceId, java.util.Map<String, String> args, String requesterId, String channelId);

    /** The instance is running. */
    void running(WatchJob create);

    /** The create failed, disappeared or was given up on. */
    void failed(WatchJob create);
}
