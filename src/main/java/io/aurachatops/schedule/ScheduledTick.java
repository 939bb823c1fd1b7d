package io.aurachatops.schedule;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Lambda tick ("is anything due?"), every 5 minutes: runs the policy's pause and resume slots that fell
 * due in the window before it. The window is a minute longer than the tick interval so that a late tick
 * misses nothing; a slot seen twice is harmless, because a second run changes nothing.
 */
@ApplicationScoped
public class ScheduledTick {

    public static final Duration WINDOW = Duration.ofMinutes(6);

    private final PolicyHolder policies;
    private final CostSavingRun runs;

    public ScheduledTick(PolicyHolder policies, CostSavingRun runs) {
        this.policies = policies;
        this.runs = runs;
    }

    public String tick(Instant now) {
        if (policies.policy().isEmpty()) {
            return "no cost-saving policy configured";
        }
        Policy policy = policies.policy().get();
        List<String> done = new ArrayList<>();
        Instant from = now.minus(WINDOW);
        for (Instant slot : policy.pause().dueIn(from, now)) {
            runs.run("pause", slot, false);
            done.add("pause@" + slot);
        }
        for (Instant slot : policy.resume().map(r -> r.dueIn(from, now)).orElse(List.of())) {
            runs.run("resume", slot, false);
            done.add("resume@" + slot);
        }
        Log.infof("Scheduled tick at %s: %s", now, done.isEmpty() ? "nothing due" : done);
        return done.isEmpty() ? "nothing due" : String.join(", ", done);
    }
}
