package io.aurachatops.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes the system clock injectable, so that services can be handed a fake one in tests. */
@ApplicationScoped
public class TimeSources {

    @Produces
    TimeSource system() {
        return TimeSource.SYSTEM;
    }
}
