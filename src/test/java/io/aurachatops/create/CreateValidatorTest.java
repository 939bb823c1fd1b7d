package io.aurachatops.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.aura.InstanceConfiguration;
import io.aurachatops.aura.InstanceRequest;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.command.UsageException;
import io.aurachatops.verbs.CreateCommand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CreateValidatorTest {

    static final List<InstanceConfiguration> OFFERED = offered();
    static final List<InstanceSummary> EXISTING = List.of(
            new InstanceSummary("5e3a91cf", "orders", "t-1", "gcp", "2025-11-03T09:14:27Z"));

    static List<InstanceConfiguration> offered() {
        List<InstanceConfiguration> configs = new ArrayList<>();
        configs.add(new InstanceConfiguration("free-db", "gcp", "europe-west1", "Belgium", "1GB", "2GB", "5"));
        for (String region : List.of("europe-west1", "us-central1")) {
            for (String memory : List.of("2GB", "4GB", "8GB", "16GB", "32GB")) {
                configs.add(new InstanceConfiguration("professional-db", "gcp", region, (region.startsWith("europe") ? "Belgium" : "Iowa") + " (" + region + ")", memory,
                        "x", "5"));
            }
        }
        configs.add(new InstanceConfiguration("professional-db", "aws", "eu-west-1", "Ireland", "4GB", "8GB", "5"));
        configs.add(new InstanceConfiguration("business-critical", "gcp", "europe-west2", "London", "8GB", "16GB", "5"));
        return configs;
    }

    static CreateValidator validator(Map<String, String> defaults) {
        return new CreateValidator(CreateCommand.SPEC, guardrails("free-db,professional-db", "16GB"), new CreateDefaults() {
            public Optional<String> type() {
                return Optional.ofNullable(defaults.get("type"));
            }

            public Optional<String> cloudProvider() {
                return Optional.ofNullable(defaults.get("cloud-provider"));
            }

            public Optional<String> region() {
                return Optional.ofNullable(defaults.get("region"));
            }

            public Optional<String> memory() {
                return Optional.ofNullable(defaults.get("memory"));
            }
        });
    }

    static Guardrails guardrails(String types, String max) {
        return new Guardrails() {
            public List<String> allowedTypes() {
                return List.of(types.split(","));
            }

            public String maxMemory() {
                return max;
            }

            public Optional<List<String>> protectedInstances() {
                return Optional.empty();
            }
        };
    }

    static Map<String, String> args(String... pairs) {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            args.put(pairs[i], pairs[i + 1]);
        }
        return args;
    }

    @Test
    void acceptsACompleteValidRequest() {
        InstanceRequest request = validator(Map.of()).resolve("t-1", args("name", "db1", "type", "professional-db",
                "cloud-provider", "gcp", "region", "us-central1", "memory", "8GB"), OFFERED, EXISTING);
        assertEquals(new InstanceRequest("db1", "t-1", "professional-db", "gcp", "us-central1", "8GB", "5"), request);
    }

    @Test
    void fillsFreeDbTheWayAuraCliDoes() {
        InstanceRequest request = validator(Map.of()).resolve("t-1", args("name", "db1", "type", "free-db"), OFFERED,
                EXISTING);
        assertEquals(new InstanceRequest("db1", "t-1", "free-db", "gcp", "europe-west1", "1GB", "5"), request);
    }

    @Test
    void takesConfiguredDefaultsAndTheOnlyRemainingChoice() {
        InstanceRequest request = validator(Map.of("type", "professional-db", "memory", "4gb"))
                .resolve("t-1", args("name", "db1", "cloud-provider", "aws"), OFFERED, EXISTING);
        assertEquals(new InstanceRequest("db1", "t-1", "professional-db", "aws", "eu-west-1", "4GB", "5"), request);
    }

    @Test
    void ignoresADefaultThatDoesNotFitTheChosenCombination() {
        UsageException e = assertThrows(UsageException.class, () -> validator(Map.of("type", "professional-db",
                "region", "eu-west-1")).resolve("t-1", args("name", "db1", "cloud-provider", "gcp", "memory", "4GB"),
                        OFFERED, EXISTING));
        assertTrue(e.getMessage().contains("Say which one with `--region`: `europe-west1` (Belgium), `us-central1` (Iowa)"),
                e.getMessage());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(args("name", "orders", "type", "free-db"), "An instance named `orders` already exists"),
                Arguments.of(args("name", " padded", "type", "free-db"), "must not start or end with spaces"),
                Arguments.of(args("name", "x".repeat(31), "type", "free-db"), "the most is 30"),
                Arguments.of(args("name", "tab\u0009name", "type", "free-db"), "control character"),
                Arguments.of(args("name", "db1", "type", "business-critical"), "not allowed here (`AURA_ALLOWED_TYPES`). "
                        + "Allowed: `free-db`, `professional-db`"),
                Arguments.of(args("name", "db1", "type", "mega-db"), "not allowed here"),
                Arguments.of(args("name", "db1"), "Say which one with `--type`: `free-db`, `professional-db`"),
                Arguments.of(args("name", "db1", "type", "free-db", "region", "us-central1"), "`free-db` takes no `--region`"),
                Arguments.of(args("name", "db1", "type", "free-db", "memory", "2GB"), "`free-db` takes no `--region` or `--memory`"),
                Arguments.of(args("name", "db1", "type", "professional-db", "cloud-provider", "azure"),
                        "`azure` is not a valid `--cloud-provider` here. Valid: `aws`, `gcp`"),
                Arguments.of(args("name", "db1", "type", "professional-db", "cloud-provider", "gcp", "region", "mars-1"),
                        "Valid: `europe-west1` (Belgium), `us-central1` (Iowa)"),
                Arguments.of(args("name", "db1", "type", "professional-db", "cloud-provider", "gcp", "region",
                        "us-central1", "memory", "32GB"), "`32GB` is above the limit of 16GB (`AURA_MAX_MEMORY`). "
                                + "Valid: `2GB`, `4GB`, `8GB`, `16GB`"),
                Arguments.of(args("name", "db1", "type", "professional-db", "cloud-provider", "gcp", "region",
                        "us-central1", "memory", "3GB"), "`3GB` is not a size offered there. Valid: `2GB`, `4GB`"),
                Arguments.of(args("name", "db1", "type", "professional-db", "cloud-provider", "gcp", "region",
                        "us-central1"), "Say how much memory with `--memory`: `2GB`, `4GB`, `8GB`, `16GB`"),
                Arguments.of(args("name", "db1", "type", "professional-db", "cloud-provider", "aws", "version", "4"),
                        "Version `4` is not offered there. Valid: `5`"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusals")
    void refusesWithTheValidChoices(Map<String, String> args, String expected) {
        UsageException e = assertThrows(UsageException.class, () -> validator(Map.of()).resolve("t-1", args, OFFERED,
                EXISTING));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.userMessage().contains("Usage: `/aura create <name>"), e.userMessage());
    }
}
