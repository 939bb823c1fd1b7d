package io.aurachatops.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.sandbox.EmulatorServer;
import io.aurachatops.support.FunctionZip;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /aura list} with 25 more instances than the seed: how long after the worker invocation carrying the
 * command starts does the private answer name all 25, and when does it show each one's status.
 */
final class List25Scenario implements ScaleScenario {

    // The emulator already seeds two instances in this tenant: 23 more make the 25 of the goal.
    static final int SEEDED = 23;
    static final Duration WAIT = Duration.ofSeconds(180);
    static final Pattern STATUS = Pattern.compile("\\b(running|paused|creating|pausing|resuming|updating|resizing|"
            + "destroying|deleting)\\b");

    @Override
    public String name() {
        return "list25";
    }

    @Override
    public String run(Setup setup) throws Exception {
        EmulatorServer emulator = ScaleScenario.emulator();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= SEEDED; i++) {
            String name = String.format("list-%02d", i);
            emulator.emulator().addInstance(name, "professional-db", i % 2 == 0 ? "paused" : "running");
            names.add(name);
        }
        try (LambdaStage stage = setup.stage(emulator, Map.of())) {
            FunctionZip.Invocation ack = stage.ingress(SlackEvents.command("list", stage.slack.hook("list")));
            assertEquals(200, new ObjectMapper().readTree(ack.output()).path("statusCode").asInt(), ack.output());
            ScaleScenario.await(() -> firstPost(stage, names, true).isPresent(), WAIT);

            Optional<Instant> delivered = stage.stats.calls().stream()
                    .filter(c -> c.function().equals(LambdaStage.WORKER))
                    .filter(c -> c.bodies().stream().anyMatch(b -> b.contains("\"kind\":\"command\"") && b.contains("\"verb\":\"list\"")))
                    .map(InvocationStats.Call::started).findFirst();
            Duration named = delivered.flatMap(d -> firstPost(stage, names, false).map(p -> Duration.between(d, p))).orElse(null);
            Duration withStatus = delivered.flatMap(d -> firstPost(stage, names, true).map(p -> Duration.between(d, p)))
                    .orElse(null);
            System.out.println("list25 detail: " + (delivered.isPresent() ? "" : "the list job never reached a worker; ")
                    + stage.slack.posts("/hooks/list").size() + " response_url posts; " + stage.invocationSummary());
            return String.format("list25: names %s after delivery, statuses %s, invocations max %.1f s of %d s, "
                    + "timeouts %d, 429s %d", ScaleScenario.seconds(named), ScaleScenario.seconds(withStatus),
                    stage.stats.maxMillis(LambdaStage.WORKER) / 1000.0, stage.timeouts.get(LambdaStage.WORKER),
                    stage.stats.timeouts(), emulator.emulator().rateLimitedCount());
        }
    }

    /** When the first response_url post came that names every seeded instance (and, if asked, its status). */
    private static Optional<Instant> firstPost(LambdaStage stage, List<String> names, boolean withStatus) {
        return stage.slack.posts("/hooks/list").stream().filter(p -> complete(p.body(), names, withStatus))
                .map(SlackFake.Post::at).findFirst();
    }

    private static boolean complete(String body, List<String> names, boolean withStatus) {
        List<String> lines = MessageLines.lines(body);
        return names.stream().allMatch(name -> lines.stream()
                .anyMatch(line -> line.contains(name) && (!withStatus || STATUS.matcher(line).find())));
    }
}
