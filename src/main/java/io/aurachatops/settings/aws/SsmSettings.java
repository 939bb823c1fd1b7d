package io.aurachatops.settings.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.settings.CurrentSettings;
import io.aurachatops.settings.RunSettings;
import io.aurachatops.support.TimeSource;
import io.quarkus.logging.Log;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The run-time settings from the SSM parameter that the stack rewrites on every deploy, over the environment.
 * Read on first use (never during INIT, so a SnapStart snapshot holds no stale copy) and again after the
 * TTL. If a read fails, the last good value (or the environment) stays in use and the read is retried soon.
 */
public final class SsmSettings implements CurrentSettings {

    static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(30);

    private final Supplier<SsmClient> ssm;
    private final String parameter;
    private final Duration ttl;
    private final RunSettings environment;
    private final TimeSource time;
    private final ObjectMapper json = new ObjectMapper();
    private RunSettings cached;
    private long nextReadNanos;

    public SsmSettings(Supplier<SsmClient> ssm, String parameter, Duration ttl, RunSettings environment, TimeSource time) {
        this.ssm = ssm;
        this.parameter = parameter;
        this.ttl = ttl;
        this.environment = environment;
        this.time = time;
    }

    @Override
    public synchronized RunSettings current() {
        if (cached != null && time.nanoTime() - nextReadNanos < 0) {
            return cached;
        }
        try {
            String value = ssm.get().getParameter(r -> r.name(parameter)).parameter().value();
            RunSettings read = environment.with(parse(value));
            if (!read.equals(cached)) {
                Log.infof("Run-time settings read from %s", parameter);
            }
            cached = read;
            nextReadNanos = time.nanoTime() + ttl.toNanos();
        } catch (RuntimeException e) {
            Log.warnf("Could not read the settings parameter %s (%s); using %s", parameter, e.getMessage(),
                    cached == null ? "the environment" : "the last value read");
            if (cached == null) {
                cached = environment;
            }
            nextReadNanos = time.nanoTime() + RETRY_AFTER_FAILURE.toNanos();
        }
        return cached;
    }

    /** A JSON object of setting names to text (numbers are taken as text too). */
    Map<String, String> parse(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException("its value is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("its value is not a JSON object");
        }
        Map<String, String> values = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!RunSettings.NAMES.contains(field.getKey())) {
                Log.warnf("The settings parameter %s has an unknown key %s; it is ignored", parameter, field.getKey());
            } else if (field.getValue().isValueNode()) {
                values.put(field.getKey(), field.getValue().asText());
            }
        }
        return values;
    }
}
