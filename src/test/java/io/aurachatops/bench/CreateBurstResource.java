package io.aurachatops.bench;

import io.aurachatops.sandbox.EmulatorSettings;
import io.aurachatops.support.EmulatorResource;
import java.time.Duration;
import java.util.Map;

/** An emulator held to 60 requests per sliding minute, and the bot held to 50 with a 2 s poll interval. */
public class CreateBurstResource extends EmulatorResource {

    static final EmulatorSettings LIMITED = new EmulatorSettings(EmulatorSettings.SANDBOX_CLIENT_ID,
            EmulatorSettings.SANDBOX_CLIENT_SECRET, Duration.ofHours(1), 60, Duration.ofSeconds(60),
            Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofSeconds(5), false);

    @Override
    protected EmulatorSettings emulatorSettings() {
        return LIMITED;
    }

    @Override
    protected Map<String, String> overrides() {
        return Map.of("aura.rate-limit-per-minute", "50", "aura.poll-interval", "2s", "aura.operation-timeout", "15m");
    }
}
