package io.aurachatops.command;

import java.util.Optional;

/**
 * A positional argument, stored under {@code name} and shown as {@code <label>}. {@code sameAsFlag} names the
 * flag it stands for, so that either spelling works ({@code resize db1 4GB} equals
 * {@code resize db1 --memory 4GB}).
 */
public record Positional(String name, String label, ArgKind kind, boolean required, Optional<String> sameAsFlag) {

    public static Positional required(String name, String label) {
        return new Positional(name, label, ArgKind.TEXT, true, Optional.empty());
    }

    public static Positional optional(String name, String label, ArgKind kind) {
        return new Positional(name, label, kind, false, Optional.empty());
    }

    public static Positional requiredFlag(String flag, ArgKind kind) {
        return new Positional(flag, flag, kind, true, Optional.of(flag));
    }
}
