package io.aurachatops.scheduling;

import io.aurachatops.schedule.CostSavingRun;
import io.aurachatops.schedule.CronSchedule;
import io.aurachatops.schedule.Policy;
import io.aurachatops.schedule.PolicyHolder;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.temporal.ChronoUnit;

/**
 * The local server's trigger: Quarkus's scheduler with the policy's crons in the policy's zone. The jobs are
 * registered only after the policy was read, so that a bad cron stops startup with our own clear message.
 * The lambda profile switches the scheduler off and uses the 5-minute tick instead.
 */
@ApplicationScoped
public class CostSavingTimer {

    private final PolicyHolder policies;
    private final CostSavingRun runs;
    private final Scheduler scheduler;

    public CostSavingTimer(PolicyHolder policies, CostSavingRun runs, Scheduler scheduler) {
        this.policies = policies;
        this.runs = runs;
        this.scheduler = scheduler;
    }

    void onStart(@Observes StartupEvent event) {
        if (policies.policy().isEmpty() || !scheduler.isRunning()) {
            return;
        }
        Policy policy = policies.policy().get();
        register("autopause", policy.pause(), "pause");
        policy.resume().ifPresent(resume -> register("autoresume", resume, "resume"));
    }

    private void register(String identity, CronSchedule cron, String action) {
        scheduler.newJob(identity).setCron(cron.expression()).setTimeZone(cron.zone().getId())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> runs.run(action, execution.getScheduledFireTime().truncatedTo(ChronoUnit.SECONDS),
                        false)).schedule();
        Log.infof("Cost-saving %s scheduled: %s (%s)", action, cron.expression(), cron.zone());
    }
}
