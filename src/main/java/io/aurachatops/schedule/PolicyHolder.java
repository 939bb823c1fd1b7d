package io.aurachatops.schedule;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/** The cost-saving policy, read once; a policy that cannot be used stops startup with one clear line. */
@ApplicationScoped
public class PolicyHolder {

    private final Optional<Policy> policy;
    private final String problem;

    public PolicyHolder(AutopauseSettings autopause, AutoresumeSettings autoresume, PriceSettings prices) {
        Optional<Policy> parsed = Optional.empty();
        String error = null;
        try {
            parsed = Policy.from(autopause, autoresume, prices);
        } catch (PolicyException e) {
            error = e.getMessage();
        }
        this.policy = parsed;
        this.problem = error;
    }

    void onStart(@Observes StartupEvent event) {
        if (problem != null) {
            Log.errorf("Invalid cost-saving policy: %s", problem);
            Quarkus.asyncExit(1);
        }
    }

    public Optional<Policy> policy() {
        return policy;
    }
}
