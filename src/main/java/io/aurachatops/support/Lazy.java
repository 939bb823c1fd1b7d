package io.aurachatops.support;

import java.util.function.Supplier;

/** A value built on first use, once, even with several threads asking at the same time. */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private volatile T value;

    private Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    public static <T> Lazy<T> of(Supplier<T> factory) {
        return new Lazy<>(factory);
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                if (value == null) {
                    value = factory.get();
                }
                current = value;
            }
        }
        return current;
    }

    /** The value if it was built, else null: for shutting down only what exists. */
    public T ifBuilt() {
        return value;
    }
}
