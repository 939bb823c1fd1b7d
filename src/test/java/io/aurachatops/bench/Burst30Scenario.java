package io.aurachatops.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.sandbox.EmulatorServer;
import io.aurachatops.support.FunctionZip;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 30 {@code /aura create} commands at once: how many end with a threaded "is running" reply, and the lag from
 * the emulator making an instance running to its card saying so (as in {@link CreateBurstBench}).
 */
final class Burst30Scenario implements ScaleScenario {

    static final int CREATES = 30;
    static final Pattern CARD_ID = Pattern.compile("\\*Id:\\* `([0-9a-f]{8})`");
    static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "burst30";
    }

    @Override
    public String run(Setup setup) throws Exception {
        Duration wait = ScaleScenario.minutes("burst30.max-wait-minutes", 15);
        EmulatorServer emulator = ScaleScenario.emulator();
        try (LambdaStage stage = setup.stage(emulator, Map.of())) {
            ExecutorService senders = Executors.newFixedThreadPool(CREATES);
            List<Future<FunctionZip.Invocation>> acks = new ArrayList<>();
            for (int i = 1; i <= CREATES; i++) {
                String text = String.format("create burst-%02d --type professional-db --cloud-provider gcp "
                        + "--region europe-west1 --memory 2GB", i);
                acks.add(senders.submit(() -> stage.ingress(SlackEvents.command(text, stage.slack.hook("burst")))));
            }
            for (Future<FunctionZip.Invocation> ack : acks) {
                String output = ack.get().output();
                assertEquals(200, JSON.readTree(output).path("statusCode").asInt(), output);
            }
            senders.shutdown();
            ScaleScenario.await(() -> runningReplies(stage) == CREATES, wait);

            Map<String, Instant> cards = cardsRunning(stage);
            List<Long> lags = new ArrayList<>();
            emulator.emulator().readyTimes().forEach((id, at) -> {
                if (cards.containsKey(id)) {
                    lags.add(Duration.between(at, cards.get(id)).toMillis());
                }
            });
            Collections.sort(lags);
            System.out.println("burst30 detail: " + emulator.emulator().readyTimes().size() + " created in Aura, "
                    + cards.size() + " cards said running; " + stage.invocationSummary());
            return String.format("burst30: running replies %d/%d, detection lag p50 %.1f s p95 %.1f s max %.1f s, "
                    + "worker max %.1f s of %d s, ingress max %.1f s of %d s, timeouts %d, 429s %d",
                    runningReplies(stage), CREATES, pct(lags, 50), pct(lags, 95), pct(lags, 100),
                    stage.stats.maxMillis(LambdaStage.WORKER) / 1000.0, stage.timeouts.get(LambdaStage.WORKER),
                    stage.stats.maxMillis(LambdaStage.INGRESS) / 1000.0, stage.timeouts.get(LambdaStage.INGRESS),
                    stage.stats.timeouts(), emulator.emulator().rateLimitedCount());
        }
    }

    /** Distinct burst instances with a threaded "is running" reply. */
    private static int runningReplies(LambdaStage stage) {
        return (int) stage.slack.posts("/api/chat.postMessage").stream().map(SlackFake.Post::body)
                .filter(b -> b.contains("thread_ts=") && b.contains("is running"))
                .map(b -> {
                    Matcher name = Pattern.compile("burst-\\d\\d").matcher(b);
                    return name.find() ? name.group() : "";
                }).filter(n -> !n.isEmpty()).distinct().count();
    }

    /** When each card (by instance id) was first updated to ✅. */
    private static Map<String, Instant> cardsRunning(LambdaStage stage) {
        Map<String, Instant> first = new HashMap<>();
        for (SlackFake.Post post : stage.slack.posts("/api/chat.update")) {
            Matcher id = CARD_ID.matcher(post.body());
            if (post.body().contains("✅") && id.find()) {
                first.putIfAbsent(id.group(1), post.at());
            }
        }
        return first;
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }
}
