package io.aurachatops.schedule;

import io.aurachatops.sandbox.EmulatorSettings;
import io.aurachatops.support.EmulatorResource;
import java.time.Duration;
import java.util.Map;

/**
 * A night policy for the emulator: night-* and the free playground, minus night-keep; night-prot* protected;
 * audit lines to CAUDIT. The emulator allows the bot's test budget, as for the lifecycle tests: a whole night
 * per test passes Aura's 125 a minute, and the 429 path has tests of its own.
 */
public class CostSavingResource extends EmulatorResource {

    static final EmulatorSettings SETTINGS = new EmulatorSettings(EmulatorSettings.SANDBOX_CLIENT_ID,
            EmulatorSettings.SANDBOX_CLIENT_SECRET, Duration.ofHours(1), 600, Duration.ofSeconds(2),
            Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(1), true);

    @Override
    protected EmulatorSettings emulatorSettings() {
        return SETTINGS;
    }

    @Override
    protected Map<String, String> overrides() {
        return Map.of("aura.autopause.match", "night-*,3d9e01f4", "aura.autopause.exclude", "night-keep",
                "aura.autopause.cron", "0 0 20 ? * *", "aura.autoresume.cron", "0 0 7 ? * *",
                "aura.autopause.timezone", "Europe/Berlin", "aura.autopause.channel", "CNIGHT",
                "aura.protected", "night-prot*", "aura.max-retries", "2", "aura.audit-channel", "CAUDIT");
    }
}
