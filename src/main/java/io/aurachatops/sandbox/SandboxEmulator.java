package io.aurachatops.sandbox;

import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;

/** The sandbox's one emulator instance, created on first use. */
@ApplicationScoped
public class SandboxEmulator {

    private volatile AuraEmulator emulator;

    public AuraEmulator get() {
        AuraEmulator current = emulator;
        if (current == null) {
            synchronized (this) {
                if (emulator == null) {
                    emulator = new AuraEmulator(EmulatorSettings.sandbox(), TimeSource.SYSTEM);
                }
                current = emulator;
            }
        }
        return current;
    }
}
