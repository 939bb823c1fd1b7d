package io.aurachatops.bench;

import io.aurachatops.deploy.CloudFormationYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers and variables template.yaml gives each function, so a benchmark runs the functions as they
 * are deployed rather than as someone remembers them. {@code Ref} resolves to a parameter's Default, or to
 * what the caller set up locally for a resource (a queue URL, a table name); anything else fails loudly.
 */
final class SamTemplate {

    /** SAM's own default when neither the function nor Globals sets a Timeout. */
    static final int SAM_DEFAULT_TIMEOUT = 3;

    private final Map<String, Object> template;
    private final Map<String, String> resourceRefs = new LinkedHashMap<>();

    private SamTemplate(Map<String, Object> template) {
        this.template = template;
    }

    static SamTemplate read(Path path) throws IOException {
        return new SamTemplate(CloudFormationYaml.parse(Files.readString(path)));
    }

    /** What {@code Ref: logicalId} means here, e.g. the local URL of a queue. */
    void bindRef(String logicalId, String value) {
        resourceRefs.put(logicalId, value);
    }

    int timeoutSeconds(String function) {
        Object own = properties(function).get("Timeout");
        Object global = map(map(template.get("Globals")).get("Function")).get("Timeout");
        Object value = own != null ? own : global;
        return value == null ? SAM_DEFAULT_TIMEOUT : Integer.parseInt(resolve(value));
    }

    /** The Properties of the function's (first) SQS event: BatchSize, ScalingConfig, … */
    Map<String, Object> sqsEvent(String function) {
        return map(properties(function).get("Events")).values().stream().map(SamTemplate::map)
                .filter(e -> "SQS".equals(e.get("Type"))).map(e -> map(e.get("Properties"))).findFirst()
                .orElseThrow(() -> new IllegalStateException(function + " has no SQS event in template.yaml"));
    }

    /** BatchSize of the function's SQS event; 10 is the SQS event source's default. */
    int batchSize(String function) {
        Object size = sqsEvent(function).get("BatchSize");
        return size == null ? 10 : Integer.parseInt(resolve(size));
    }

    int maximumConcurrency(String function) {
        Object value = map(sqsEvent(function).get("ScalingConfig")).get("MaximumConcurrency");
        if (value == null) {
            throw new IllegalStateException(function + " sets no ScalingConfig.MaximumConcurrency in template.yaml");
        }
        return Integer.parseInt(resolve(value));
    }

    /** Globals.Function.Environment.Variables with the function's own on top, every value resolved. */
    Map<String, String> environment(String function) {
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, Object> globals = map(map(map(map(template.get("Globals")).get("Function")).get("Environment"))
                .get("Variables"));
        Map<String, Object> own = map(map(properties(function).get("Environment")).get("Variables"));
        globals.forEach((k, v) -> env.put(k, resolve(v)));
        own.forEach((k, v) -> env.put(k, resolve(v)));
        return env;
    }

    /** Logical ids of the resources of one CloudFormation type, in template order. */
    List<String> resourcesOfType(String type) {
        return resources().entrySet().stream().filter(e -> type.equals(map(e.getValue()).get("Type")))
                .map(Map.Entry::getKey).toList();
    }

    Map<String, Object> properties(String logicalId) {
        Object resource = resources().get(logicalId);
        if (resource == null) {
            throw new IllegalStateException("template.yaml has no resource " + logicalId);
        }
        return map(map(resource).get("Properties"));
    }

    /** The stack's pseudo-parameters, as a local deployment named "bench" would see them. */
    static final Map<String, String> PSEUDO = Map.of("AWS::StackName", "bench", "AWS::Region", "eu-west-1",
            "AWS::AccountId", "123456789012", "AWS::Partition", "aws", "AWS::URLSuffix", "amazonaws.com");

    /** A scalar, a {@code Ref} to a parameter (its Default) or to a bound resource, or a {@code Fn::Sub} of those. */
    String resolve(Object value) {
        if (value instanceof Map<?, ?> intrinsic) {
            if (intrinsic.size() == 1 && intrinsic.get("Ref") instanceof String name) {
                return ref(name);
            }
            if (intrinsic.size() == 1 && intrinsic.get("Fn::Sub") instanceof String text) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([^}]+)}").matcher(text);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    String name = m.group(1);
                    m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                            PSEUDO.containsKey(name) ? PSEUDO.get(name) : ref(name)));
                }
                return m.appendTail(out).toString();
            }
            throw new IllegalStateException("The benchmark cannot resolve " + value + " from template.yaml");
        }
        return String.valueOf(value);
    }

    private String ref(String name) {
        Map<String, Object> parameter = map(map(template.get("Parameters")).get(name));
        if (!parameter.isEmpty()) {
            Object fallback = parameter.get("Default");
            if (fallback == null) {
                throw new IllegalStateException("Parameter " + name + " has no Default in template.yaml");
            }
            return String.valueOf(fallback);
        }
        String bound = resourceRefs.get(name);
        if (bound == null) {
            throw new IllegalStateException("Ref " + name + " in template.yaml has no local counterpart in the benchmark");
        }
        return bound;
    }

    private Map<String, Object> resources() {
        return map(template.get("Resources"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
