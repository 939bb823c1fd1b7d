package io.aurachatops.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.support.FunctionZip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * INIT with and without priming, and the first acknowledged command after INIT (which includes reading the
 * bot secret from a local Secrets Manager fake), for target/function.zip run like the managed runtime.
 * Run: bench/lambda-cold-start.sh
 */
@Tag("bench")
class LambdaColdStartBench {

    static final int ROUNDS = 5;
    static final int WARM = 40;

    @BeforeAll
    static void servers() throws Exception {
        FunctionZipIT.servers();
    }

    @AfterAll
    static void stop() {
        FunctionZipIT.stop();
    }

    @Test
    void initAndFirstAck() throws Exception {
        Path dir = Files.createTempDirectory("function");
        List<long[]> primed = new ArrayList<>();
        List<long[]> plain = new ArrayList<>();
        List<long[]> deployed = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            plain.add(measure(dir, FunctionZipIT.lambdaEnvironment(false)));
            primed.add(measure(dir, FunctionZipIT.lambdaEnvironment(true)));
            deployed.add(measure(dir, FunctionZipIT.deployedEnvironment(true)));
        }
        System.out.println(line("without priming", plain));
        System.out.println(line("with priming   ", primed));
        System.out.println(line("with priming, settings from the SSM parameter", deployed));
    }

    /**
     * {@code /aura create} alone, the first event after INIT and then warm: the ack includes reading the bot
     * secret and {@code views.open}, answered by a local stub after {@code bench.slack-delay-ms} (Slack's own
     * time; 0 measures the bot alone).
     */
    @Test
    void createFormAck() throws Exception {
        int slackDelay = Integer.getInteger("bench.slack-delay-ms", 0);
        FunctionZipIT.stubViews(slackDelay);
        Path dir = Files.createTempDirectory("function");
        List<long[]> runs = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            try (FunctionZip function = FunctionZip.start(Path.of("target/function.zip"), dir,
                    FunctionZipIT.deployedEnvironment(true))) {
                long init = function.initMillis();
                FunctionZip.Invocation first = function.invoke(FunctionZipIT.httpEvent("create", "1.1.bench"));
                assertEquals(200, new ObjectMapper().readTree(first.output()).path("statusCode").asInt(), function.log());
                assertEquals("", new ObjectMapper().readTree(first.output()).path("body").asText(), first.output());
                for (int i = 0; i < WARM; i++) {
                    warm.add(function.invoke(FunctionZipIT.httpEvent("create", "1.2.bench")).millis());
                }
                runs.add(new long[] {init, first.millis()});
            }
        }
        Collections.sort(warm);
        System.out.printf("create form, Slack answering in %d ms: INIT median %d ms, first ack median %d ms (max %d), "
                + "warm ack p50 %d ms, p99 %d ms, max %d ms (%d warm)%n", slackDelay, median(runs, 0), median(runs, 1),
                max(runs, 1), warm.get(warm.size() / 2), warm.get((int) Math.ceil(warm.size() * 0.99) - 1),
                warm.get(warm.size() - 1), warm.size());
    }

    private long[] measure(Path dir, java.util.Map<String, String> environment) throws Exception {
        try (FunctionZip function = FunctionZip.start(Path.of("target/function.zip"), dir, environment)) {
            long init = function.initMillis();
            FunctionZip.Invocation first = function.invoke(FunctionZipIT.httpEvent("help"));
            FunctionZip.Invocation second = function.invoke(FunctionZipIT.httpEvent("help"));
            assertEquals(200, new ObjectMapper().readTree(first.output()).path("statusCode").asInt(), function.log());
            assertTrue(first.output().contains("Working on"), first.output());
            return new long[] {init, first.millis(), second.millis()};
        }
    }

    private static String line(String label, List<long[]> runs) {
        return String.format("%s: INIT median %d ms (min %d), first ack median %d ms (max %d), second ack median %d ms",
                label, median(runs, 0), min(runs, 0), median(runs, 1), max(runs, 1), median(runs, 2));
    }

    private static long median(List<long[]> runs, int i) {
        List<Long> values = new ArrayList<>(runs.stream().map(r -> r[i]).toList());
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    private static long min(List<long[]> runs, int i) {
        return runs.stream().mapToLong(r -> r[i]).min().orElse(0);
    }

    private static long max(List<long[]> runs, int i) {
        return runs.stream().mapToLong(r -> r[i]).max().orElse(0);
    }
}
