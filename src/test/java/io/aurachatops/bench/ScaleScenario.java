package io.aurachatops.bench;

import io.aurachatops.sandbox.EmulatorServer;
import io.aurachatops.sandbox.EmulatorSettings;
import io.aurachatops.support.EmulatorResource;
import io.aurachatops.support.TimeSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** One scenario of {@link LambdaScaleBench}: sets up its own emulator and stage, returns its result line. */
interface ScaleScenario {

    /** Aura as the bench assumes it: the 125/min limit and realistic create, pause and resume times. */
    EmulatorSettings AURA = new EmulatorSettings(EmulatorResource.FAST.clientId(), EmulatorResource.FAST.clientSecret(),
            EmulatorResource.FAST.tokenLifetime(), 125, Duration.ofSeconds(60), Duration.ofSeconds(20),
            Duration.ofSeconds(20), EmulatorResource.FAST.patchLag(), EmulatorResource.FAST.updateTime(),
            EmulatorResource.FAST.deleteTime(), true);

    /** Where the functions come from; each scenario starts fresh processes from it. */
    record Setup(SamTemplate template, Path zip, Path unzipped) {

        LambdaStage stage(EmulatorServer emulator, Map<String, String> extraEnvironment) throws Exception {
            return LambdaStage.start(template, zip, unzipped, emulator, extraEnvironment);
        }
    }

    String name();

    /** Runs the scenario; the line starts with {@link #name()}. */
    String run(Setup setup) throws Exception;

    static EmulatorServer emulator() throws Exception {
        return EmulatorServer.start(AURA, TimeSource.SYSTEM);
    }

    /** Waits until the condition holds or the time is up; says which. */
    static boolean await(BooleanSupplier condition, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    /** Seconds with one decimal, or "never". */
    static String seconds(Duration duration) {
        return duration == null ? "never" : String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    /** Minutes from a system property, for shorter trial runs. */
    static Duration minutes(String property, long fallback) {
        return Duration.ofSeconds((long) (Double.parseDouble(System.getProperty(property, Long.toString(fallback))) * 60));
    }
}
