package io.aurachatops.sandbox;

import java.time.Duration;

/** How the Aura emulator behaves: its credentials, its limits, and how long each transition takes. */
public record EmulatorSettings(String clientId, String clientSecret, Duration tokenLifetime, int rateLimitPerMinute,
        Duration createTime, Duration pauseTime, Duration resumeTime, Duration patchLag, Duration updateTime,
        Duration deleteTime, boolean seeded) {

    public static final String SANDBOX_CLIENT_ID = "sandbox-client";
    public static final String SANDBOX_CLIENT_SECRET = "sandbox-client-secret";

    /** A few seconds per transition: slow enough to watch, quick enough to wait for. */
    public static EmulatorSettings sandbox() {
        return new EmulatorSettings(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, Duration.ofHours(1), 125,
                Duration.ofSeconds(8), Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(2),
                Duration.ofSeconds(5), Duration.ofSeconds(4), true);
    }

    public EmulatorSettings withTokenLifetime(Duration lifetime) {
        return new EmulatorSettings(clientId, clientSecret, lifetime, rateLimitPerMinute, createTime, pauseTime,
                resumeTime, patchLag, updateTime, deleteTime, seeded);
    }


}
