package io.aurachatops.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * target/function.zip run as AWS Lambda's managed Java runtime and the SQS event source mapping run it, with
 * template.yaml's own Timeouts, BatchSize, MaximumConcurrency, queue settings and environment, against an
 * Aura emulator with the real 125/min limit and minute-long operations. Scenarios (-Dscenarios=…, default
 * all): list25, nightly, burst30. It reports; it asserts only that the harness itself worked.
 * Run: bench/lambda-scale.sh
 */
@Tag("bench")
class LambdaScaleBench {

    static final Path ZIP = Path.of("target/function.zip");

    @TempDir
    static Path unzipped;

    @Test
    void scenarios() throws Exception {
        assumeTrue(Files.exists(ZIP), "build target/function.zip first (mvn package)");
        List<String> chosen = Arrays.stream(System.getProperty("scenarios", "list25,nightly,burst30").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<ScaleScenario> all = List.of(new List25Scenario(), new NightlyScenario(), new Burst30Scenario());
        ScaleScenario.Setup setup = new ScaleScenario.Setup(SamTemplate.read(Path.of("template.yaml")), ZIP, unzipped);
        List<String> results = new ArrayList<>();
        for (String name : chosen) {
            ScaleScenario scenario = all.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No scenario " + name + "; there are list25, nightly, burst30"));
            String line = scenario.run(setup);
            System.out.println(line);
            results.add(line);
        }
        assertEquals(chosen.size(), results.size(), "every chosen scenario reports a line");
    }
}
