package io.aurachatops.jobs;

import java.time.Duration;

/** What a watch is waiting for, and how long that usually takes (polling slows down only after that). */
public enum WatchOperation {
    /** A new instance, until it runs. */
    CREATE(Duration.ofMinutes(2)),
    /** Removing an instance whose password could not be stored or was lost, until it is gone. */
    CLEANUP(Duration.ofMinutes(1)),
    /**
     * Aura's answer to a create was lost or unusable: look the name up until Aura's answer is certain. Found,
     * it turns into a CLEANUP (its password is lost); still absent after five minutes, when Aura has long
     * finished any create it accepted, it was not created.
     */
    LOOKUP(Duration.ofMinutes(5)),
    /** Until the instance is paused. */
    PAUSE(Duration.ofMinutes(1)),
    /** Until the instance runs again. */
    RESUME(Duration.ofMinutes(1)),
    /** Until the new memory is visible and the instance runs. */
    RESIZE(Duration.ofMinutes(5)),
    /** A confirmed delete, until Aura answers 404; then the secret is scheduled for deletion. */
    DELETE(Duration.ofMinutes(1)),
    /** A confirmed restore of a snapshot, until the instance runs again. */
    RESTORE(Duration.ofMinutes(5)),
    /** A confirmed overwrite with another instance's data, until the target runs again. */
    OVERWRITE(Duration.ofMinutes(5));

    private final Duration typical;

    WatchOperation(Duration typical) {
        this.typical = typical;
    }

    public Duration typical() {
        return typical;
    }
}
