package io.aurachatops.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sandbox mode, switched on at run time by the {@code sandbox} profile. */
@ConfigMapping(prefix = "aura.sandbox")
public interface SandboxSettings {

    /** True only in the sandbox profile: the emulator, the file vault and the console notifier. */
    @WithDefault("false")
    boolean enabled();

    /** Where the file vault keeps credentials, readable by the owner only. */
    @WithDefault("${user.home}/.aura-chatops/sandbox-vault")
    String vaultDir();
}
