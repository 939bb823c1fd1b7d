package io.aurachatops.lifecycle;

import io.aurachatops.sandbox.EmulatorSettings;
import io.aurachatops.support.EmulatorResource;
import java.time.Duration;
import java.util.Map;

/**
 * The emulator with a long "still running" lag after a resize, a protected glob, and user groups for roles. It
 * allows the bot's test budget (600 a minute): these tests and their watches together pass Aura's 125 within a
 * minute, and the 429 path has tests of its own.
 */
public class LifecycleResource extends EmulatorResource {

    static final EmulatorSettings SETTINGS = new EmulatorSettings(EmulatorSettings.SANDBOX_CLIENT_ID,
            EmulatorSettings.SANDBOX_CLIENT_SECRET, Duration.ofHours(1), 600, Duration.ofSeconds(1),
            Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1),
            Duration.ofSeconds(1), true);

    @Override
    protected EmulatorSettings emulatorSettings() {
        return SETTINGS;
    }

    @Override
    protected Map<String, String> overrides() {
        return Map.of("aura.protected", "protected-*", "aura.bot.admins", "UADMIN1,UADMIN2,SADMINGROUP",
                "aura.bot.operators", "UOPER1,SOPSGROUP", "aura.audit-channel", "CAUDIT");
    }
}
