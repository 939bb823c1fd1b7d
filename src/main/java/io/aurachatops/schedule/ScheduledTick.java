package io.aurachatops.schedule;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The periodic "is anything due?" check that drives cost-saving on Lambda. This build has no cost-saving
 * policy yet, so a tick only records that it came.
 */
@ApplicationScoped
public class ScheduledTick {

    public String tick(Instant now) {
        Log.infof("Scheduled tick at %s: no cost-saving policy in this build", now);
        return "no cost-saving policy configured";
    }
}
