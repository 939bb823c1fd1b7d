package io.aurachatops.sandbox;

import io.aurachatops.support.Lazy;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;

/** The sandbox's one emulator instance, created on first use. */
@ApplicationScoped
public class SandboxEmulator {

    private final Lazy<AuraEmulator> emulator = Lazy.of(() -> new AuraEmulator(EmulatorSettings.sandbox(), TimeSource.SYSTEM));

    public AuraEmulator get() {
        return emulator.get();
    }
}
