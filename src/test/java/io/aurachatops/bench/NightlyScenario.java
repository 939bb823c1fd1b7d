package io.aurachatops.bench;

import io.aurachatops.sandbox.AuraEmulator;
import io.aurachatops.sandbox.EmulatorServer;
import io.aurachatops.support.FunctionZip;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nightly cost-saving pause of 40 running instances (3 others must stay untouched): one scheduled tick,
 * then everything the worker does until the summary reaches the channel, and 30 s more to catch a second one.
 */
final class NightlyScenario implements ScaleScenario {

    static final int NIGHT = 40;
    static final String CHANNEL = "CSAVINGS";
    static final Duration AFTER_SUMMARY = Duration.ofSeconds(30);
    static final Pattern PAUSED = Pattern.compile("Cost-saving pause: (\\d+) paused");

    @Override
    public String name() {
        return "nightly";
    }

    @Override
    public String run(Setup setup) throws Exception {
        Duration wait = ScaleScenario.minutes("nightly.max-wait-minutes", 20);
        EmulatorServer emulator = ScaleScenario.emulator();
        AuraEmulator aura = emulator.emulator();
        List<String> night = new ArrayList<>();
        for (int i = 1; i <= NIGHT; i++) {
            night.add(aura.addInstance(String.format("night-%02d", i), "professional-db", "running"));
        }
        List<String> keep = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            keep.add(aura.addInstance("keep-" + i, "professional-db", "running"));
        }
        // The slot is the minute before the tick, well inside the tick's look-back window.
        ZonedDateTime slot = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).minusMinutes(1);
        String cron = String.format("0 %d %d * * ?", slot.getMinute(), slot.getHour());
        Map<String, String> policy = Map.of("AURA_AUTOPAUSE_MATCH", "night-*", "AURA_AUTOPAUSE_CHANNEL", CHANNEL,
                "AURA_AUTOPAUSE_CRON", cron, "AURA_AUTOPAUSE_TIMEZONE", "UTC");
        System.out.println("nightly policy: " + policy);
        try (LambdaStage stage = setup.stage(emulator, policy)) {
            Instant start = Instant.now();
            FunctionZip.Invocation tick = stage.scheduled("{\"job\":\"tick\"}");
            String tickText = tick == null ? "the process died"
                    : tick.timedOut() ? "TIMED OUT after " + ScaleScenario.seconds(Duration.ofMillis(tick.millis()))
                    : ScaleScenario.seconds(Duration.ofMillis(tick.millis())) + " (" + tick.output() + ")";
            System.out.println("nightly tick: " + tickText);
            boolean summarised = ScaleScenario.await(() -> !summaries(stage).isEmpty(), wait.minus(Duration.between(start,
                    Instant.now())));
            if (summarised) {
                Thread.sleep(AFTER_SUMMARY.toMillis());
            }
            Instant end = Instant.now();
            List<SlackFake.Post> summaries = summaries(stage);
            long paused = night.stream().filter(id -> aura.statusOf(id).orElse("").equals("paused")).count();
            long untouched = keep.stream().filter(id -> aura.statusOf(id).orElse("").equals("running")
                    && !changed(aura, id)).count();
            String says = summaries.isEmpty() ? "no summary" : "summary says " + pausedCount(summaries.get(0).body())
                    + " paused";
            Duration toSummary = summaries.isEmpty() ? null : Duration.between(start, summaries.get(0).at());
            System.out.println("nightly detail: " + stage.invocationSummary());
            return String.format("nightly: tick %s of %d s, paused %d/%d, keep-* untouched %d/3, summaries to %s %d (%s, "
                    + "after %s), worker max %.1f s of %d s, scheduled max %.1f s of %d s, timeouts %d, 429s %d, wall %s",
                    tick == null ? "died" : tick.timedOut() ? "TIMED OUT" : ScaleScenario.seconds(Duration.ofMillis(tick.millis())),
                    stage.timeouts.get(LambdaStage.SCHEDULED), paused, NIGHT, untouched, CHANNEL, summaries.size(), says,
                    ScaleScenario.seconds(toSummary), stage.stats.maxMillis(LambdaStage.WORKER) / 1000.0,
                    stage.timeouts.get(LambdaStage.WORKER), stage.stats.maxMillis(LambdaStage.SCHEDULED) / 1000.0,
                    stage.timeouts.get(LambdaStage.SCHEDULED), stage.stats.timeouts(), aura.rateLimitedCount(),
                    ScaleScenario.seconds(Duration.between(start, end)));
        }
    }

    /** Whether anything asked Aura to change the instance (pause, resume, resize, delete). */
    private static boolean changed(AuraEmulator aura, String id) {
        String path = "/v1/instances/" + id;
        return aura.requestCount("POST", path + "/") + aura.requestCount("PATCH", path) + aura.requestCount("DELETE", path) > 0;
    }

    private static List<SlackFake.Post> summaries(LambdaStage stage) {
        return stage.slack.posts("/api/chat.postMessage").stream()
                .filter(p -> p.body().contains("channel=" + CHANNEL) && p.body().contains("Cost-saving pause")).toList();
    }

    private static String pausedCount(String body) {
        Matcher m = PAUSED.matcher(body);
        return m.find() ? m.group(1) : "?";
    }
}
