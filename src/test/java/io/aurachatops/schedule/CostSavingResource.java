package io.aurachatops.schedule;

import io.aurachatops.support.EmulatorResource;
import java.util.Map;

/**
 * A night policy for the emulator: night-* and the free playground, minus night-keep; night-prot* protected;
 * audit lines to CAUDIT.
 */
public class CostSavingResource extends EmulatorResource {

    @Override
    protected Map<String, String> overrides() {
        return Map.of("aura.autopause.match", "night-*,3d9e01f4", "aura.autopause.exclude", "night-keep",
                "aura.autopause.cron", "0 0 20 ? * *", "aura.autoresume.cron", "0 0 7 ? * *",
                "aura.autopause.timezone", "Europe/Berlin", "aura.autopause.channel", "CNIGHT",
                "aura.protected", "night-prot*", "aura.max-retries", "2", "aura.audit-channel", "CAUDIT");
    }
}
