package dev.progeny.probes.posix;

import java.util.function.Supplier;

/**
 * A value made on first use, once, by {@code make}: lets a platform be constructed without
 * calling native code. Thread-safe (double-checked locking on a volatile field).
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    public Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = make.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
