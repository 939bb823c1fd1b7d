package io.aurachatops.settings;

import java.util.function.Function;
import java.util.function.Supplier;

/** A value built from the current settings, rebuilt only when the settings snapshot changes. */
public final class Derived<T> implements Supplier<T> {

    private final CurrentSettings settings;
    private final Function<RunSettings, T> build;
    private RunSettings from;
    private T value;

    private Derived(CurrentSettings settings, Function<RunSettings, T> build) {
        this.settings = settings;
        this.build = build;
    }

    public static <T> Derived<T> of(CurrentSettings settings, Function<RunSettings, T> build) {
        return new Derived<>(settings, build);
    }

    @Override
    public synchronized T get() {
        RunSettings now = settings.current();
        if (now != from && !now.equals(from)) {
            value = build.apply(now);
            from = now;
        }
        return value;
    }
}
